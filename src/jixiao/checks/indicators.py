"""What the checks need to know about an indicator: its stated score, whether it is
quantitative, a rate, a satisfaction survey. Shared helpers, no checks here."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model import Comparator, Indicator, Target
from jixiao.numbers import format_number, format_score

_RATE_NAME = re.compile(r"(率|满意度|知晓度|占比|比例|比重)$")
_COUNT_NAME = re.compile(r"(次数|数量|个数|人数|户数|人次|件数|起数|天数|时长|面积|长度|金额)$")
_SATISFACTION = re.compile(r"满意")


def stated_score(indicator: Indicator) -> Decimal | None:
    """The score the document states: ``stated_score``, else weight − stated deduction, else None."""
    if indicator.stated_score is not None:
        return indicator.stated_score
    if indicator.stated_deduction is not None and indicator.weight is not None:
        return indicator.weight - indicator.stated_deduction
    return None


def weight_text(indicator: Indicator) -> str:
    """The weight as a finding shows it: ``10``, or ``未列`` when the document states none."""
    return format_score(indicator.weight) if indicator.weight is not None else "未列"


def has_full_score(indicator: Indicator) -> bool:
    """The stated score reaches a stated, non-zero weight (unknown without a weight: False)."""
    score, weight = stated_score(indicator), indicator.weight
    return score is not None and weight is not None and weight > 0 and score >= weight


def unweighted(indicators: list[Indicator]) -> list[int]:
    """Positions of the indicators whose weight the document does not state."""
    return [i for i, ind in enumerate(indicators) if ind.weight is None]


def score_path(index: int, indicator: Indicator) -> str:
    """The field the stated score of indicator ``index`` is read from (its score, else its deduction)."""
    field = "stated_score" if indicator.stated_score is not None or indicator.stated_deduction is None \
        else "stated_deduction"
    return f"indicators[{index}].{field}"


def is_rate(indicator: Indicator) -> bool:
    """A rate or a percentage: named …率/…满意度 or measured in %."""
    units = {indicator.actual.unit if indicator.actual else "", indicator.target.unit if indicator.target else ""}
    return "%" in units or "％" in units or bool(_RATE_NAME.search(indicator.name.strip()))


def is_satisfaction(indicator: Indicator) -> bool:
    return bool(_SATISFACTION.search(indicator.name))


def is_quantitative(indicator: Indicator) -> bool:
    """Measured by a figure: a numeric target or actual, a unit, or a rate/count name.

    An indicator judged by a qualitative tier (达成/部分达成/未达成) with no numeric target is not.
    """
    target, actual = indicator.target, indicator.actual
    if target is not None and target.value is not None:
        return True
    if actual is not None and actual.value is not None:
        return True
    if actual is not None and actual.tier is not None:
        return False
    if target is not None and target.text and target.value is None and not target.unit:
        return False
    if (actual is not None and actual.unit) or (target is not None and target.unit):
        return True
    return bool(_RATE_NAME.search(indicator.name.strip()) or _COUNT_NAME.search(indicator.name.strip()))


def has_target(indicator: Indicator) -> bool:
    """A target value, or at least a written target."""
    target = indicator.target
    return target is not None and (target.value is not None or bool(target.text and target.text.strip()))


def meets_target(actual: Decimal, comparator: Comparator, target: Decimal, tolerance: Decimal) -> bool:
    """Whether ``actual`` satisfies ``comparator target`` (equality within ``tolerance``)."""
    if comparator is Comparator.GE:
        return actual >= target - tolerance
    if comparator is Comparator.GT:
        return actual > target
    if comparator is Comparator.LE:
        return actual <= target + tolerance
    if comparator is Comparator.LT:
        return actual < target
    return abs(actual - target) <= tolerance


def target_shown(target: Target, unit: str) -> str:
    """A numeric target as a finding shows it: a range as the document wrote it ("85%-90%", never the "≥85%" it is
    read as), else its sign, figure and ``unit``."""
    if target.upper is not None and target.text:
        return target.text.strip()
    return f"{target.comparator.value}{format_number(target.value or Decimal(0))}{unit}"


def units_compatible(indicator: Indicator) -> bool:
    """Target and actual can be compared: same unit, or one of them has none."""
    if indicator.target is None or indicator.actual is None:
        return False
    a, b = indicator.target.unit.strip(), indicator.actual.unit.strip()
    return not a or not b or a.replace("％", "%") == b.replace("％", "%")
