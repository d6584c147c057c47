"""Shapes found by the tenth real-page probe (docs/reader-corpora/real-probe-10.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def _rate(text: str):  # type: ignore[no-untyped-def]
    return next(i for i in _read(text).indicators if i.name == "预算执行率")


_POINTS_ABOVE_MONEY = (
    "2023年度项目支出绩效自评表\n\n项目名称\n\n某某镇饮水管网维修项目\n\n\n\n\n\n主管部门\n\n某某县水务局\n\n\n\n\n\n"
    "预算执行情况(万元)\n\n(15分)\n\n\n预算数(A)\n\n执行数(B)\n\n执行率(B/A)\n\n得分\n\n(15分*执行率)\n\n\n\n\n\n"
    "年度财政资金总额\n\n80\n\n60\n\n75\n\n11.25\n\n\n\n\n\n"
    "年度绩效目标\n\n(85分)\n\n一级指标\n\n二级指标\n\n三级指标\n\n年初目标值(A)\n\n实际完成值(B)\n\n得分\n\n\n\n\n\n"
    "产出指标(50分)\n\n数量指标\n\n维修管网长度(≥**公里)\n\n12\n\n12\n\n10\n\n\n\n\n\n")


def test_the_points_over_a_money_block_are_the_rate_s_weight() -> None:
    """"预算执行情况（万元）" then "（15分）" on a line of their own over the money block: the execution-rate
    indicator's weight, as when the form writes them in the block's caption cell."""
    rate = _rate(_POINTS_ABOVE_MONEY)
    assert (rate.weight, rate.stated_score) == (Decimal(15), Decimal("11.25"))


def test_points_over_an_indicator_table_are_not_the_rate_s() -> None:
    """The "（85分）" over the indicator table is that table's block, not the execution rate's weight."""
    text = _POINTS_ABOVE_MONEY.replace("预算执行情况(万元)\n\n(15分)\n\n\n", "")
    assert _rate(text).weight is None


_SOURCES_REPEATED = (
    "某某区财政支出项目绩效评价自评报告\n项目名称 某某救助专项\n项目单位 某某区社会事务局\n"
    "一、项 目 基 本 概 况 |\n|||||||||||||||||||||\n"
    "项目负责人 |\n张 某 |\n联系电话 |\n12345678 |\n||||||||||||||||||\n"
    "项目起止时间 |\n2019 年 1 月起至 2019 年 12 月止 |\n||||||||||||||||||||\n"
    "计划安排资金 (万元) |\n640.5 |\n实际到位资金 (万元) |\n640.5 |\n实际支出 (万元) |\n590.5 |\n结余(万元) |\n50 |\n"
    "||||||||||||||\n"
    "其中:中央财政 |\n其中:中央财政 |\n其中:中央财政 |\n其中:中央财政 |\n||||||||||||||||||\n"
    "省财政 |\n600 |\n省财政 |\n600 |\n省财政 |\n550 |\n省财政 |\n50 |\n||||||||||||||\n"
    "区财政 |\n40.5 |\n区财政 |\n40.5 |\n区财政 |\n40.5 |\n区财政 |\n|||||||||||||||\n"
    "其它 |\n其它 |\n其它 |\n其它 |\n||||||||||||||||||\n"
    "二、项目支出明细情况 |\n|||||||||||||||||||||\n支出内容 |\n实际支出数 |\n会计凭证号 |\n备注 |\n"
    "||||||||||||||||||\n")


def test_a_source_row_with_no_amounts_does_not_end_the_fund_rows() -> None:
    """"其中：中央财政" written once per column with no amounts (the page dropped its empty cells) before the
    sources that have them: the fund rows still read, each source's planned and spent amounts."""
    rows = _read(_SOURCES_REPEATED).budget.fund_rows
    assert [(f.name, f.adjusted, f.executed) for f in rows] == [
        ("省财政", Decimal(600), Decimal(550)), ("区财政", Decimal("40.5"), Decimal("40.5"))]


_FORM_TITLE_WITH_PLACE = (
    "某某市某某新区财政支出项目绩效评价自评报告\n"
    "项目名称 某某救助专项\n项目单位 某某新区社会事务局\n主管部门\n报告日期:2020年5月8日\n")


def test_a_place_and_a_kind_of_form_in_the_title_is_no_unit() -> None:
    """"某某市某某新区财政支出项目绩效评价自评报告": the title names the place and the kind of form, not the unit;
    the unit is the form's 项目单位 (a guess, marked as such)."""
    read = _read(_FORM_TITLE_WITH_PLACE)
    assert (read.unit.name, read.project.name) == ("某某新区社会事务局", "某某救助专项")
    assert read.provenance["unit.name"].guessed


_NESTED_BRACKET = (
    "• 发布机构\n  • 某某市文化和旅游局\n"
    "某某市文化馆2023年度项目支出绩效自评报告(2023年乡镇综合文化站(室)设备购置补助经费)\n\n"
    "一、自评结论\n\n(一)自评得分\n\n98分。\n")


def test_a_bracketed_project_may_hold_a_bracket_of_its_own() -> None:
    """"…自评报告（2023年乡镇综合文化站（室）设备购置补助经费）": the project in the bracket after the title,
    a short bracket inside it kept."""
    read = _read(_NESTED_BRACKET)
    assert read.project is not None
    assert (read.unit.name, read.project.name) == ("某某市文化馆", "2023年乡镇综合文化站(室)设备购置补助经费")


_SELF_EVALUATING = (
    "按照《某某旗财政局关于做好2023年度绩效自评的通知》要求,某某旗某某镇人民政府开展并完成了本单位2023年度"
    "项目支出绩效自评工作,共涉及项目2个。\n一、某某饮水工程项目\n全年执行率100%。\n")
_OTHERS_EVALUATED = _SELF_EVALUATING.replace("本单位2023年度", "全旗各部门2023年度")


def test_the_unit_that_evaluates_its_own_spending_is_the_report_s() -> None:
    """"某某旗某某镇人民政府开展并完成了本单位…绩效自评工作": the body that evaluates its own (本部门 / 本单位)
    spending is the report's unit; one that evaluates others' names no unit."""
    assert _read(_SELF_EVALUATING).unit.name == "某某旗某某镇人民政府"
    assert _read(_OTHERS_EVALUATED).unit.name == ""
