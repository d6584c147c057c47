"""Shared pieces of the eighth corpus: the seventh set's helpers (which bring the fifth set's fact
helpers and the sixth set's Word table writer), imported, not copied, and the few this set adds.
No jixiao import."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "seventh"))

from seventh_base import (  # noqa: E402
    D,
    Ind,
    Report,
    cells_of,
    docx_bytes,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    project_facts,
    q,
    r2,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "cells_of", "docx_bytes", "execution_indicator", "exp", "hanzi_year", "money",
    "num", "pct", "pdf_from_word", "pipe", "project_facts", "q", "r2", "rate_of", "sep", "sum_scores", "t",
    "wan", "whole_facts", "write_expected",
]

DIGITS = "〇一二三四五六七八九"


def hanzi_year(year: int) -> str:
    """2023 → 二〇二三 (a year written in Chinese numerals, as on covers and signatures)."""
    return "".join(DIGITS[int(c)] for c in str(year))


def pipe(cells: list[str], lead: bool = True) -> str:
    """A web-copied table row: "| a | b |" (or "a | b |" without the leading pipe)."""
    return ("| " if lead else "") + " | ".join(cells) + " |"


def whole_facts(year: int, unit: str, rest: dict[str, Any]) -> dict[str, Any]:
    """The expected facts of a whole-unit (部门整体) report."""
    return {"kind": "整体支出", "year": year, "unit": {"name": unit}, **rest}


def pdf_from_word(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice; its source is kept in sources/ for rebuilding."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"soffice not found: {stem} of the eighth set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()
