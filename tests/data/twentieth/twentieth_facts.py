"""Shared steps of the twentieth set's reports: the money block's rate, score and total, the budget record and the
indicator list; the builders and value helpers are the eighteenth and seventeenth sets'.

Every unit, person and figure here is invented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from eighteenth_facts import D, Facts, Row, exec_fact, indicator_fact, r2, rate, total


def scored(executed: str, adjusted: str, rows: list[Row]) -> tuple[Decimal, Decimal, Decimal]:
    """(执行率, its score out of 10, the form's total) of amounts written in 万元."""
    rt = rate(executed, adjusted)
    es = r2(10 * rt / 100)
    return rt, es, total(rows, es)


def money(initial: str, adjusted: str, executed: str, rt: Decimal) -> Facts:
    return {"initial": D(initial), "adjusted": D(adjusted), "executed": D(executed), "stated_execution_rate": rt}


def indicators(rt: Decimal, es: Decimal, rows: list[Row], **execution: Any) -> list[Facts]:
    """预算执行率 first (weight 10), then the rows."""
    return [exec_fact(10, rt, es, **execution)] + [indicator_fact(r) for r in rows]
