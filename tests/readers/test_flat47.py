"""Flattened shapes' weakest forms (docs/reader-corpora/flat-shapes-30.md, flat47), each from an invented snippet
(invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import flattened, read_page

_REPORT = ["某县农机服务中心2023年度整体支出绩效自评报告", "二、收支情况（单位：万元）"]
_INCOME = [["财政拨款收入", "事业收入", "其他收入", "合计"], ["812.40", "60.00", "17.60", "890.00"]]
_SPENDING = [["合计", "基本支出", "项目支出"], ["871.25", "605.10", "266.15"]]


@pytest.mark.parametrize("shape", ["spaced", "cells"])
def test_income_and_spending_items_on_their_side(shape: str) -> None:
    """Income and spending tables on their side, a row of item names closed (or opened) by 合计 over a row of
    figures, each under its caption ("表1 收入情况"), are the tables a Word file gives: their items and totals are
    read (before, the names and figures stayed text, one line or one cell each, and the items were lost)."""
    lines = [*_REPORT, "表1 2023年度收入情况", *flattened([], _INCOME, [], shape),
             "表2 2023年度支出情况", *flattened([], _SPENDING, [], shape),
             "全年支出871.25万元，预算执行率97.89%。"]
    budget = read_page("\n".join(lines)).budget
    assert budget.income_total == Decimal("890.00")
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", Decimal("812.40")), ("事业收入", Decimal("60.00")), ("其他收入", Decimal("17.60"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("605.10")), ("项目支出", Decimal("266.15"))]


def test_side_items_whose_figures_do_not_add_up_stay_text() -> None:
    """A row of names and 合计 over figures that do not add up to it is no item table: nothing is read from it."""
    income = [_INCOME[0], ["812.40", "60.00", "17.60", "990.00"]]
    lines = [*_REPORT, "表1 2023年度收入情况", *flattened([], income, [], "spaced")]
    budget = read_page("\n".join(lines)).budget
    assert budget.income_items == [] and budget.income_total is None


_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def test_continued_mark_between_a_table_and_its_repeated_header() -> None:
    """A table split over two pages, "（续表）" on its line before the repeated header (rows a spaced line each): the
    mark is furniture, neither a piece of the next row's 一级 cell ("（续表）效益指标", as a row a page break split
    was taken to be) nor the last row's deviation note."""
    rows = [_HEAD, ["产出指标", "数量指标", "农机培训人次", "≥300人次", "320人次", "50", "50"],
            ["", "时效指标", "补贴发放及时率", "100%", "100%", "20", "20"]]
    rest = [_HEAD, ["效益指标", "社会效益指标", "机播面积增幅", "≥5%", "6%", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", "10", "10"]]
    lines = ["某县农机服务中心2023年度项目支出绩效自评表", *flattened([], rows, [], "spaced"), "（续表）",
             *flattened([], rest, [], "spaced")]
    found = {i.name: i for i in read_page("\n".join(lines)).indicators}
    assert found["机播面积增幅"].level1 == "效益指标"
    assert found["补贴发放及时率"].deviation_note in (None, "")
    assert len(found) == 4


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_numbered_row_ending_on_an_actual_in_words(shape: str) -> None:
    """A 序号 list whose row ends on an actual in words ("3 农机安全生产形势 10 保持稳定 稳定"): the row ends before the
    next row's number (before, a row could only end on a figure or a note after one, so "稳定" opened a row of its
    own, took the next number for its weight and the next indicator lost its number)."""
    rows = [["序号", "三级指标", "分值", "年度指标值", "实际完成值"],
            ["1", "农机培训人次", "30", "≥300人次", "320人次"],
            ["2", "补贴发放及时率", "30", "100%", "100%"],
            ["3", "农机安全生产形势", "20", "保持稳定", "稳定"],
            ["4", "农户满意度", "20", "≥90%", "93%"]]
    found = read_page("\n".join(flattened(["某县农机服务中心2023年度项目支出绩效自评表"], rows, [], shape))).indicators
    assert [(i.number, i.name, i.weight) for i in found] == [
        (1, "农机培训人次", Decimal("30")), (2, "补贴发放及时率", Decimal("30")),
        (3, "农机安全生产形势", Decimal("20")), (4, "农户满意度", Decimal("20"))]
    assert (found[2].target.text, found[2].actual.text) == ("保持稳定", "稳定")


@pytest.mark.parametrize("shape", ["spaced", "cells"])
def test_level_headings_numbered_in_figures_between_tables_of_one_group_each(shape: str) -> None:
    """One small table per 二级, each under its heading numbered in figures ("1.数量指标", "2.质量指标"), and the
    report's next section ("四、自评结论") after the last row: each heading gives its table's rows their 二级, and the
    section heading is neither a row's cell nor its note (before, "2.质量指标" was read past as a stray cell, its
    rows kept the 二级 of the table above, and "四、自评结论" became the last row's deviation note)."""
    head = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    lines = ["某县农机服务中心2023年度整体支出绩效自评报告", "三、绩效指标完成情况", "（一）产出指标", "1.数量指标",
             *flattened([], [head, ["农机培训人次", "≥300人次", "320人次", "30", "30"]], [], shape),
             "2.质量指标",
             *flattened([], [head, ["机具检验合格率", "≥98%", "99%", "30", "30"]], [], shape),
             "（二）满意度指标", "1.服务对象满意度指标",
             *flattened([], [head, ["农户满意度", "≥90%", "93%", "40", "40"]], [], shape),
             "四、自评结论", "经自评，本单位2023年度整体支出绩效自评得分100分，评价等级为优。"]
    found = {i.name: i for i in read_page("\n".join(lines)).indicators}
    assert found["机具检验合格率"].level2 == "质量指标"
    assert found["农户满意度"].level2 == "服务对象满意度指标"
    assert found["农户满意度"].deviation_note in (None, "")


@pytest.mark.parametrize("shape", ["spaced", "one_line"])
def test_unit_column_holding_a_lone_percent_sign(shape: str) -> None:
    """A 计量单位 column whose cell is "%" between the weight and bare targets ("机具检验合格率 30 % 98 99 101.02% 30"),
    cells separated by spaces: the sign is the unit column's cell, not the weight's (before, every spaced "%" was
    joined onto the figure before it: the weight read "30%", the unit column empty and the target's % lost). A
    row that writes its percents joined elsewhere ("101.02%") keeps a lone sign apart."""
    rows = [["一级指标", "二级指标", "三级指标", "分值", "计量单位", "指标值", "完成值", "完成率", "得分"],
            ["产出", "质量指标", "机具检验合格率", "30", "%", "98", "99", "101.02%", "30"],
            ["产出", "数量指标", "农机培训人次", "30", "人次", "300", "320", "106.67%", "30"],
            ["满意度", "满意度指标", "农户满意度", "40", "%", "90", "93", "103.33%", "40"]]
    lines = flattened(["某县农机服务中心2023年度部门整体支出绩效自评表"], rows, ["总分 100 100"], shape)
    found = {i.name: i for i in read_page("\n".join(lines)).indicators}
    assert (found["机具检验合格率"].weight, found["机具检验合格率"].target.unit) == (Decimal("30"), "%")
    assert (found["农户满意度"].actual.value, found["农户满意度"].actual.unit) == (Decimal("93"), "%")


_RUN_ON_HEAD = ["某县农机服务中心", "2023年度部门整体支出绩效自评报告", "一.基本情况", "（一）单位职能"]
_RUN_ON_TAIL = ["（二）预算收支", "2023年年初预算860.00万元，全年预算890.00万元，全年执行871.25万元，执行率97.89%。",
                "全年完成农机化技术培训12期，推广新型农机具46台套，开展农机安全检查38次，农机作业服务覆盖全县16个乡镇，"
                "农作物耕种收综合机械化率达到78%，较上年提高2个百分点。",
                "中心按照县财政局的要求，组织财务、业务等股室对照年初绩效目标逐项开展自评，形成本报告。",
                "二.存在的问题", "部分农机具老化，作业效率不高。", "三.改进措施", "分批更新农机具，提高作业效率。"]


def test_run_on_report_whose_paragraph_opens_on_an_item_number() -> None:
    """A report run into one line whose first paragraph after a heading opens on an item's number ("（一）单位职能
    1、负责全县农机推广，…。"): cut into its paragraphs (before, a sentence had to open on words or a year, so the
    whole line stayed one paragraph and every section was lost)."""
    lines = [*_RUN_ON_HEAD, "1、负责全县农机推广，组织农机安全监理。", "2、承担农机化技术培训，指导农机合作社建设。",
             *_RUN_ON_TAIL]
    page = read_page(" ".join(lines))
    assert page.sections.problems == "部分农机具老化，作业效率不高。"
    assert page.sections.measures == "分批更新农机具，提高作业效率。"


def test_run_on_report_ending_on_its_form() -> None:
    """A report run into one line ending on its score form, whose rows open on a level or 合计 right after the row
    before's last figure ("… 30 效益 社会效益 …", "… 40 合计 100 100"): the rows are cells, not figures spaced off their
    units ("300 万元"), so the line is cut into its paragraphs and the form read (before, the line stayed whole)."""
    form = ["附件：绩效自评得分表", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分",
            "产出", "数量指标", "农机培训人次", "30", "≥300人次", "320人次", "30",
            "效益", "社会效益", "机播面积增幅", "30", "≥5%", "6%", "30",
            "满意度", "服务对象满意度", "农户满意度", "40", "≥90%", "93%", "40", "合计", "100", "100"]
    lines = [*_RUN_ON_HEAD, "负责全县农机推广，组织农机安全监理。", *_RUN_ON_TAIL, *form]
    page = read_page(" ".join(lines))
    assert page.sections.problems == "部分农机具老化，作业效率不高。"
    assert [(i.name, i.weight) for i in page.indicators] == [
        ("农机培训人次", Decimal("30")), ("机播面积增幅", Decimal("30")), ("农户满意度", Decimal("40"))]


def test_side_items_inside_a_row_of_cells_open_nothing() -> None:
    """"| 收入（万元） | 合计 | … |" over "|  | 890.00 | … |": a 收入 block whose label opens the row; its 合计 in the
    row's middle opens no side table of its own (a guard: the first cut of the side tables took the row from its
    合计 on, and the block lost its items)."""
    lines = ["某县农机服务中心2023年度整体支出绩效自评表",
             "| 收入（万元） | 合计 | 财政拨款收入 | 事业收入 | 其他收入 |", "|  | 890.00 | 812.40 | 60.00 | 17.60 |",
             "| 支出（万元） | 合计 | 基本支出 | 项目支出 |", "|  | 871.25 | 605.10 | 266.15 |"]
    budget = read_page("\n".join(lines)).budget
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", Decimal("812.40")), ("事业收入", Decimal("60.00")), ("其他收入", Decimal("17.60"))]
    assert budget.expenditure_total == Decimal("871.25")
