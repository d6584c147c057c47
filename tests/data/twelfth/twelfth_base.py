"""Shared pieces of the twelfth corpus: the eleventh set's helpers (which bring the earlier sets' fact helpers),
imported, not copied, and the few this set adds: amounts in 元 written with separators and in capital numerals
(大写), the expected facts of a project or whole-unit report, Word files of several tables, and printing to PDF.
No jixiao import."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eleventh"))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Mm  # noqa: E402
from eleventh_base import (  # noqa: E402
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
    rate_of,
    sum_scores,
    t,
    tabs,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "cells_of", "daxie", "docx_of", "exec_ind", "exp", "facts", "money", "num", "pct", "pdf_of",
    "pipe",
    "q", "rate_of", "sum_scores", "t", "tabs", "write_expected", "yuan",
]

CAP = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def _four(n: int) -> str:
    """0..9999 in capital numerals, zeros folded (1020 → 壹仟零贰拾)."""
    out, zero = "", False
    for i, ch in enumerate(f"{n:04d}"):
        d = int(ch)
        if d == 0:
            zero = bool(out)
            continue
        out += ("零" if zero else "") + CAP[d] + UNITS[3 - i]
        zero = False
    return out


def daxie(yuan_amount: Any) -> str:
    """An amount in 元 as a cheque writes it: 3,581,246.80 → 叁佰伍拾捌万壹仟贰佰肆拾陆元捌角 (…元整 when whole)."""
    v = Decimal(str(yuan_amount)).quantize(Decimal("0.01"))
    whole, cents = int(v), int((v - int(v)) * 100)
    wan_part, rest = divmod(whole, 10000)
    text = (_four(wan_part) + "万" if wan_part else "")
    if rest:
        text += ("零" if wan_part and rest < 1000 else "") + _four(rest)
    text += "元"
    jiao, fen = divmod(cents, 10)
    if not cents:
        return text + "整"
    return text + (CAP[jiao] + "角" if jiao else "零") + (CAP[fen] + "分" if fen else "")


def yuan(x: Any) -> str:
    """An amount in 元 with separators and two decimals (1,234,567.89)."""
    return f"{Decimal(str(x)):,.2f}"


def facts(kind: str, year: int, who: dict[str, Any], budget: dict[str, Any], inds: list[Any],
          total: Any = None, grade: str = "", full_mark: bool = True) -> dict[str, Any]:
    """The expected facts of a report: ``who`` is {"dept", "project", "unit"} for a project report and
    {"name"} for a whole-unit one; ``inds`` are expected indicator dicts (or ``Ind`` rows with levels);
    ``full_mark`` only when the document prints the full mark (a 总分 / 合计 row of 100, 满分100分)."""
    out: dict[str, Any] = {"kind": kind, "year": year}
    if kind == "项目支出":
        out["unit"] = {"supervising_department": who["dept"]}
        out["project"] = {"name": who["project"], "implementing_unit": who["unit"]}
    else:
        out["unit"] = {"name": who["name"]}
    out["budget"] = budget
    out["indicators"] = [exp(i) if isinstance(i, Ind) else i for i in inds]
    if total is not None:
        out["stated_total"] = D(str(total))
    if grade:
        out["stated_grade"] = grade
    if full_mark:
        out["full_mark"] = D(100)
    return out


def exec_ind(weight: Any, rate: Any, score: Any) -> dict[str, Any]:
    return execution_indicator(weight, D(str(rate)), score)


def docx_of(blocks: list[Any], landscape: bool = False) -> bytes:
    """A Word file from ``blocks``: a str is a paragraph, "\f" a page break, and a (grid, merges) pair a table
    (merges as (row1, col1, row2, col2); the text of a merged range is its first cell's)."""
    doc = Document()
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for block in blocks:
        if block == "\f":
            doc.add_page_break()
        elif isinstance(block, str):
            doc.add_paragraph(block)
        else:
            grid, merges = block
            width = max(len(r) for r in grid)
            table = doc.add_table(rows=len(grid), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(grid):
                for c, text in enumerate(row):
                    if text:
                        table.cell(r, c).paragraphs[0].add_run(text)
            for r1, c1, r2, c2 in merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def pdf_of(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice; its source is kept in sources/ for rebuilding."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"soffice not found: {stem} of the twelfth set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()
