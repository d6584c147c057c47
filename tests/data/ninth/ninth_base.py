"""Shared pieces of the ninth corpus: the eighth set's helpers (which bring the earlier sets' fact helpers
and Word table writer), imported, not copied, and the few this set adds. No jixiao import."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eighth"))

from eighth_base import (  # noqa: E402
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
    pipe,
    project_facts,
    q,
    r2,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
    whole_facts,
    write_expected,
)

__all__ = [
    "D", "Ind", "Report", "cells_of", "docx_bytes", "execution_indicator", "exp", "full_width", "money", "num",
    "pct", "pipe", "project_facts", "q", "r2", "rate_of", "sep", "spaced", "sum_scores", "t", "tabs", "wan",
    "whole_facts", "write_expected",
]

FULL = str.maketrans("0123456789.,%:;()", "０１２３４５６７８９．，％：；（）")


def full_width(text: str) -> str:
    """ASCII digits and punctuation as a Chinese input method in full-width mode types them (98.5% → ９８．５％)."""
    return text.translate(FULL)


def spaced(text: str) -> str:
    """A number as OCR of a scanned form sometimes spaces it ("95.5" → "9 5 . 5")."""
    return " ".join(text)


def tabs(cells: list[str]) -> str:
    """A table row copied from Word into a plain-text editor: cells separated by tabs."""
    return "\t".join(cells)
