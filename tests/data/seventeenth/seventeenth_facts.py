"""Value helpers of the seventeenth set and the sets after it: rates, grades, amounts as a form writes them. The
expected facts of an indicator row are the sets' common builders (``corpus_build``), named here for the sets that
import them from this module.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from corpus_build import Row, exec_fact, indicator_fact, total, value_fact

__all__ = ["D", "Row", "exec_fact", "grade", "indicator_fact", "r2", "rate", "shown", "total", "value_fact", "yuan"]

D = Decimal


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def rate(executed: str, adjusted: str) -> Decimal:
    return r2(D(executed) / D(adjusted) * 100)


def grade(t: Decimal) -> str:
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def shown(text: str) -> str:
    return text.removeprefix("T:")


def yuan(x: str) -> str:
    """An amount in 元 written with separators and two decimals; x is in 万元."""
    v = (D(x) * 10000).quantize(D("0.01"))
    return f"{v:,.2f}"
