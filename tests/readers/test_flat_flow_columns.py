"""A 收入支出决算 table by fund (项目 | 上年结转 | 本年收入 | 本年支出 | 年末结转 over one row a fund and a 合计
row), flattened one cell a line, as spaced rows and run on one line: read as the Word table (the 合计 row's income,
spending and carry-over, the funds' 本年收入 as the income's items), not left as text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_TABLE = [["项目", "上年结转", "本年收入", "本年支出", "年末结转"],
          ["一般公共预算财政拨款", "52.10", "1432.60", "1450.25", "34.45"],
          ["其他资金", "6.00", "28.40", "30.15", "4.25"],
          ["合计", "58.10", "1461.00", "1480.40", "38.70"]]
_HEAD = ["某镇人民政府2024年度部门整体支出绩效自评报告", "二、收支决算情况", "表1 收入支出决算情况表", "单位：万元"]
_TAIL = ["三、绩效自评情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "产出指标", "数量指标", "农村公路养护里程", "≥60公里", "62公里", "20", "20"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_total_row_and_the_funds_are_read(tmp_path: Path, shape: str) -> None:
    budget = read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, _TAIL, shape)).budget
    # the carry-over is the balance carried out of the year (年末结转), the 上年结转 the one brought in
    assert (budget.income_total, budget.expenditure_total, budget.carry_over, budget.opening_balance) == (
        Decimal("1461.00"), Decimal("1480.40"), Decimal("38.70"), Decimal("58.10"))
    assert [(item.name, item.amount) for item in budget.income_items] == [
        ("一般公共预算财政拨款", Decimal("1432.60")), ("其他资金", Decimal("28.40"))]


def test_a_header_without_income_and_spending_is_no_such_table(tmp_path: Path) -> None:
    """项目 | 上年结转 | 年末结转: no year's income and spending, so no total is read from it."""
    table = [["项目", "上年结转", "年末结转"], ["一般公共预算财政拨款", "52.10", "34.45"], ["合计", "58.10", "38.70"]]
    budget = read_saved_rows(tmp_path, flattened(_HEAD, table, _TAIL, "cells")).budget
    assert budget.income_total is None and budget.expenditure_total is None and not budget.income_items
