"""A project report's amounts side by side over its sources ("计划投资额（万元） | 200 | 实际到位资金（万元） | 188.5 |
实际使用情况（万元） | 180.3", then each source repeated under each amount, a source nothing came from written three
times alone), copied one cell a line, as web " |" cells with empty ones and as spaced rows: the fund rows the Word
table gives."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved

_ROWS = [["计划投资额（万元）", "200", "实际到位资金（万元）", "188.5", "实际使用情况（万元）", "180.3"],
         ["其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", ""],
         ["省级财政资金", "80", "省级财政资金", "80", "省级财政资金", "78.6"],
         ["县级财政资金", "120", "县级财政资金", "108.5", "县级财政资金", "101.7"]]
_HEAD = ["2024年度某县茶园提质增效项目绩效评价报告", "一、项目基本情况", "项目实施单位", "某县农业农村局",
         "主管部门", "某县人民政府"]
_TAIL = ["二、绩效评价指标评分", "全年完成低产茶园改造3200亩。"]


def _text(shape: str) -> str:
    if shape == "cells":
        rows = [cell for row in _ROWS for cell in row if cell]
    elif shape == "web":
        rows = [f"{cell} |" if cell else "|" for row in _ROWS for cell in row]
    else:
        rows = [" ".join(cell for cell in row if cell) for row in _ROWS]
    return "\n".join([*_HEAD, *rows, *_TAIL]) + "\n"


@pytest.mark.parametrize("shape", ["cells", "web", "spaced"])
def test_the_sources_are_fund_rows(tmp_path: Path, shape: str) -> None:
    budget = read_saved(tmp_path, _text(shape)).budget
    assert (budget.adjusted, budget.executed) == (Decimal("200"), Decimal("180.3"))
    assert [(f.name, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("省级财政资金", Decimal("80"), Decimal("78.6")), ("县级财政资金", Decimal("120"), Decimal("101.7"))]


def test_a_source_named_otherwise_under_one_amount_ends_the_block(tmp_path: Path) -> None:
    rows = [*_ROWS[:2], ["省级财政资金", "80", "市级财政资金", "80", "省级财政资金", "78.6"]]
    text = "\n".join([*_HEAD, *(cell for row in rows for cell in row if cell), *_TAIL]) + "\n"
    assert read_saved(tmp_path, text).budget.fund_rows == []
