"""Planted defects: each changes what a clean report states so that one review check fires.

Every planter takes the evaluation and a random source, changes the stated facts in place and
returns True when it could apply (a project report has no income items to break, for instance).
Planters keep the rest of the report consistent where they can (a changed score moves the stated
total, and the grade follows the new total), so that each defect stands alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

from jixiao.model import Evaluation, Grade, Indicator, NamedAmount
from jixiao.synth.figures import grade_of

Planter = Callable[[Evaluation, random.Random], bool]
GRADES = [Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR]


def _retotal(evaluation: Evaluation, delta: Decimal) -> None:
    """Move the stated total by ``delta`` and let the stated grade follow it."""
    assert evaluation.stated_total is not None
    evaluation.stated_total = evaluation.stated_total + delta
    evaluation.stated_grade = grade_of(evaluation.stated_total)


def _full(evaluation: Evaluation, min_weight: int = 0) -> list[Indicator]:
    return [i for i in evaluation.indicators if i.stated_score == i.weight and i.weight >= min_weight
            and i.name != "预算执行率"]


def total_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    assert evaluation.stated_total is not None
    delta = Decimal(rng.choice([-3, -2, -1, 1, 2, 3])) / rng.choice([1, 2])
    if evaluation.stated_total + delta > 100:
        delta = -abs(delta)
    _retotal(evaluation, delta)
    return True


def grade_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    assert evaluation.stated_grade is not None
    index = GRADES.index(evaluation.stated_grade)
    evaluation.stated_grade = GRADES[index + 1] if index == 0 else GRADES[index - 1]
    return True


def weights_not_100(evaluation: Evaluation, rng: random.Random) -> bool:
    """A full-score indicator loses 5 points of weight and score: still consistent, but Σ weights = 95."""
    candidates = _full(evaluation, min_weight=10)
    if not candidates:
        return False
    ind = rng.choice(candidates)
    ind.weight = ind.weight - 5
    ind.stated_score = ind.weight
    _retotal(evaluation, Decimal(-5))
    return True


def _break_item(items: list[NamedAmount], rng: random.Random) -> bool:
    if not items:
        return False
    item = rng.choice(items)
    item.amount = item.amount + Decimal(rng.randint(500, 50000)) / 100
    return True


def income_sum_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    return _break_item(evaluation.budget.income_items, rng)


def expenditure_sum_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    return _break_item(evaluation.budget.expenditure_items, rng)


def staff_sum_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    parts = evaluation.unit.staff_parts
    if len(parts) < 2:
        return False
    part = rng.choice(parts)
    part.count += rng.randint(1, 5)
    return True


def score_over_weight(evaluation: Evaluation, rng: random.Random) -> bool:
    candidates = _full(evaluation)
    if not candidates:
        return False
    ind = rng.choice(candidates)
    extra = Decimal(rng.randint(1, 3))
    ind.stated_score = ind.weight + extra
    _retotal(evaluation, extra)
    return True


def score_not_recomputable(evaluation: Evaluation, rng: random.Random) -> bool:
    """A full-score indicator (target met) states a lower score; the note explains nothing new."""
    candidates = _full(evaluation, min_weight=5)
    if not candidates:
        return False
    ind = rng.choice(candidates)
    cut = Decimal(rng.randint(100, 300)) / 100
    ind.stated_score = ind.weight - cut
    ind.deviation_note = "经评审小组综合评议，酌情扣分"
    _retotal(evaluation, -cut)
    return True


def execution_rate_mismatch(evaluation: Evaluation, rng: random.Random) -> bool:
    budget = evaluation.budget
    if budget.stated_execution_rate is None:
        return False
    shift = Decimal(rng.randint(150, 600)) / 100
    rate = budget.stated_execution_rate
    budget.stated_execution_rate = rate - shift if rate + shift > 100 else rate + shift
    for ind in evaluation.indicators:
        if ind.name == "预算执行率" and ind.actual is not None:
            ind.actual.value = budget.stated_execution_rate
    return True


def numbering_gap(evaluation: Evaluation, rng: random.Random) -> bool:
    if len(evaluation.indicators) < 3:
        return False
    start = rng.randint(1, len(evaluation.indicators) - 1)
    for ind in evaluation.indicators[start:]:
        assert ind.number is not None
        ind.number += 1
    return True


PLANTERS: dict[str, Planter] = {
    "TOTAL_MISMATCH": total_mismatch,
    "GRADE_MISMATCH": grade_mismatch,
    "WEIGHTS_NOT_100": weights_not_100,
    "INCOME_SUM_MISMATCH": income_sum_mismatch,
    "EXPENDITURE_SUM_MISMATCH": expenditure_sum_mismatch,
    "STAFF_SUM_MISMATCH": staff_sum_mismatch,
    "SCORE_OVER_WEIGHT": score_over_weight,
    "SCORE_NOT_RECOMPUTABLE": score_not_recomputable,
    "EXECUTION_RATE_MISMATCH": execution_rate_mismatch,
    "NUMBERING_GAP": numbering_gap,
}


def plant(evaluation: Evaluation, code: str, rng: random.Random) -> bool:
    """Plant the defect ``code``; False when this report cannot carry it."""
    return PLANTERS[code](evaluation, rng)
