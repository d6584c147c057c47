"""Shared helpers of the seventeenth set: indicator rows as display strings and as expected facts.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = Decimal
Row = tuple[str, str, str, int, str, str, str, str]  # 一级, 二级, 三级, 分值, 指标值, 完成值, 得分, 偏差原因

_VALUE = re.compile(r"^(≥|≤|=|＞|<)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def r2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def rate(executed: str, adjusted: str) -> Decimal:
    return r2(D(executed) / D(adjusted) * 100)


def value_fact(text: str, *, actual: bool) -> dict[str, Any]:
    m = None if text.startswith("T:") else _VALUE.match(text)
    if not m:
        return {"text": text.removeprefix("T:")}
    if not m:
        return {"text": text}
    out: dict[str, Any] = {}
    if m.group(1) and not actual:
        out["comparator"] = m.group(1)
    out["value"] = D(m.group(2).replace(",", ""))
    out["unit"] = m.group(3)
    return out


def indicator_fact(row: Row, *, levels: bool = True, with_l2: bool = True) -> dict[str, Any]:
    l1, l2, name, weight, target, actual, score, note = row
    fact: dict[str, Any] = {"name": name}
    if levels and l1:
        fact["level1"] = l1
    if levels and with_l2 and l2:
        fact["level2"] = l2
    fact["weight"] = weight
    if target:
        fact["target"] = value_fact(target, actual=False)
    if actual:
        fact["actual"] = value_fact(actual, actual=True)
    fact["stated_score"] = D(score)
    if note:
        fact["deviation_note"] = note
    return fact


def exec_fact(weight: int, rate_value: Decimal, score: Decimal, **extra: Any) -> dict[str, Any]:
    fact: dict[str, Any] = {"name": "预算执行率"}
    fact.update({k: v for k, v in extra.items() if k in ("level1", "level2")})
    fact["weight"] = weight
    if "target" in extra:
        fact["target"] = extra["target"]
    fact["actual"] = {"value": rate_value, "unit": "%"}
    fact["stated_score"] = score
    return fact


def total(rows: list[Row], exec_score: Decimal | None) -> Decimal:
    return sum((D(r[6]) for r in rows), exec_score or D(0))


def grade(t: Decimal) -> str:
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def shown(text: str) -> str:
    return text.removeprefix("T:")


def yuan(x: str) -> str:
    """An amount in 元 written with separators and two decimals; x is in 万元."""
    v = (D(x) * 10000).quantize(D("0.01"))
    return f"{v:,.2f}"
