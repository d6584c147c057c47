"""Helpers for writing the red-team facts: indicators, budgets, totals (money in 万元, Decimal)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from redteam_render import D


def ind(name: str, w: str | int, s: str | int, t: tuple[str | None, str, str] | None = None,
        a: tuple[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "weight": D(w), "stated_score": D(s)}
    if t:
        out["target"] = {"comparator": t[0], "value": D(t[1]), "unit": t[2]}
        if t[0] is None:  # the document writes no comparator ("38508人")
            del out["target"]["comparator"]
    if a:
        out["actual"] = {"value": D(a[0])}
        if a[1]:
            out["actual"]["unit"] = a[1]
    for key in ("ded", "n", "sample", "l1", "l2"):
        if key in extra:
            value = extra.pop(key)
            target_key = {"ded": "stated_deduction", "n": "number", "l1": "level1", "l2": "level2"}.get(key)
            if key == "sample":
                out["evidence"] = {"sample_size": value}
            elif key == "ded":
                out[target_key] = D(value)  # type: ignore[index]
            else:
                out[target_key] = value  # type: ignore[index]
    out.update(extra)
    return out

def numbered(indicators: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for i, item in enumerate(indicators, start=1):
        item.setdefault("number", i)
    return indicators

def total(indicators: list[dict[str, Any]]) -> Decimal:
    return sum((i["stated_score"] for i in indicators), D(0))

def budget(initial: str, adjusted: str, executed: str, rate: str, income: list[tuple[str, str]] | None = None,
           expenditure: list[tuple[str, str]] | None = None, carry: str | None = None,
           income_total: str | None = None) -> dict[str, Any]:
    b: dict[str, Any] = {"initial": D(initial), "adjusted": D(adjusted), "executed": D(executed),
                         "stated_execution_rate": D(rate)}
    if income:
        b["income_items"] = [{"name": n, "amount": D(v)} for n, v in income]
        b["income_total"] = D(income_total) if income_total else sum((D(v) for _, v in income), D(0))
    if expenditure:
        b["expenditure_items"] = [{"name": n, "amount": D(v)} for n, v in expenditure]
        b["expenditure_total"] = sum((D(v) for _, v in expenditure), D(0))
    if carry is not None:
        b["carry_over"] = D(carry)
    return b
