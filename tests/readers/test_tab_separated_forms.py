"""A form copied out of Excel or a web table: cells separated by tabs, consecutive tabs for the empty
cells of merged columns, one row a line or the whole form on one line (rows kept apart by two spaces
or by nothing). Each reads to the same facts as the form itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from flat_forms import EXPECTED, ROWS, TITLE, YEAR_LINE
from test_flattened_forms import _facts

from jixiao.readers.flat_tokens import line_cells, tokenize


def _row(row: list[str | None], merged: bool) -> str:
    """A row's cells joined by tabs; a merged cell (None) an empty cell, or left out."""
    return "\t".join(c if c is not None else "" for c in row if merged or c is not None)


def _rows_on_lines(merged: bool) -> str:
    return "\n".join([TITLE, YEAR_LINE, *(_row(row, merged) for row in ROWS)]) + "\n"


def _form_on_one_line(between: str) -> str:
    return TITLE + YEAR_LINE + between + between.join(_row(row, True) for row in ROWS) + "\n"


SHAPES = {
    "one_row_a_line_merged_cells_empty": lambda: _rows_on_lines(True),
    "one_row_a_line_merged_cells_left_out": lambda: _rows_on_lines(False),
    "one_line_rows_apart_by_two_spaces": lambda: _form_on_one_line("  "),
    "one_line_rows_apart_by_an_ideographic_space_pair": lambda: _form_on_one_line("\u3000\u3000"),
    "one_line_rows_run_together": lambda: _form_on_one_line(""),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_tab_separated_shape_reads_like_the_form(shape: str, tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(SHAPES[shape](), encoding="utf-8")
    assert _facts(path) == EXPECTED


def test_rows_run_together_are_cut_where_the_next_row_s_label_starts() -> None:
    line = "\t".join(["某镇卫生院", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                      "得分年度资金总额", "86.00", "90.50", "88.20", "10", "97.46%", "9.75其中：当年财政拨款",
                      "80.00", "84.50", "82.20", "—", "97.28%", "—上年结转资金", "6.00", "6.00", "6.00", "—",
                      "100.00%", "—"])
    cells = line_cells(line)
    assert cells is not None
    assert cells[7:10] == ["得分", "年度资金总额", "86.00"]
    assert cells[14:16] == ["9.75", "其中：当年财政拨款"]
    assert cells[21:23] == ["—", "上年结转资金"]


def test_a_tab_row_whose_cell_ends_in_a_weak_word_keeps_it() -> None:
    """"政府采购执行率" is a name ending in 执行率, not a value with the next row's label run onto it."""
    cells = ["产出指标", "质量指标", "政府采购执行率", "≥95%", "97%", "10", "10", ""] * 3
    assert line_cells("\t".join(cells)) == cells


def test_a_row_trailing_many_empty_cells_is_one_row() -> None:
    """A row copied out of a wide sheet: its empty cells to the sheet's last column add no rows."""
    row = ["年度资金总额", "86.00", "90.50", "88.20", "10", "97.46%", "9.75"] + [""] * 30
    assert line_cells("\t".join(row)) == row
    tokens = tokenize(["\t".join(row)], set())
    assert all(t.in_row for t in tokens if t.text)  # a row as the source wrote it, not a form cut by content
