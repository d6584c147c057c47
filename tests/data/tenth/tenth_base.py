"""Shared pieces of the tenth corpus: the ninth set's helpers (which bring the earlier sets' fact helpers),
imported, not copied, and the few this set adds (a whole-unit prose opening, a Word file whose form sits in
a landscape section, an Excel workbook of several sheets with merged cells). No jixiao import."""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ninth"))

from ninth_base import (  # noqa: E402
    D,
    Ind,
    Report,
    cells_of,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    pipe,
    q,
    r2,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "cells_of", "docx_landscape", "exec_score", "execution_indicator", "exp", "items",
    "money", "num", "pct", "pipe", "q", "r2", "rate_of", "sep", "sum_scores", "t", "whole_facts",
    "write_expected",
]


def exec_score(weight: Any, rate: Decimal) -> Decimal:
    """分值 × 执行率 (capped at the 分值), as the forms print the money block's score."""
    return r2(D(str(weight)) * min(rate, D(100)) / 100)


def items(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Income or expenditure items as the expected facts hold them."""
    return [{"name": n, "amount": D(a.replace(",", ""))} for n, a in pairs]


def docx_landscape(prose: list[str], tables: list[tuple[list[str], list[list[str]], list[tuple[int, int, int, int]]]],
                   after: list[str]) -> bytes:
    """A Word file: the report's prose in a portrait section, then a new landscape section holding the
    form (each table: its caption paragraphs, grid and merges), then closing paragraphs."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION

    doc = Document()
    for line in prose:
        doc.add_paragraph(line)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for caption, grid, merges in tables:
        for line in caption:
            doc.add_paragraph(line)
        width = max(len(r) for r in grid)
        table = doc.add_table(rows=len(grid), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text:
                    table.cell(r, c).text = text
        for r1, c1, r2_, c2 in merges:
            keep = table.cell(r1, c1).text
            table.cell(r1, c1).merge(table.cell(r2_, c2)).text = keep
    for line in after:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
