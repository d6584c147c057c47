"""A whole-unit form's 收支 halves right under its money block (按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数
over "财政拨款 | a | 基本支出 | b"): the unit's income and spending, read as its items — not fund rows of the budget
with the income as a budget and the spending as what was spent. The rows under the block that name fund sources
(其中：财政拨款 | … under 年度资金总额) are still its fund rows: the table's own header words decide."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_docx, read_saved

from jixiao.model import Evaluation

_MONEY = [["年度预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度资金总额", "612.40", "640.80", "618.35", "10", "96.50%", "9.65"]]
_HALVES = [["按收入性质分", "全年预算数", "按支出性质分", "全年执行数"],
           ["一般公共预算财政拨款", "625.80", "基本支出", "481.20"],
           ["其他资金", "15.00", "项目支出", "137.15"]]
_FUNDS = [["其中：当年财政拨款", "597.40", "625.80", "604.10", "", "", ""],
          ["其他资金", "15.00", "15.00", "14.25", "", "", ""]]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
               ["产出指标", "数量指标", "巡查河道里程", "≥320公里", "336公里", "30", "30"],
               ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "93%", "20", "20"]]
_HEAD = ["部门（单位）整体支出绩效自评表", "（2024年度）"]


def _docx(tmp_path: Path, rows: list[list[str]]) -> Evaluation:
    return read_docx(tmp_path, [*_HEAD, rows])


def _cells(tmp_path: Path, rows: list[list[str]]) -> Evaluation:
    return read_saved(tmp_path, "\n".join([*_HEAD, *(cell for row in rows for cell in row if cell)]) + "\n")


@pytest.mark.parametrize("read", [_docx, _cells])
def test_halves_are_items_not_fund_rows(tmp_path: Path, read: Callable[[Path, list[list[str]]], Evaluation]) -> None:
    budget = read(tmp_path, [*_MONEY, *_HALVES, *_INDICATORS]).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("612.40"), Decimal("640.80"), Decimal("618.35"))
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("一般公共预算财政拨款", Decimal("625.80")), ("其他资金", Decimal("15.00"))]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("481.20")), ("项目支出", Decimal("137.15"))]
    assert not budget.fund_rows


def test_fund_rows_under_the_block_are_still_read(tmp_path: Path) -> None:
    budget = _docx(tmp_path, [*_MONEY, *_FUNDS, *_INDICATORS]).budget
    assert [(f.name, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("当年财政拨款", Decimal("625.80"), Decimal("604.10")), ("其他资金", Decimal("15.00"), Decimal("14.25"))]
