"""What moves the grade: for one evaluation, the points each indicator can still gain and the
smallest single change that reaches the next grade band (``距"优"还差 1.2 分：全年执行数达到 …``).

Nothing here scores anything itself: every candidate change is scored by the scoring engine
(:func:`jixiao.scoring.score_evaluation`, the evaluation's own rule pack, its rounding and cap), and
the smallest one is found by bisection over the changed input (the engine's scores only grow as an
indicator's actual moves towards its target)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.model import Comparator, Evaluation, Grade, Tier
from jixiao.numbers import format_amount, format_number, format_score
from jixiao.scoring import EvaluationScore, score_evaluation
from jixiao.scoring.packs import RulePack

CENT = Decimal("0.01")
TIER_ORDER = [Tier.NOT_ACHIEVED, Tier.PARTIAL, Tier.ACHIEVED]
MAX_STEPS = 4


@dataclass(frozen=True)
class Gain:
    """An indicator below its weight: ``gain`` points still open."""

    number: int | None
    name: str
    score: Decimal
    weight: Decimal

    @property
    def gain(self) -> Decimal:
        return self.weight - self.score


@dataclass(frozen=True)
class Step:
    """One change that alone reaches the next band, with the total it gives (scored by the engine)."""

    name: str
    change: str
    total: Decimal


@dataclass(frozen=True)
class GradeHint:
    grade: Grade
    next_grade: Grade | None
    gap: Decimal
    gains: list[Gain] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @property
    def sentence(self) -> str:
        if self.next_grade is None:
            return f"已是最高等级「{self.grade.value}」"
        head = f"距\u201c{self.next_grade.value}\u201d还差 {format_score(self.gap)} 分"
        if not self.steps:
            return f"{head}：任何一项指标单独改变都不足以达到，需多项同时提高"
        return head + "：" + "；或".join(f"{s.change}即可" for s in self.steps)


def grade_hint(evaluation: Evaluation, score: EvaluationScore, pack: RulePack) -> GradeHint:
    """The hint for ``evaluation`` as scored (``score``) under ``pack``."""
    gains = [Gain(s.number, s.name, s.score, s.weight) for s in score.indicators
             if s.weight is not None and s.score < s.weight]  # no weight stated: no room to gain is known
    higher = sorted((band for band in pack.grade_bands if band.min > score.total), key=lambda band: band.min)
    if not higher:
        return GradeHint(score.grade, None, Decimal(0), gains)
    target = higher[0]
    steps: list[Step] = []
    for index, item in enumerate(score.indicators):
        if item.uses_stated or item.weight is None or item.score >= item.weight or len(steps) >= MAX_STEPS:
            continue
        step = _smallest_change(evaluation, index, pack, target.min)
        if step is not None:
            steps.append(step)
    return GradeHint(score.grade, target.grade, target.min - score.total, gains, steps)


def _total(evaluation: Evaluation, pack: RulePack) -> Decimal:
    return score_evaluation(evaluation, pack).total


def _smallest_change(evaluation: Evaluation, index: int, pack: RulePack, needed: Decimal) -> Step | None:
    indicator = evaluation.indicators[index]
    label = f"{indicator.name}"
    spec = pack.rule_for(indicator, evaluation)
    budget = evaluation.budget
    if spec is not None and spec.type == "execution_rate" and budget.executed is not None:
        base = max(v for v in (budget.adjusted, budget.initial, budget.executed) if v is not None)

        def with_executed(amount: Decimal) -> Evaluation:
            return evaluation.model_copy(update={"budget": budget.model_copy(update={"executed": amount})})

        found = _bisect(budget.executed, base, CENT, lambda x: _total(with_executed(x), pack) >= needed)
        if found is None:
            return None
        scored = score_evaluation(with_executed(found), pack)
        receipt = scored.indicators[index].receipt
        rate = receipt.inputs.get("执行率", "") if receipt is not None else ""
        change = f"全年执行数达到 {format_amount(found)} 万元" + (f"（预算执行率 {rate}）" if rate else "")
        return Step(label, change, scored.total)
    actual = indicator.actual
    if actual is None:
        return None

    def with_actual(**update: object) -> Evaluation:
        changed = indicator.model_copy(update={"actual": actual.model_copy(update=update)})
        rows = list(evaluation.indicators)
        rows[index] = changed
        return evaluation.model_copy(update={"indicators": rows})

    if actual.tier is not None:
        for tier in TIER_ORDER[TIER_ORDER.index(actual.tier) + 1:]:
            total = _total(with_actual(tier=tier), pack)
            if total >= needed:
                return Step(label, f"{label}评为「{tier.value}」", total)
        return None
    target = indicator.target
    if actual.value is None or target is None or target.value is None:
        return None
    if target.comparator in (Comparator.LE, Comparator.LT) and actual.value <= target.value:
        return None
    if target.comparator in (Comparator.GE, Comparator.GT) and actual.value >= target.value:
        return None
    step = Decimal(1) if _integral(actual.value) and _integral(target.value) else CENT
    found = _bisect(actual.value, target.value, step, lambda x: _total(with_actual(value=x), pack) >= needed)
    if found is None:
        return None
    total = _total(with_actual(value=found), pack)
    return Step(label, f"{label}达到 {format_number(found)}{actual.unit}", total)


def _integral(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _bisect(start: Decimal, end: Decimal, step: Decimal, good: Callable[[Decimal], bool]) -> Decimal | None:
    """The value nearest ``start`` on the way to ``end`` (in multiples of ``step``) that is ``good``,
    assuming good stays good further on; None when even ``end`` is not good."""
    if not good(end):
        return None
    direction = 1 if end >= start else -1
    count = int(abs(end - start) / step)
    low, high = 0, count  # good(start + high·step·direction) holds (or high reaches end)

    def at(k: int) -> Decimal:
        return end if k >= count else start + direction * step * k

    if good(at(0)):
        return at(0)
    while high - low > 1:
        middle = (low + high) // 2
        if good(at(middle)):
            high = middle
        else:
            low = middle
    return at(high)
