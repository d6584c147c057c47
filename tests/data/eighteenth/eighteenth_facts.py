"""Shared builders of the eighteenth set: Word tables with merged cells, the expected-facts record.

Every unit, person and figure here is invented. The value helpers are the seventeenth set's.
"""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "seventeenth"))
from seventeenth_facts import D, Row, exec_fact, grade, indicator_fact, r2, rate, shown, total, yuan

__all__ = [
    "EARNED",
    "D",
    "Facts",
    "Made",
    "Row",
    "doc",
    "docx_bytes",
    "exec_fact",
    "facts",
    "form_rows",
    "grade",
    "indicator_fact",
    "r2",
    "rate",
    "shown",
    "table",
    "total",
    "wan_yuan",
    "yuan",
]

Facts = dict[str, Any]
Made = tuple[Facts, str, Any]


def doc() -> Any:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return d


def table(d: Any, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = (),  # type: ignore[assignment]
          vmerge_cols: tuple[int, ...] = ()) -> None:
    """A grid table; ``merges`` are (row1, col1, row2, col2) spans keeping the top-left text; ``vmerge_cols``
    merges equal non-empty cells of those columns that stand one below the other."""
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            for run in t.cell(i, j).paragraphs[0].runs:
                run.font.size = Pt(9)
    spans = list(merges)
    for col in vmerge_cols:
        start = 0
        for i in range(1, len(rows) + 1):
            cur = rows[i][col] if i < len(rows) and col < len(rows[i]) else None
            if cur != rows[start][col] or not cur:
                if i - 1 > start and rows[start][col]:
                    spans.append((start, col, i - 1, col))
                start = i
    for r1, c1, r2_, c2 in spans:
        text = rows[r1][c1]
        t.cell(r1, c1).merge(t.cell(r2_, c2)).text = text


def docx_bytes(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


class Earned:
    """The document states the grade its stated total earns (in its words or a form's 等级 cell)."""


EARNED = Earned()


def facts(kind: str, year: int, unit: Facts, budget: Facts, inds: list[Facts], stated_total: Decimal,
          project: Facts | None = None, full_mark: int | None = None, planted: list[str] | None = None,
          stated_grade: str | Earned | None = None, **extra: Any) -> Facts:
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
    f.update(extra)
    f["planted"] = planted or []
    return f


def form_rows(rows: list[Row]) -> list[list[str]]:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因."""
    return [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]


def wan_yuan(yuan_text: str) -> Decimal:
    """An amount written in 元 (with separators) as 万元, exactly."""
    return D(yuan_text.replace(",", "")) / 10000
