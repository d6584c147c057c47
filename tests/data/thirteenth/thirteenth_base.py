"""Shared pieces of the thirteenth corpus: the tenth set's helpers (which bring the earlier sets' fact
helpers), imported, not copied, and the few this set adds (a Word file of paragraphs and tables in
document order, printing it to PDF, Chinese-numeral counts). No jixiao import."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tenth"))

from tenth_base import (  # noqa: E402
    D,
    Ind,
    Report,
    exp,
    items,
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
    "D", "Ind", "Report", "docx_flow", "exp", "items", "levels_only", "money", "num", "pct", "pdf_of", "pipe",
    "q", "r2", "rate_of", "sep", "sum_scores", "t", "whole_facts", "write_expected",
]

Grid = tuple[list[list[str]], list[tuple[int, int, int, int]]]


def levels_only(ind: Ind, l2: bool = False) -> dict:
    """Expected facts of an indicator whose 二级 the document does not state (only its 一级 heading)."""
    return exp(ind, level2=ind.l2 if l2 else None)


def docx_flow(blocks: list[str | Grid]) -> bytes:
    """A Word file: paragraphs (str) and tables (grid, merges) in document order."""
    from docx import Document

    doc = Document()
    for block in blocks:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        grid, merges = block
        table = doc.add_table(rows=len(grid), cols=max(len(r) for r in grid))
        table.style = "Table Grid"
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text:
                    table.cell(r, c).text = text
        for r1, c1, r2_, c2 in merges:
            keep = table.cell(r1, c1).text
            table.cell(r1, c1).merge(table.cell(r2_, c2)).text = keep
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def pdf_of(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice; its source is kept in sources/ for rebuilding."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"soffice not found: {stem} of the thirteenth set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()
