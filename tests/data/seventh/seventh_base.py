"""Shared pieces of the seventh corpus: the fifth set's fact helpers and the sixth set's Word table
writer (both imported, not copied), and the few helpers this set adds. No jixiao import."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(DATA / "fifth"), str(DATA / "sixth")]

from fifth_facts import (  # noqa: E402
    D,
    Ind,
    Report,
    execution_indicator,
    money,
    num,
    pct,
    project_facts,
    q,
    r2,
    rate_of,
    sum_scores,
    t,
    write_expected,
)
from reports_files import docx_bytes  # noqa: E402  (the sixth set's Word table writer)
from sixth_base import exp  # noqa: E402  (an indicator's expected facts with some keys replaced)

__all__ = [
    "D", "Ind", "Report", "cells_of", "docx_bytes", "execution_indicator", "exp", "money",
    "num", "pct", "project_facts", "q", "r2", "rate_of", "sep", "sum_scores", "t", "wan", "write_expected",
]


def sep(x: Any, places: int = 2) -> str:
    """An amount with thousands separators, as Excel and OA systems print it (1,286.40)."""
    return f"{Decimal(str(x)):,.{places}f}"


def wan(yuan: Any) -> Decimal:
    """元 to 万元, exactly (the expected files hold money in 万元; 3,864,215.36元 is 386.421536万元)."""
    return Decimal(str(yuan)) / 10000


COLUMN = {
    "l1": lambda i: i.l1, "l2": lambda i: i.l2, "name": lambda i: i.name, "tgt": lambda i: i.target_text(),
    "act": lambda i: i.actual_text(), "w": lambda i: num(i.w), "sc": lambda i: num(i.sc), "note": lambda i: i.note,
}


def cells_of(inds: list[Ind], cols: list[str], merged: tuple[str, ...] = ("l1", "l2"),
             extra: dict[str, Any] | None = None) -> list[list[str]]:
    """Indicator rows as cells in the order of ``cols``; a ``merged`` level cell is printed on the first
    row of its group only (the rest are blank, as a merged cell copies). ``extra`` maps a column name to
    a function of the indicator (得分率, 扣分, 完成率 …)."""
    rows: list[list[str]] = []
    last: dict[str, str] = {}
    funcs = {**COLUMN, **(extra or {})}
    for ind in inds:
        row = []
        for col in cols:
            value = str(funcs[col](ind))
            if col in merged:
                group = ind.l1 + "/" + (ind.l2 if col == "l2" else "")
                value = "" if last.get(col) == group else value
                last[col] = group
            row.append(value)
        rows.append(row)
    return rows
