"""The fused shape (a row's cells run together, no separator), stop 46, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused46)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_HEAD = ["部门整体支出绩效自评报告", "单位名称：某市某某中心", "评价年度：2024年度", "预算执行情况（单位：万元）"]
_INDICATORS = ["一级指标二级指标三级指标年度指标值实际完成值权重得分偏差原因分析",
               "产出指标数量指标某某培训人次≥600人次640人次3030",
               "效益指标社会效益指标某某覆盖率≥85%88%3030"]


def test_a_one_amount_table_run_together_is_read(tmp_path: Path) -> None:
    """"项目金额" over "年初预算数500.5" … "预算执行率97.95%", "分值10", "得分9.8": a table of one amount column (the
    sheet's label | value rows) with each row's two cells run together. Its header was one cell, so no table was
    read: no budget, no 预算执行率 row. Its two heads run together are both heads, and a row whose label ends on
    its figure (no figure after it) is cut there, as the text bounds it (as "年初预算数500.5" is)."""
    money = ["项目金额", "年初预算数500.5", "全年预算数520.84", "全年执行数510.17",
             "预算执行率97.95%", "分值10", "得分9.8"]
    page = read_saved_rows(tmp_path, _HEAD + money + _INDICATORS)
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("500.5"), Decimal("520.84"), Decimal("510.17"), Decimal("97.95"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("9.8"))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_money_label_cells_run_onto_their_figures_are_pairs(tmp_path: Path) -> None:
    """"年初预算数（万元）520" / "全年预算数（万元）540.4" / "全年执行数（万元）530.2" / "预算执行率98.11%" /
    "预算执行率分值10" / "预算执行率得分9.8": a sheet's grid of label | figure cells with each row run together. One
    cell a line they are read as pairs; a label and its figure on one line were left to the prose reader, which
    reads "年初预算数：520" but not a label closed by its unit, so the budget was lost. A line of just such a label
    (its unit bracketed) and one figure is a pair, and after such pairs so is a line of a money label run onto its
    figure; "年初预算数：520", with no unit, is left where it was."""
    money = ["年初预算数（万元）520", "全年预算数（万元）540.4", "全年执行数（万元）530.2", "预算执行率98.11%",
             "预算执行率分值10", "预算执行率得分9.8"]
    page = read_saved_rows(tmp_path, _HEAD[:3] + money + _INDICATORS)
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        520, Decimal("540.4"), Decimal("530.2"), Decimal("98.11"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("9.8"))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_rate_pair_one_cell_a_line_is_read(tmp_path: Path) -> None:
    """"预算执行率" / "98.11%" / "预算执行率分值" / "10" / "预算执行率得分" / "9.8" after the amounts' pairs, one cell a
    line: the pairs stopped at the rate (a figure with %, where only amounts were taken), so the 预算执行率 row
    (its weight and score) was lost. The rate's pair takes a rate."""
    cells = ["年初预算数（万元）", "520", "全年预算数（万元）", "540.4", "全年执行数（万元）", "530.2", "预算执行率",
             "98.11%", "预算执行率分值", "10", "预算执行率得分", "9.8"]
    page = read_saved_rows(tmp_path, _HEAD[:3] + cells + _INDICATORS)
    assert (page.budget.initial, page.budget.stated_execution_rate) == (520, Decimal("98.11"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("9.8"))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
