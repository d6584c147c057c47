"""A text whose end cuts its last row of " |" cells (stop 44, trust50): the rows above close on their rule, the last
does not, and its last figure may be cut ("…| 256" of "256.40"). Its figures, set in columns only by how many are
left, are not read: no 执行数 is taken from a cut row, so no sum is checked against one. Invented snippets, read as
``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

HEAD = [
    "某县某某管理所2025年度部门整体支出绩效自评表",
    " | 部门（单位）名称 | 某县某某管理所 |",
    "年度预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
    " | 年度资金总额 | 905.20 | 948.60 | 921.35 | 97.13% |",
    " | 其中：基本支出 | 650.80 | 688.00 | 671.15 | 97.55% |",
]
LAST = " | 项目支出 | 254.40 | 260.60 | 250.20 | 96.01% |"


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_rows_items_are_read_when_the_last_row_is_whole(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _text(*HEAD, LAST))
    items = {item.name: item.amount for item in evaluation.budget.expenditure_items}
    assert items == {"基本支出": Decimal("671.15"), "项目支出": Decimal("250.20")}


def test_a_row_the_end_cuts_gives_no_figure(tmp_path: Path) -> None:
    for cut in (LAST[: len(LAST) // 2], LAST[:LAST.index("260.60") + 3], LAST[:LAST.index("96.01")]):
        evaluation = read_saved(tmp_path, _text(*HEAD, cut.rstrip(" |")))
        amounts = [item.amount for item in evaluation.budget.expenditure_items]
        assert Decimal("260") not in amounts and Decimal("254.40") not in amounts, cut
        assert "EXPENDITURE_SUM_MISMATCH" not in errors(evaluation), cut
