"""Flattened shapes' weakest forms (docs/reader-corpora/flat-shapes-30.md, flat46), each from an invented snippet
(invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import flattened, read_page

_HEAD = ["项目支出绩效自评表", "项目名称 某县村道安保工程", "主管部门 某县交通运输局 实施单位 某县公路养护中心"]
# a key-value grid: each money label beside its figure, two pairs a row
_GRID = [
    ["年初预算数（万元）", "260.00", "全年预算数（万元）", "300.00"],
    ["全年执行数（万元）", "282.00", "预算执行率", "94.00%"],
    ["执行率分值", "10分", "执行率得分", "9.40分"]]
_INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "安保设施里程", "≥40公里", "41公里", "50", "50"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%", "40", "40"]]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_money_block_written_as_a_key_value_grid(shape: str) -> None:
    """A money block written as label | figure pairs ("年初预算数（万元） 260.00 全年预算数（万元） 300.00", the rate's
    points "执行率分值 10分 执行率得分 9.40分" last) is the year's total row with the rate's points (before, the pairs
    on one line were left as text and the budget lost; one cell a line, "执行率分值" was cut in two and the rate's
    row lost)."""
    page = read_page("\n".join(flattened(_HEAD, _GRID + _INDICATORS, [], shape)))
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("260.00"), Decimal("300.00"),
                                                                 Decimal("282.00"))
    assert budget.source_unit == "万元"
    rate = page.indicators[0]
    assert (rate.name, rate.weight, rate.actual.value, rate.stated_score) == (
        "预算执行率", Decimal("10"), Decimal("94.00"), Decimal("9.40"))


def test_key_value_grid_in_yuan_keeps_its_unit() -> None:
    """A grid whose labels carry （元） is read in 元, each label's own unit kept with its column."""
    grid = [[cell.replace("万元", "元") for cell in row] for row in _GRID]
    grid[0][1], grid[0][3], grid[1][1] = "2600000.00", "3000000.00", "2820000.00"
    page = read_page("\n".join(flattened(_HEAD, grid + _INDICATORS, [], "spaced")))
    assert page.budget.source_unit == "元"
    assert page.budget.executed == Decimal("282.00")


def test_key_value_list_a_pair_a_line() -> None:
    """The same money labels as a list, one label and its figure a line ("全年执行数（万元） 282", "预算执行率 94%",
    "执行率分值 10"): the year's total row with the rate's points (before, only the lines of twelve characters or more
    were cut in two, and no pair on one line was read as the block's: the budget and the rate's row lost)."""
    pairs = [["年初预算数（万元）", "260"], ["全年预算数（万元）", "300"], ["全年执行数（万元）", "282"],
             ["预算执行率", "94%"], ["执行率分值", "10"], ["执行率得分", "9.4"]]
    page = read_page("\n".join(flattened(_HEAD, pairs + _INDICATORS, [], "spaced")))
    assert (page.budget.initial, page.budget.adjusted, page.budget.executed) == (Decimal("260"), Decimal("300"),
                                                                               Decimal("282"))
    rate = page.indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal("10"), Decimal("9.4"))


_WHOLE_HEAD = ["某县某某镇人民政府2023年度部门整体支出绩效自评报告", "一、收支情况", "（一）收入情况（单位：万元）"]
_SHARE_TABLE = [["收入项目", "金额", "占比（%）"], ["财政拨款收入", "1820.40", "91.02"], ["其他收入", "179.60", "8.98"],
                ["合计", "2000.00", "100"]]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_amount_table_with_a_share_column(shape: str) -> None:
    """收入项目 | 金额 | 占比（%）: a label, its amount and its share of the total a row, read as the Word table is
    (before, the share column kept the rows from being a table in every flattened shape: the income items lost)."""
    page = read_page("\n".join(flattened(_WHOLE_HEAD, _SHARE_TABLE, ["二、绩效目标完成情况"], shape)))
    assert [(item.name, item.amount) for item in page.budget.income_items] == [
        ("财政拨款收入", Decimal("1820.40")), ("其他收入", Decimal("179.60"))]
    assert page.budget.income_total == Decimal("2000.00")



def test_pairs_before_a_figure_with_no_label_are_a_row() -> None:
    """"预算数 30.00 执行数 27.60 92.00": labelled figures and then one with no label are a row of a system's export
    (its last figure the rate, read with the row), not a key-value grid (the first cut took the pairs as a grid and
    lost the rate)."""
    lines = [*_HEAD, "预算执行情况 预算安排情况(调整后) 资金执行情况 预算执行进度(%)",
             "预算数 30.00 执行数 27.60 92.00"]
    page = read_page("\n".join(lines))
    assert (page.budget.adjusted, page.budget.executed, page.budget.stated_execution_rate) == (
        Decimal("30.00"), Decimal("27.60"), Decimal("92.00"))
