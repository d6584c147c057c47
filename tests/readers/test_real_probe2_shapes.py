"""Shapes found by the second real-page probe (docs/reader-corpora/real-probe-2.md), each rebuilt from
an invented snippet of the same shape (invented units, names and figures): a project report named by
its heading or by the transfer-payment template's first section, a web page's section name above the
title, the unit and the money stated in a report's opening prose, and a budget spent in full written
with three decimals."""

from __future__ import annotations

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def test_a_fused_report_headed_project_evaluation_is_a_project_report() -> None:
    text = ("1、财政支出项目绩效评价自评报告评价类型:项目完成结果评价项目名称某馆运行保障经费项目单位某市图书馆"
            "报告日期:2023年5月8日\n一、项目基本概况\n项目起止时间2022年1月起至2022年12月止\n")
    assert _read(text).kind == "项目支出"


def test_the_transfer_payment_template_s_first_section_marks_a_project_report() -> None:
    text = ("一、绩效目标分解下达情况\n（一）中央下达预算和绩效目标情况。\n省财政厅下达我县2022年某某补助资金"
            "预算86万元。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.year) == ("项目支出", 2022)


def test_a_section_name_and_a_breadcrumb_above_the_title_are_no_part_of_it() -> None:
    text = ("通知公告\n\n您所在的位置: 网站首页 > 通知公告 > 正文\n\n2023年度某镇卫生院预算执行情况绩效自评报告\n\n"
            "发布时间:2024-05-06 10:00:00 来源: 作者:\n\n一、基本情况\n\n"
            "某县某镇卫生院主要负责辖区内居民的基本医疗工作。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某镇卫生院"
    assert evaluation.year == 2023


def test_the_unit_and_the_money_stated_in_a_project_report_s_opening_prose() -> None:
    text = ("为做好2023年衔接资金项目绩效管理工作，现将2023年某县水务局衔接推进乡村振兴资金项目绩效自评总结报告如下:\n"
            "一、绩效目标分解下达情况\n我县2023年农村饮水巩固提升项目计划投资860万元，新建供水管网12.5公里。\n"
            "二、资金投入情况分析\n项目资金共860万元，截止2023年12月10日，已完成拨付831.2万元，执行率96.7%。\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.unit.name) == ("项目支出", "某县水务局")
    budget = evaluation.budget
    figures = (budget.adjusted, budget.executed, budget.stated_execution_rate)
    assert tuple(str(figure) for figure in figures) == ("860.00", "831.20", "96.7")


def test_a_budget_spent_in_full_written_with_three_decimals_is_not_split() -> None:
    text = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 村道养护经费 主管部门 某镇人民政府 实施单位 某镇人民政府 "
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 "
            "其中:本年财政拨款 260.50 245.912 245.912 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 "
            "养护村道8公里 养护村道8公里 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "偏差原因分析及改进措施 产出指标(50分) 数量指标 养护村道里程 =8公里 8 20 20 质量指标 养护合格率 "
            "≥95% 98% 30 30\n")
    rows = _read(text).budget.fund_rows
    assert [(r.name, str(r.initial), str(r.adjusted), str(r.executed)) for r in rows] == [
        ("本年财政拨款", "260.50", "245.912", "245.912")]

