"""A whole-unit report's 收支 table of two halves side by side (收入项目 | 金额 | 支出项目 | 金额), copied one cell a
line and as spaced rows: each row two labels, each with its figure, read as the Word table (the income items, the
spending items and their totals), not the spending half's header over every label and figure; so are the halves
by nature of a provincial whole-unit form (按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved

_ROWS = [["收入项目", "金额", "支出项目", "金额"],
         ["财政拨款收入", "1520.6", "基本支出", "830.25"],
         ["事业收入", "64.8", "项目支出", "702.15"],
         ["收入合计", "1585.4", "支出合计", "1532.4"]]
_HEAD = ["某县水利局2024年度部门整体支出绩效自评报告", "表2 2024年度收支情况（单位：万元）"]
_TAIL = ["三、绩效目标完成情况", "全年完成小型水库除险加固5座，农村供水保障人口4.1万人。"]


@pytest.mark.parametrize("spaced", [False, True])
def test_both_halves_are_read(tmp_path: Path, spaced: bool) -> None:
    rows = [" ".join(row) for row in _ROWS] if spaced else [cell for row in _ROWS for cell in row]
    budget = read_saved(tmp_path, "\n".join([*_HEAD, *rows, *_TAIL]) + "\n").budget
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", Decimal("1520.6")), ("事业收入", Decimal("64.8"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("830.25")), ("项目支出", Decimal("702.15"))]
    assert (budget.income_total, budget.expenditure_total) == (Decimal("1585.4"), Decimal("1532.4"))


@pytest.mark.parametrize("spaced", [False, True])
def test_halves_by_nature_are_read(tmp_path: Path, spaced: bool) -> None:
    """按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数: the halves of a provincial whole-unit form."""
    table = [["按收入性质分", "全年预算数", "按支出性质分", "全年执行数"], *_ROWS[1:3]]
    rows = [" ".join(row) for row in table] if spaced else [cell for row in table for cell in row]
    budget = read_saved(tmp_path, "\n".join([*_HEAD, *rows, *_TAIL]) + "\n").budget
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", Decimal("1520.6")), ("事业收入", Decimal("64.8"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("830.25")), ("项目支出", Decimal("702.15"))]


def test_a_half_short_of_its_figure_ends_the_table(tmp_path: Path) -> None:
    rows = [*_ROWS[:2], ["事业收入", "64.8", "项目支出"], *_ROWS[3:]]  # the spending half's figure lost
    text = "\n".join([*_HEAD, *(cell for row in rows for cell in row), *_TAIL]) + "\n"
    budget = read_saved(tmp_path, text).budget
    assert [i.name for i in budget.expenditure_items] != ["基本支出", "项目支出"]
    assert all(i.name not in ("财政拨款收入", "事业收入") for i in budget.expenditure_items)
