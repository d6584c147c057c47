"""The lure set's facts record: the eighteenth set's, with nothing planted (every report of this set is clean).

Every unit, person and figure here is invented.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from eighteenth_facts import EARNED, Facts, Row, facts
from twentieth_facts import indicators


def clean(kind: str, year: int, unit: Facts, budget: Facts, inds: list[Facts], stated_total: Decimal,
          project: Facts | None = None, **extra: Any) -> Facts:
    """The expected facts of a clean report: no ``planted`` key."""
    record = facts(kind, year, unit, budget, inds, stated_total, project, **{"stated_grade": EARNED, **extra})
    record.pop("planted")
    return record


def form_indicators(rt: Decimal, es: Decimal, rows: list[Row]) -> list[Facts]:
    """The form's indicators: its 预算执行 row (预算执行 / 预算执行 / 预算执行率, target 100%) first, then ``rows``."""
    return indicators(rt, es, rows, level1="预算执行", level2="预算执行", target={"value": Decimal(100), "unit": "%"})
