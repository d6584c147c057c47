"""Shapes found by the third real-page probe (docs/reader-corpora/real-probe-3.md), each rebuilt from
an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def _budget(text: str, *fields: str) -> tuple[str, ...]:
    budget = _read(text).budget
    return tuple(str(getattr(budget, field)) for field in fields)


def test_numbered_template_rows_run_together_by_a_sheet_viewer_are_read_as_rows() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 主管部门 某县卫生健康局 实施单位 某镇卫生院 "
            "指标1:建档人数 不少于9种 指标2:随访 分值 得分 "
            "指标3:开展义诊活动 10次 14次 2 2 指标4:签约服务人数 860人 812人 3 2.7 "
            "指标5:重点人群体检率 90.00% 93.50% 2 2 指标6:结案病例 6例 6例 1 1 质量指标 指标1:服务规范\n")
    rows = [(i.name, str(i.target.value) + i.target.unit if i.target else None, str(i.actual.value) + i.actual.unit
             if i.actual else None, str(i.weight), str(i.stated_score)) for i in _read(text).indicators]
    assert rows == [("开展义诊活动", "10次", "14次", "2", "2"), ("签约服务人数", "860人", "812人", "3", "2.7"),
                    ("重点人群体检率", "90.00%", "93.50%", "2", "2"), ("结案病例", "6例", "6例", "1", "1")]


def test_two_numbered_rows_or_a_score_over_its_weight_are_no_table() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 "
            "指标1:开展义诊活动 10次 14次 2 2 指标2:签约服务人数 860人 812人 3 5 指标3:结案病例 6例 6例 1 1\n")
    assert _read(text).indicators == []


def test_a_fund_s_allocation_and_rate_in_prose_name_the_budget_and_its_rate() -> None:
    text = ("某市林业局2022年度项目绩效自评报告\n（市级护林员补助经费项目）\n一、项目资金情况\n"
            "1.项目资金到位情况。某市财政局下达我局护林员补助经费48.60万元，全部到位。\n"
            "2.项目资金执行情况。2022年度护林员补助经费执行率为100%。\n")
    assert _budget(text, "adjusted", "stated_execution_rate") == ("48.60", "100")


def test_rates_of_several_funds_in_one_sentence_are_not_the_budget_s() -> None:
    text = ("一、绩效目标分解下达情况\n项目年初总体目标为:中、省下达某某补助资金合计520万元。\n"
            "实际完成情况为:中央资金完成300万元,预算执行率85.5%,省级资金完成118万元,预算执行率98.33%。\n"
            "二、绩效目标完成情况分析\n(一)资金投入情况分析。2022年某某补助资金共投入资金800万元。"
            "全年执行资金736万元,执行率92%。\n")
    assert _budget(text, "adjusted", "executed", "stated_execution_rate") == ("800.00", "736.00", "92")


def test_the_first_allocation_stays_the_budget_when_no_rate_fits_another() -> None:
    text = ("一、绩效目标分解下达情况\n上级下达某某工程资金56万元，共投入资金60万元。\n"
            "项目实际完成投资54.6万元。\n")
    assert _budget(text, "adjusted", "executed") == ("56.00", "54.60")


def test_a_breadcrumb_is_not_wrapped_onto_the_report_s_title_below_it() -> None:
    text = ("某县人民政府\n首页 >> 部门信息公开 >> 某县交通运输局 >> 正文\n\n"
            "某县2021年第二批农村公路安全防护工程绩效自评报告\n\n日期:2022年03月02日   作者:   来源:\n\n"
            "一、绩效目标分解下达情况\n\n某县2021年第二批农村公路安全防护工程经州交通运输局下达，下达资金30万元，"
            "实际完成投资28.5万元。\n")
    evaluation = _read(text)
    assert evaluation.title == "某县2021年第二批农村公路安全防护工程绩效自评报告"
    assert (evaluation.kind, evaluation.project.name) == ("项目支出", "第二批农村公路安全防护工程")


def test_a_content_farm_s_lead_and_picture_are_no_part_of_the_title() -> None:
    text = ("【#某某文档网# 导语】以下是小编为您整理的《乡村卫生室建设项目绩效自评报告》,欢迎阅读!\n"
            "![卫生室,绩效,报告](/static/img/rand/big_1.jpg)\n乡村卫生室建设项目\n绩效自评报告\n"
            "一、项目概况\n申报预算资金86万元,已完成批复。\n")
    evaluation = _read(text)
    assert (evaluation.project.name, str(evaluation.budget.adjusted)) == ("乡村卫生室建设项目", "86.00")
