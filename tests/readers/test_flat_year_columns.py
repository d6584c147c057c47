"""A table comparing two years, flattened (项目 | 上年决算数 | 本年决算数 over 收入合计 / 财政拨款收入 / … rows, one
cell a line, a row a spaced line, or all on one line): the rows are put back, and the later year's column gives the
income and spending items, as in the Word file; the earlier year's figures are read past."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_tokens import tokenize
from jixiao.readers.flat_year_columns import year_table

_HEAD = ["某县林业局2024年度部门整体支出绩效自评报告", "一、收支情况", "收支对比如下表（单位：万元）。"]
_TABLE = [["项目", "上年决算数", "本年决算数"], ["收入合计", "1,210.40", "1,356.80"],
          ["财政拨款收入", "1,150.00", "1,300.50"], ["其他收入", "60.40", "56.30"],
          ["支出合计", "1,198.20", "1,356.80"], ["基本支出", "640.10", "702.35"], ["项目支出", "558.10", "654.45"]]
_TAIL = ["二、绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "产出指标", "数量指标", "造林面积", "≥1200亩", "1260亩", "20", "20"]


def _shapes() -> dict[str, list[str]]:
    cells = [cell for row in _TABLE for cell in row]
    return {"cells": _HEAD + cells + _TAIL,
            "spaced": _HEAD + [" ".join(row) for row in _TABLE] + _TAIL,
            "one_line": [" ".join(_HEAD + cells + _TAIL)]}


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_later_years_column_gives_the_items(tmp_path: Path, shape: str) -> None:
    budget = _read_rows(tmp_path, _shapes()[shape]).budget
    assert [(item.name, item.amount) for item in budget.income_items] == [
        ("财政拨款收入", Decimal("1300.50")), ("其他收入", Decimal("56.30"))]
    assert [(item.name, item.amount) for item in budget.expenditure_items] == [
        ("基本支出", Decimal("702.35")), ("项目支出", Decimal("654.45"))]


def test_the_rows_are_put_back_whole() -> None:
    cells = [cell for row in _TABLE for cell in row]
    found = year_table(tokenize([*cells, "二、绩效目标完成情况"], set()), 0)
    assert found is not None
    assert found[0].rows == _TABLE and found[1] == len(cells)


@pytest.mark.parametrize("header", [
    ["项目", "上年决算数", "本年预算数", "本年决算数"],  # a 经费控制情况 block mixing budget and outturn
    ["项目", "本年决算数", "本年决算数"],  # one year twice: which column is the year's, the header does not say
    ["单位", "上年决算数", "本年决算数"],  # no label column's head
])
def test_a_header_naming_no_two_years_of_one_word_is_no_such_table(header: list[str]) -> None:
    rows = [header, ["收入合计", "1,210.40", "1,356.80", "1,356.80"][: len(header)],
            ["其他收入", "60.40", "56.30", "56.30"][: len(header)]]
    assert year_table(tokenize([cell for row in rows for cell in row], set()), 0) is None


def test_a_row_with_a_figure_lost_ends_the_table() -> None:
    cells = ["项目", "上年决算数", "本年决算数", "收入合计", "1,210.40", "1,356.80", "财政拨款收入", "1,150.00",
             "1,300.50", "其他收入", "56.30", "支出合计", "1,198.20", "1,356.80"]
    found = year_table(tokenize(cells, set()), 0)
    assert found is not None and found[0].rows[1:] == [["收入合计", "1,210.40", "1,356.80"],
                                                       ["财政拨款收入", "1,150.00", "1,300.50"]]


_AMOUNTS = ["部门整体支出绩效自评报告", "单位名称： 某县林业局", "评价年度： 2024年度", "预算执行情况（单位：万元）",
            "项目 金额", "年初预算数 1820.5", "全年预算数 1906.4", "全年执行数 1870.22", "预算执行率 98.10%", "分值 10",
            "得分 9.81"]


@pytest.mark.parametrize("shape", ["cells", "spaced"])
def test_a_label_and_amount_table_gives_the_budget(tmp_path: Path, shape: str) -> None:
    rows = _AMOUNTS if shape == "spaced" else _AMOUNTS[:4] + [part for row in _AMOUNTS[4:] for part in row.split()]
    budget = _read_rows(tmp_path, rows).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("1820.5"), Decimal("1906.4"), Decimal("1870.22"), Decimal("98.10"))


def test_a_spaced_row_left_whole_is_a_row() -> None:
    tokens = tokenize(["项目 金额", "年初预算数", "1820.5", "预算执行率 98.10%", "分值", "10"], set())
    found = year_table(tokens, 0)
    assert found is not None and found[0].rows == [["项目", "金额"], ["年初预算数", "1820.5"],
                                                   ["预算执行率", "98.10%"], ["分值", "10"]]


def test_an_income_table_headed_by_its_item_column_gives_the_items(tmp_path: Path) -> None:
    rows = ["某县林业局2024年度部门整体支出绩效自评报告", "表1 2024年度收入情况（单位：万元）", "收入项目", "金额",
            "财政拨款收入", "1,520.30", "其他收入", "46.10", "合计", "1,566.40", "二、预算执行情况"]
    budget = _read_rows(tmp_path, rows).budget
    assert [(item.name, item.amount) for item in budget.income_items] == [
        ("财政拨款收入", Decimal("1520.30")), ("其他收入", Decimal("46.10"))]


_CHANGES = [[*row, *change] for row, change in zip(_TABLE, [
    ["增减额", "增减率"], ["146.40", "12.10%"], ["150.50", "13.09%"], ["-4.10", "-6.79%"], ["158.60", "13.24%"],
    ["62.25", "9.72%"], ["96.35", "17.26%"]], strict=True)]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_change_columns_after_the_years_are_read_past(tmp_path: Path, shape: str) -> None:
    """项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率: what changed, after the years, is part of each row."""
    budget = _read_rows(tmp_path, flattened(_HEAD, _CHANGES, _TAIL, shape)).budget
    assert [(item.name, item.amount) for item in budget.income_items] == [
        ("财政拨款收入", Decimal("1300.50")), ("其他收入", Decimal("56.30"))]
    assert [(item.name, item.amount) for item in budget.expenditure_items] == [
        ("基本支出", Decimal("702.35")), ("项目支出", Decimal("654.45"))]


def test_change_columns_alone_are_no_year_table() -> None:
    """项目 | 增减额 | 增减率: no two years, no such table."""
    cells = ["项目", "增减额", "增减率", "收入合计", "146.40", "12.10%", "其他收入", "-4.10", "-6.79%"]
    assert year_table(tokenize(cells, set()), 0) is None
