"""Cell kinds of run-together figures, and a long run of digits that ends in something else (a pattern with
nested repeats once took exponential time on such a cell: a fuzzed line of 45 digits hung the reader)."""

from __future__ import annotations

import pytest

from jixiao.readers.cells import Kind, kind
from jixiao.readers.source_text import text_to_document


@pytest.mark.parametrize("text", ["356.40341.15", "95.72%9.57", "1095.72%9.57", "100%96"])
def test_run_together_figures_are_fused(text: str) -> None:
    assert kind(text) is Kind.FUSED


@pytest.mark.parametrize("text", ["1.2.3", "12..5", "9.5%.3", "12.", "%12"])
def test_figures_that_no_split_makes_whole_are_not_fused(text: str) -> None:
    assert kind(text) is not Kind.FUSED


def test_a_long_run_of_digits_ending_in_letters_is_no_fused_cell_and_the_line_is_read() -> None:
    line = "1402656464617705590844616589834922743524401674" * 3 + "Æ≧"
    assert kind(line) is not Kind.FUSED
    document = text_to_document(f"2024年度部门整体支出绩效自评报告\n{line}\n产出指标\n", "x.md")
    read = line.replace("≧", "≥")  # (the look-alike sign is read as ≥)
    assert any(read in getattr(block, "text", "") for block in document.blocks)
