"""Shared pieces of the eleventh corpus: the ninth set's helpers (which bring the earlier sets' fact helpers),
imported, not copied, and the few this set adds: a Word file of prose then a form on a page of its own,
tracked changes and comments in Word XML, and printing to PDF. No jixiao import."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ninth"))

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
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
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
    tabs,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "cells_of", "execution_indicator", "exp", "money", "num", "pct", "pdf_of", "pipe",
    "project_facts", "prose_form_docx", "q", "rate_of", "sum_scores", "t", "tabs", "write_expected",
]


def _revision(tag: str, text: str) -> Any:
    """A tracked insertion (w:ins) or deletion (w:del) holding one run of ``text``."""
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(zlib.crc32(f"{tag}{text}".encode()) % 100000))  # stable between builds
    mark.set(qn("w:author"), "审核人")
    mark.set(qn("w:date"), "2025-03-20T09:00:00Z")
    run = OxmlElement("w:r")
    body = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    body.text = text
    run.append(body)
    mark.append(run)
    return mark


def _fill(cell: Any, text: str, doc: Any) -> None:
    """A cell's text; "old→new" writes old as a tracked deletion and new as a tracked insertion, "old~new"
    writes old struck through (plain formatting, no revision) before new, and "text#comment" attaches a
    reviewer's comment to the cell's text."""
    text, _, comment = text.partition("#")
    para = cell.paragraphs[0]
    if "~" in text:
        old, new = text.split("~")
        para.add_run(old).font.strike = True
        para.add_run(new)
        return
    if "→" in text:
        old, new = text.split("→")
        para._p.append(_revision("w:del", old))
        para._p.append(_revision("w:ins", new))
        return
    run = para.add_run(text)
    if comment:
        doc.add_comment(run, text=comment, author="审核人", initials="SH")


def prose_form_docx(prose: list[str], title: list[str], grid: list[list[str]],
                    merges: list[tuple[int, int, int, int]], after: list[str]) -> bytes:
    """A Word file: the report's prose, a page break, then the form's title lines, its table (merged cells
    kept; tracked changes and comments as ``_fill`` writes them) and closing lines."""
    doc = Document()
    for line in prose:
        doc.add_paragraph(line)
    if prose:
        doc.add_page_break()
    for line in title:
        doc.add_paragraph(line)
    width = max(len(r) for r in grid)
    table = doc.add_table(rows=len(grid), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                _fill(table.cell(r, c), text, doc)
    for r1, c1, r2_, c2 in merges:
        table.cell(r1, c1).merge(table.cell(r2_, c2))
    for line in after:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def pdf_of(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice; its source is kept in sources/ for rebuilding."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"soffice not found: {stem} of the eleventh set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()
