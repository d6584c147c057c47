"""The figures a report shows, decided once for every writer: which score, total and grade to print,
and how targets and actual values read in Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.model import Actual, Comparator, Evaluation, Grade, Indicator, Target
from jixiao.numbers import format_number, percent_of
from jixiao.scoring.receipt import EvaluationScore, IndicatorScore


@dataclass(frozen=True)
class ShownIndicator:
    """One indicator as the report shows it: the stated score when the evaluation has one, else the
    computed one (``computed_shown`` then True)."""

    indicator: Indicator
    result: IndicatorScore | None
    score: Decimal | None
    computed_shown: bool


@dataclass(frozen=True)
class Figures:
    indicators: list[ShownIndicator]
    total: Decimal
    grade: Grade
    total_is_stated: bool
    execution_rate: Decimal | None


def shown_figures(evaluation: Evaluation, score: EvaluationScore) -> Figures:
    """Stated figures where the evaluation states them (the report is reproduced faithfully), else computed."""
    by_index = {result.index: result for result in score.indicators}
    shown = []
    for index, indicator in enumerate(evaluation.indicators):
        result = by_index.get(index)
        if indicator.stated_score is not None:
            shown.append(ShownIndicator(indicator, result, indicator.stated_score, False))
        else:
            value = result.score if result is not None else None
            shown.append(ShownIndicator(indicator, result, value, value is not None))
    total = evaluation.stated_total if evaluation.stated_total is not None else score.total
    grade = evaluation.stated_grade if evaluation.stated_grade is not None else score.grade
    return Figures(shown, total, grade, evaluation.stated_total is not None, execution_rate(evaluation))


def execution_rate(evaluation: Evaluation) -> Decimal | None:
    """预算执行率 as the evaluation states it, else executed ÷ adjusted (or ÷ initial)."""
    budget = evaluation.budget
    if budget.stated_execution_rate is not None:
        return budget.stated_execution_rate
    base = budget.adjusted if budget.adjusted is not None else budget.initial
    if budget.executed is None or base is None or base == 0:
        return None
    return percent_of(budget.executed, base)


def _with_unit(value: Decimal, unit: str) -> str:
    return f"{format_number(value)}{unit}"


def target_text(target: Target | None) -> str:
    """``≥95%``, ``=0次``, or the qualitative text; empty when there is no target."""
    if target is None:
        return ""
    if target.value is None:
        return target.text or ""
    prefix = "" if target.comparator == Comparator.EQ else target.comparator.value
    return f"{prefix}{_with_unit(target.value, target.unit)}"


def actual_text(actual: Actual | None) -> str:
    """``93.55%``, ``0次``, a tier (达成) or the description; empty when unknown."""
    if actual is None:
        return ""
    if actual.value is not None:
        return _with_unit(actual.value, actual.unit)
    if actual.tier is not None:
        return actual.tier.value
    return actual.text or ""


def is_execution_indicator(indicator: Indicator) -> bool:
    """The budget execution-rate indicator (预算执行率 / 资金执行率), shown in the money block of the table."""
    return "执行率" in indicator.name and ("预算" in indicator.name or "资金" in indicator.name)
