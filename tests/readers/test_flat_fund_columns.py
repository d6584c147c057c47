"""A project report's money table on its side (资金来源 | 合计 | 中央补助资金 | 市级资金 | 县级配套资金 over
年初预算数 / 全年预算数 / 全年执行数 / 执行率 rows), copied one cell a line, as spaced rows and as one line: the
budget is the 合计 column, each source a fund row, as the Word table gives them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved

from jixiao.model import Evaluation

_ROWS = [["资金来源", "合计", "中央补助资金", "市级资金", "县级配套资金"],
         ["年初预算数", "300.00", "150.00", "90.00", "60.00"],
         ["全年预算数", "320.00", "150.00", "90.00", "80.00"],
         ["全年执行数", "310.40", "150.00", "90.00", "70.40"],
         ["执行率", "97.00%", "100.00%", "100.00%", "88.00%"]]
_HEAD = ["某县2024年度农村供水保障项目绩效自评报告", "一、项目概况",
         "农村供水保障项目由某县水利局主管，某县农村供水站组织实施。", "二、项目资金情况（单位：万元）"]
_TAIL = ["三、绩效目标完成情况", "全年完成12处供水工程维修，保障3.2万人饮水安全。"]


def _text(shape: str) -> str:
    if shape == "cells":
        return "\n".join([*_HEAD, *(cell for row in _ROWS for cell in row), *_TAIL]) + "\n"
    if shape == "spaced":
        return "\n".join([*_HEAD, *(" ".join(row) for row in _ROWS), *_TAIL]) + "\n"
    return " ".join([*_HEAD, *(" ".join(row) for row in _ROWS), *_TAIL]) + "\n"


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_sources_are_fund_rows(tmp_path: Path, shape: str) -> None:
    evaluation: Evaluation = read_saved(tmp_path, _text(shape), "report.txt")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("300.00"), Decimal("320.00"), Decimal("310.40"))
    assert budget.stated_execution_rate == Decimal("97.00")
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("中央补助资金", Decimal("150.00"), Decimal("150.00"), Decimal("150.00")),
        ("市级资金", Decimal("90.00"), Decimal("90.00"), Decimal("90.00")),
        ("县级配套资金", Decimal("60.00"), Decimal("80.00"), Decimal("70.40"))]


def test_a_row_short_of_a_figure_ends_the_table(tmp_path: Path) -> None:
    rows = [*_ROWS[:1], ["年初预算数", "300.00", "150.00", "90.00"], *_ROWS[2:]]  # a source's cell missing
    text = "\n".join([*_HEAD, *(cell for row in rows for cell in row), *_TAIL]) + "\n"
    assert read_saved(tmp_path, text, "report.txt").budget.fund_rows == []
