"""Facts of the fifteenth set: invented units, people and figures; one indicator = one row of a form.

``ind(l1, l2, name, target, actual, weight, score, note)``: target and actual are written as the document shows
them ("≥60场", "无明显影响"); ``expected_indicator`` turns them into the expected-facts layout.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

_NUM = re.compile(r"^(≥|≤|=|>|<)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def ind(l1: str, l2: str, name: str, target: str, actual: str, weight: int, score: str,
        note: str = "") -> dict[str, Any]:
    return {"l1": l1, "l2": l2, "name": name, "target": target, "actual": actual, "weight": weight,
            "score": score, "note": note}


def _num(x: str) -> int | float:
    d = Decimal(x)
    return int(d) if d == d.to_integral_value() else float(x)


def value_fact(text: str, with_comparator: bool) -> dict[str, Any]:
    m = _NUM.match(text)
    if not m:
        return {"text": text}
    out: dict[str, Any] = {}
    if with_comparator:
        out["comparator"] = m.group(1) or "≥"
    out["value"] = _num(m.group(2))
    out["unit"] = m.group(3)
    return out


def expected_indicator(i: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": i["name"]}
    if i["l1"]:
        out["level1"] = i["l1"]
    if i["l2"]:
        out["level2"] = i["l2"]
    out["weight"] = i["weight"]
    if i["target"]:
        out["target"] = value_fact(i["target"], True)
    if i["actual"]:
        out["actual"] = value_fact(i["actual"], False)
    out["stated_score"] = _num(i["score"])
    if i["note"]:
        out["deviation_note"] = i["note"]
    return out


def money(x: str) -> int | float:
    return _num(x)


def total(inds: list[dict[str, Any]]) -> Decimal:
    return sum((Decimal(i["score"]) for i in inds), Decimal(0))
