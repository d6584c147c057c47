"""Shared helpers of the nineteenth set: Word tables with explicit merges, and the facts record.

The value helpers (rows → expected facts, rates, grades) are the seventeenth set's. Every unit, person and figure
here is invented.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from seventeenth_facts import D, Row, exec_fact, grade, indicator_fact, r2, rate, shown, total, yuan

__all__ = [
    "EARNED",
    "D",
    "Row",
    "cells",
    "doc",
    "docx_bytes",
    "exec_fact",
    "facts",
    "grade",
    "indicator_fact",
    "r2",
    "rate",
    "shown",
    "table",
    "total",
    "yuan",
]

Facts = dict[str, Any]


def doc() -> Any:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


def table(d: Any, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = (), col0: bool = False) -> None:  # type: ignore[assignment]
    """A Word table; merges are (row0, col0, row1, col1) spans keeping the first cell's text; col0 merges equal
    first-column cells vertically (the 一级 column)."""
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            for run in t.cell(i, j).paragraphs[0].runs:
                run.font.size = Pt(9)
    for r0, c0, r1, c1 in merges:
        text = rows[r0][c0]
        t.cell(r0, c0).merge(t.cell(r1, c1)).text = text
    if col0:
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0] or not rows[i][0]:
                if i - 1 > start and rows[start][0]:
                    text = rows[start][0]
                    t.cell(start, 0).merge(t.cell(i - 1, 0)).text = text
                start = i


def docx_bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def cells(r: Row) -> list[str]:
    """一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 of one indicator row."""
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


class Earned:
    """The document states the grade its stated total earns (in its words or a form's 等级 cell)."""


EARNED = Earned()


def facts(kind: str, year: int, unit: Facts, budget: Facts, inds: list[Facts], stated_total: Decimal,
          project: Facts | None = None, full_mark: int | None = None, planted: list[str] | None = None,
          stated_grade: str | Earned | None = None) -> Facts:
    f: Facts = {"kind": kind, "year": year, "unit": unit}
    if project:
        f["project"] = project
    f["budget"] = budget
    f["indicators"] = inds
    f["stated_total"] = stated_total
    if stated_grade is not None:  # only a grade the document states: none is worked out for it
        f["stated_grade"] = grade(stated_total) if isinstance(stated_grade, Earned) else stated_grade
    if full_mark:
        f["full_mark"] = full_mark
    f["planted"] = planted or []
    return f
