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

from jixiao.model import Actual, Comparator, Evaluation, Grade, Indicator, NamedAmount, StaffPart, Target
from jixiao.numbers import round2
from jixiao.synth.figures import grade_of, weight_of

Planter = Callable[[Evaluation, random.Random], bool]
GRADES = [Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR]


def _retotal(evaluation: Evaluation, delta: Decimal) -> None:
    """Move the stated total by ``delta`` and let the stated grade follow it."""
    assert evaluation.stated_total is not None
    evaluation.stated_total = evaluation.stated_total + delta
    evaluation.stated_grade = grade_of(evaluation.stated_total)


def _full(evaluation: Evaluation, min_weight: int = 0) -> list[Indicator]:
    return [i for i in evaluation.indicators if i.stated_score == weight_of(i) and weight_of(i) >= min_weight
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
    ind.weight = weight_of(ind) - 5
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
    ind.stated_score = weight_of(ind) + extra
    _retotal(evaluation, extra)
    return True


def score_not_recomputable(evaluation: Evaluation, rng: random.Random) -> bool:
    """A full-score indicator (target met) states a lower score; the note explains nothing new."""
    candidates = _full(evaluation, min_weight=5)
    if not candidates:
        return False
    ind = rng.choice(candidates)
    cut = Decimal(rng.randint(100, 300)) / 100
    ind.stated_score = weight_of(ind) - cut
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


def _execution(evaluation: Evaluation) -> Indicator | None:
    return next((i for i in evaluation.indicators if i.name == "预算执行率"), None)


def _spend(evaluation: Evaluation, executed: Decimal) -> None:
    """Set the executed amount, the stated rate and the execution indicator's actual and score to
    match it (the score moves the total); the whole unit's income and expenditure stay as they were."""
    budget = evaluation.budget
    assert budget.adjusted is not None
    budget.executed = executed
    budget.stated_execution_rate = round2(executed / budget.adjusted * 100)
    budget.execution_note = None if executed >= budget.adjusted else budget.execution_note
    ind = _execution(evaluation)
    if ind is not None and ind.actual is not None and ind.stated_score is not None:
        ind.actual.value = budget.stated_execution_rate
        score = round2(weight_of(ind) * min(Decimal(1), executed / budget.adjusted))
        _retotal(evaluation, score - ind.stated_score)
        ind.stated_score = score


def execution_over_100(evaluation: Evaluation, rng: random.Random) -> bool:
    """More spent than budgeted (executed 102–112 % of the budget); income and expenditure follow."""
    budget = evaluation.budget
    if budget.adjusted is None:
        return False
    executed = round2(budget.adjusted * Decimal(rng.randint(102, 112)) / 100)
    for total, items in (("income_total", budget.income_items), ("expenditure_total", budget.expenditure_items)):
        if items:
            items[-1].amount += executed - (getattr(budget, total) or Decimal(0))
            setattr(budget, total, executed)
    _spend(evaluation, executed)
    return True


def executed_vs_expenditure(evaluation: Evaluation, rng: random.Random) -> bool:
    """The executed amount copied from the budget (100 %) while the year's expenditure stays lower."""
    budget = evaluation.budget
    if budget.adjusted is None or budget.expenditure_total is None or budget.expenditure_total >= budget.adjusted:
        return False
    _spend(evaluation, budget.adjusted)
    return True


def retirees_in_staff(evaluation: Evaluation, rng: random.Random) -> bool:
    unit = evaluation.unit
    if unit.staff_total is None or not unit.staff_parts:
        return False
    retired = rng.randint(3, 25)
    unit.staff_parts.append(StaffPart(name="退休人员", count=retired))
    unit.staff_total += retired
    return True


_OTHER_UNIT = {"人次": "人", "亩": "公顷", "公里": "米", "万平方米": "平方米"}


def mixed_units(evaluation: Evaluation, rng: random.Random) -> bool:
    """A count's actual written in another unit than its target (1200亩 against 1200公顷); failing
    that, the initial budget written in 元 where the report counts in 万元."""
    candidates = [i for i in evaluation.indicators
                  if i.actual is not None and i.actual.unit in _OTHER_UNIT and i.actual.value and not i.deviation_note]
    if candidates:
        ind = rng.choice(candidates)
        assert ind.actual is not None
        ind.actual.unit = _OTHER_UNIT[ind.actual.unit]
        return True
    budget = evaluation.budget
    if budget.initial is None:
        return False
    budget.initial = budget.initial * 10000
    budget.adjustment_note = budget.adjustment_note or "年中追加了上级转移支付资金，预算相应调增"
    return True


def template_left(evaluation: Evaluation, rng: random.Random) -> bool:
    """A duty still reads as the template wrote it ("负责XX工作")."""
    duties = evaluation.unit.duties
    if not duties:
        return False
    duties[rng.randrange(len(duties))] = rng.choice(["负责本单位职责范围内的XX工作。", "负责××相关工作。"])
    return True


def numbering_repeat(evaluation: Evaluation, rng: random.Random) -> bool:
    """A deviation note whose list says 二是 twice."""
    candidates = [i for i in evaluation.indicators if i.name != "预算执行率"]
    if not candidates:
        return False
    rng.choice(candidates).deviation_note = "一是加强工作调度；二是压实工作责任；二是强化跟踪监督"
    return True


def cost_actual_is_budget(evaluation: Evaluation, rng: random.Random) -> bool:
    """A project's cost indicator whose actual is the budget, while less was spent."""
    budget = evaluation.budget
    if evaluation.project is None or budget.adjusted is None or budget.executed is None \
            or budget.executed >= budget.adjusted:
        return False
    candidates = [i for i in evaluation.indicators if i.level2 == "成本指标"]
    if not candidates:
        return False
    ind = rng.choice(candidates)
    ind.name = "项目总成本"
    ind.target = Target(comparator=Comparator.LE, value=budget.adjusted, unit="万元")
    ind.actual = Actual(value=budget.adjusted, unit="万元")
    ind.deviation_note = None
    if ind.stated_score is not None:
        _retotal(evaluation, weight_of(ind) - ind.stated_score)
    ind.stated_score = ind.weight
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
    "EXECUTION_RATE_OVER_100": execution_over_100,
    "EXECUTED_VS_EXPENDITURE": executed_vs_expenditure,
    "RETIREES_IN_STAFF": retirees_in_staff,
    "MIXED_UNITS": mixed_units,
    "TEMPLATE_LEFT": template_left,
    "NUMBERING_REPEAT": numbering_repeat,
    "COST_ACTUAL_IS_BUDGET": cost_actual_is_budget,
}


def plant(evaluation: Evaluation, code: str, rng: random.Random) -> bool:
    """Plant the defect ``code``; False when this report cannot carry it."""
    return PLANTERS[code](evaluation, rng)
