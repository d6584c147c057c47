"""A text-layer PDF whose table has no ruling lines (pdfplumber's line strategy finds none) reads to the
same facts as the same table printed with rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from borderless_pdf import form_docx
from flat_forms import EXPECTED
from test_flattened_forms import _facts

from jixiao.readers import read_any
from jixiao.readers.pdf_borderless import cell_text
from jixiao.writers.pdf import docx_to_pdf_batch


@pytest.mark.slow
def test_a_borderless_table_reads_like_the_ruled_one(tmp_path: Path) -> None:
    ruled, borderless = docx_to_pdf_batch(
        [form_docx(tmp_path / "ruled.docx", True), form_docx(tmp_path / "borderless.docx", False)], tmp_path)
    import pdfplumber

    with pdfplumber.open(str(borderless)) as pdf:  # the shape this is about: no rules, no table found
        assert not pdf.pages[0].lines and not pdf.pages[0].rects and not pdf.pages[0].find_tables()
    assert _facts(ruled) == EXPECTED
    assert _facts(borderless) == EXPECTED
    evaluation = read_any(borderless).evaluation  # each cell says the page and line it was printed on
    assert re.search(r"第1页第\d+行", evaluation.provenance["budget.executed"].location)
    assert not evaluation.provenance["budget.executed"].guessed


def _chars(text: str, starts: list[float]) -> list[tuple[float, float, float, float, str]]:
    """Characters 10 wide and 10 high, each word's characters side by side from its start."""
    out = []
    for word, start in zip(text.split(), starts, strict=True):
        out.extend((start + 10 * k, start + 10 * k + 9.5, 0.0, 10.0, ch) for k, ch in enumerate(word))
    return out


def test_cells_are_cut_where_characters_stand_far_apart() -> None:
    chars = _chars("年度资金总额 320.00 356.40", [0, 100, 170])
    assert cell_text(chars) == "年度资金总额 | 320.00 | 356.40 |"


def test_a_line_of_prose_has_no_cells() -> None:
    assert cell_text(_chars("本单位全年完成各项工作任务", [0])) is None


def test_the_empty_half_of_a_full_width_comma_is_no_cell_gap() -> None:
    """"…万元，" then "预算执行率…": the comma's glyph sits left in its box, so the next word stands far
    from the glyph but not from the comma; a line of prose stays one piece."""
    assert cell_text(_chars("全年执行827.80万元， 预算执行率78.11%", [0, 125])) is None
    assert cell_text(_chars("说明 （详见附表）", [0, 30])) is None
