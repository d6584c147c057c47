"""Shared pieces of the sixth corpus: the fifth set's fact helpers (imported, not copied) and a few
helpers of this set. No jixiao import: the generator needs only the standard library, PyYAML,
python-docx and openpyxl (all project dependencies)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

FIFTH = Path(__file__).resolve().parent.parent / "fifth"
sys.path.insert(0, str(FIFTH))

from fifth_facts import (  # noqa: E402
    D,
    Ind,
    Report,
    blocks_of,
    exec_score,
    execution_indicator,
    expected_indicator,
    money,
    num,
    pct,
    q,
    r2,
    rate_of,
    sum_scores,
    t,
    write_expected,
)
from fifth_prose import sections  # noqa: E402

__all__ = [
    "D",
    "Ind",
    "Report",
    "blocks_of",
    "exec_score",
    "execution_indicator",
    "exp",
    "expected_indicator",
    "money",
    "no_levels",
    "num",
    "pct",
    "q",
    "r2",
    "rate_of",
    "sections",
    "sum_scores",
    "t",
    "write_expected",
]


def exp(ind: Ind, **changes: Any) -> dict[str, Any]:
    """The expected facts of one indicator, with some keys replaced (None removes a key)."""
    out = expected_indicator(ind)
    for key, value in changes.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def no_levels(ind: Ind, keep_l2: bool = True) -> dict[str, Any]:
    """An indicator whose 一级 cell is not visible (lost in the copy); its 二级 may still be."""
    return exp(ind, level1=None, level2=None if not keep_l2 else ind.l2)
