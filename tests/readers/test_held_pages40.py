"""Shapes the held-out pages of stop 40 showed (docs/reader-corpora/held-40.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_fund_in_quotes_after_guanyu_in_the_title() -> None:
    """"某区某局关于“2022年某某补助资金”管理使用情况": the unit ends before 关于 (the quote that opens on the year is no
    part of it), the quoted fund is the project, so the note is a project's."""
    read = _read("某省某市某区某某局关于“2022年中央财政某某补助资金”管理使用情况\n一、资金基本情况\n"
                 "该资金下达我区86万元。\n")
    assert read.unit.name == "某省某市某区某某局"
    assert read.project.name == "2022年中央财政某某补助资金"
    assert read.kind == "项目支出"


def test_other_staff_inside_the_establishments_breakdown_are_no_total() -> None:
    """"共有编制60个，其中：行政编制15个，包含局长1名，…，其他工作人员6名；事业编制45个。单位实有在职人员57名": the
    其他工作人员 are one part of the 编制's breakdown; the staff total is the 实有在职人员 of the next sentence."""
    read = _read("2021年度某县某某局部门整体支出绩效自评报告\n一、部门概况\n全局共有编制60个,其中:行政编制15个,"
                 "包含局长1名,副局长2名,股级职数6名,其他工作人员6名;事业编制45个。单位实有在职人员57名,"
                 "离退休人员40名。\n")
    assert read.unit.staff_establishment == 60
    assert read.unit.staff_total == 57


def test_a_goal_rows_column_head_is_no_goal() -> None:
    """A form's rows space-separated: "年度总体目标 总体目标 总体目标完成情况" then one line holding the goal and
    what was done one space apart; the head 总体目标完成情况 is no goal, the two texts are the goal and its actual
    (a space before a comma stays inside its text)."""
    text = ("项目支出绩效自评表\n(2023年度)\n项目名称 某某调查专项经费\n主管部门 某县某某局 实施单位 某县某某局\n"
            "项目资金\n(万元)\n资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "年度资金总额 6.00 6.00 6.00 10 100.00% 10\n其中:当年财政拨款 6.00 6.00 6.00 - - -\n"
            "年度总体目标 总体目标 总体目标完成情况\n"
            "按期完成全县某某调查,为某某政策提供基础数据。 截至2023年底,完成某某调查样本80户 ,数据按期报送。\n"
            "一级指标 二级指标 三级指标 指标值 分值 得分\n")
    read = _read(text)
    assert read.project.goal_expected == "按期完成全县某某调查,为某某政策提供基础数据。"
    assert read.project.goal_actual == "截至2023年底,完成某某调查样本80户 ,数据按期报送。"


def test_a_sample_essay_sites_title_is_no_report_title() -> None:
    """"某某项目绩效自评报告(通用5篇)", the site's blurb, then "某某项目绩效自评报告1": the site's title and its essay's
    number, not the report's; the project is the fund the essay's opening sentence evaluates."""
    text = ("某某项目绩效自评报告(通用5篇)\n以下是小编整理的某某项目绩效自评报告,希望能够帮助到大家。\n"
            "某某项目绩效自评报告1\n"
            "根据有关通知要求,某厅对2021年度某某发展补助资金项目进行了绩效自评,现将有关情况报告如下。\n"
            "一、基本情况\n")
    read = _read(text)
    assert read.project.name == "某某发展补助资金"


def test_a_rate_opening_the_paragraph_under_a_level_heading() -> None:
    """"(2)质量指标" then "某某补贴发放准确率100%。按照…": the paragraph's opening rate is the result (name, levels,
    actual; weight null); a paragraph opening on its figure ("100%按时发放…") names none, nor does a rate inside
    the paragraph."""
    text = ("2022年度某某补助资金绩效自评报告\n四、绩效目标完成情况\n1.产出指标完成情况分析\n(1)数量指标\n"
            "100%按时发放在册对象补贴,做到应发尽发。\n(2)质量指标\n"
            "某某补贴发放准确率100%。按照有关规定,补贴标准为每人每月600元,发放准确率为100%。\n(3)时效指标\n"
            "某某补贴发放及时率98.5%,个别批次因系统调整延后。\n")
    read = _read(text)
    assert [(i.name, i.level1, i.level2, i.actual.value, i.weight) for i in read.indicators] == [
        ("某某补贴发放准确率", "产出指标", "质量指标", 100, None),
        ("某某补贴发放及时率", "产出指标", "时效指标", Decimal("98.5"), None)]


def test_a_listed_bodys_bracket_may_hold_a_comma() -> None:
    """"内设办公室（财务股）、某某股（加挂某某办公室，某某中心与其合署办公）、某某股等3个股室": the bracket with a
    comma stays inside its body's name, and the list and its count are read."""
    read = _read("2021年度某县某某局部门整体支出绩效自评报告\n一、部门概况\n县某某局是县人民政府工作部门,"
                 "内设办公室(财务股)、某某管理股(加挂某某服务办公室,某某中心与其合署办公)、某某事务股等3个股室。\n")
    assert read.unit.internal_bodies == ["办公室(财务股)", "某某管理股(加挂某某服务办公室,某某中心与其合署办公)",
                                         "某某事务股"]
    assert read.unit.internal_bodies_count == 3


def test_the_years_whole_spending_in_a_sentence() -> None:
    """"2021年部门整体支出共2318.4万元，其中纳入绩效目标管理的专项项目共6个": the year's whole spending (the
    projects' part after 其中 is not it)."""
    read = _read("2021年度某县某某局部门整体支出绩效自评报告\n二、部门财务情况\n(一)部门整体支出情况\n"
                 "2021年部门整体支出共2318.4万元,其中纳入绩效目标管理的专项项目共6个,共2016.3万元。\n")
    assert read.budget.executed == Decimal("2318.4")


def test_a_transfer_cut_during_the_year_then_actually_handed_down() -> None:
    """"…资金下达我区96万元（文号），其中…，调减30万元（文号），全年实际下达66万元": 66 is the year's budget, 96 the
    initial one (96 − 30 = 66); with no cut that leads to it, only the year's budget is read."""
    cut = _read("某区某局关于“2022年中央财政某某补助资金”管理使用情况\n一、资金基本情况\n"
                "2022年中央财政某某补助资金下达我区96万元(某财〔2021〕12号),其中某某资金80万元,某某保障金16万元,"
                "调减30万元(某财〔2022〕5号),全年实际下达66万元,已全额拨付。\n")
    assert (cut.budget.initial, cut.budget.adjusted) == (96, 66)
    plain = _read("某区某局关于“2022年中央财政某某补助资金”管理使用情况\n一、资金基本情况\n"
                  "2022年中央财政某某补助资金全年实际下达66万元,已全额拨付。\n")
    assert (plain.budget.initial, plain.budget.adjusted) == (None, 66)
