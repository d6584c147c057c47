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
