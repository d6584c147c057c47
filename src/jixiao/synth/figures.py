"""Consistent figures for one synthetic report: unit, staff, budget, indicators, scores, total, grade.

Scores follow the central rules of the domain notes (§5, §6), computed here independently of the
scoring engine so that tests compare two implementations: a positive indicator scores
``w · min(1, B/A)``, a reverse one is always met (``w``), a zero-target count of 0 scores ``w``, the
execution rate scores ``w · min(1, executed/adjusted)``; each score is rounded half-up to 2 decimals
and the total is the sum of the rounded scores.
"""

from __future__ import annotations

import random
from decimal import Decimal

from jixiao.model import (
    Actual,
    Budget,
    Comparator,
    Evaluation,
    Evidence,
    Grade,
    Indicator,
    Kind,
    NamedAmount,
    Project,
    StaffPart,
    Target,
    Unit,
)
from jixiao.numbers import round2
from jixiao.synth import catalog
from jixiao.synth.catalog import IndicatorSpec

HUNDRED = Decimal(100)
GRADE_BANDS = {  # achievement ratio ranges that tend to land a report in each grade
    Grade.EXCELLENT: (0.93, 1.15),
    Grade.GOOD: (0.78, 0.95),
    Grade.FAIR: (0.55, 0.8),
    Grade.POOR: (0.3, 0.55),
}
GRADE_CHOICES = [Grade.EXCELLENT] * 5 + [Grade.GOOD] * 3 + [Grade.FAIR] * 2 + [Grade.POOR] * 2
SAMPLE_SIZES = (50, 100, 200, 250, 400, 500)


def weight_of(indicator: Indicator) -> Decimal:
    """A generated indicator's weight (the generator always sets one)."""
    if indicator.weight is None:
        raise ValueError(f"合成指标“{indicator.name}”没有分值")
    return indicator.weight


def grade_of(total: Decimal) -> Grade:
    """Default bands of the domain notes §4: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差."""
    if total >= 90:
        return Grade.EXCELLENT
    if total >= 80:
        return Grade.GOOD
    if total >= 60:
        return Grade.FAIR
    return Grade.POOR


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount in 万元 with 2 decimals."""
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _split(rng: random.Random, total: Decimal, parts: int) -> list[Decimal]:
    """``total`` split into ``parts`` positive amounts with 2 decimals that sum exactly to it."""
    cents = int(total * 100)
    cuts = sorted(rng.sample(range(1, cents), parts - 1))
    bounds = [0, *cuts, cents]
    return [Decimal(bounds[i + 1] - bounds[i]) / 100 for i in range(parts)]


def _weights(rng: random.Random, total: int, parts: int, step: int = 5) -> list[int]:
    """``parts`` weights, multiples of ``step`` (each ≥ step), summing to ``total``."""
    units = total // step
    parts = min(parts, units)
    cuts = sorted(rng.sample(range(1, units), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, units]
    return [(bounds[i + 1] - bounds[i]) * step for i in range(parts)]


def make_unit(rng: random.Random, kind: Kind) -> Unit:
    region = rng.choice(catalog.REGIONS)
    unit_type, pattern = rng.choice(catalog.UNIT_PATTERNS)
    name = region + pattern.format(
        town=rng.choice(catalog.TOWNS), street=rng.choice(catalog.STREETS),
        school=rng.choice(catalog.SCHOOL_NAMES), centre=rng.choice(catalog.CENTRES),
    )
    if kind is Kind.PROJECT:
        return Unit(name=name, region=region)
    internal = rng.sample(catalog.INTERNAL_BODIES, rng.randint(3, 6))
    subordinate = rng.sample(catalog.SUBORDINATE_BODIES, rng.randint(0, 4))
    own = rng.randint(15, 90)
    parts = [StaffPart(name="本级" if unit_type not in ("town", "street") else "本级机关", count=own)]
    parts += [StaffPart(name=body, count=rng.randint(5, 30)) for body in subordinate]
    return Unit(
        name=name, region=region,
        duties=[f"负责本{_short(unit_type)}职责范围内的{topic}工作。" for topic in rng.sample(
            ["综合协调", "财务管理", "公共服务", "安全监管", "政策宣传", "规划建设", "社会事务", "民生保障"], 3)],
        internal_bodies=internal, subordinate_bodies=subordinate,
        staff_total=sum(p.count for p in parts), staff_parts=parts,
    )


def _short(unit_type: str) -> str:
    return {"town": "镇", "street": "街道", "school": "校", "hospital": "院"}.get(unit_type, "单位")


def make_budget(rng: random.Random, kind: Kind, rate_band: tuple[float, float]) -> Budget:
    """Initial, adjusted and executed budget (executed/adjusted drawn in ``rate_band``); for a
    whole-unit report, income and expenditure items summing to the executed amount."""
    scale = (800, 20000) if kind is Kind.WHOLE_UNIT else (50, 3000)
    initial = _money(rng, *scale)
    big_change = rng.random() < 0.25
    change = rng.uniform(0.22, 0.6) if big_change else rng.uniform(-0.15, 0.18)
    adjusted = round2(initial * Decimal(str(1 + change)))
    while True:  # the score from the stated (rounded) rate must equal the one from the amounts
        rate = min(1.0, rng.uniform(*rate_band))
        executed = round2(adjusted * Decimal(str(rate)))
        stated_rate = round2(executed / adjusted * HUNDRED)
        if all(round2(w * executed / adjusted) == round2(w * stated_rate / HUNDRED) for w in (10, 15, 20)):
            break
    budget = Budget(initial=initial, adjusted=adjusted, executed=executed, stated_execution_rate=stated_rate)
    if abs(adjusted - initial) / initial * HUNDRED > 20:
        budget.adjustment_note = rng.choice([
            "年中追加了上级转移支付资金及专项债券资金，预算相应调增",
            "年度内新增重点任务，经批准追加预算",
            "部分项目因政策调整取消，预算相应调减",
        ])
    if executed < adjusted:
        budget.execution_note = rng.choice([
            "部分项目资金于年末下达，尚未支付完毕，结转下年继续使用",
            "部分工程尚未完成竣工结算，剩余资金按规定结转",
            "政府采购节约资金未支出，已按规定收回",
        ])
    if kind is Kind.WHOLE_UNIT:
        n_income = rng.choice([2, 2, 3])
        budget.income_total = executed
        budget.income_items = [NamedAmount(name=name, amount=amount) for name, amount in zip(
            catalog.INCOME_ITEMS[:n_income], _split(rng, executed, n_income), strict=True)]
        budget.expenditure_total = executed
        budget.expenditure_items = [NamedAmount(name=name, amount=amount) for name, amount in zip(
            catalog.EXPENDITURE_ITEMS, _split(rng, executed, 2), strict=True)]
    return budget


def _percent(rng: random.Random, value: float) -> Decimal:
    """A stated percentage: an integer or one decimal."""
    return Decimal(round(value)) if rng.random() < 0.6 else Decimal(str(round(value, 1)))


def make_indicator(rng: random.Random, spec: IndicatorSpec, weight: int, ratio: float,
                   budget: Budget) -> Indicator:
    """An indicator with target, actual and the stated score the central rules give."""
    w = Decimal(weight)
    ind = Indicator(name=spec.name, weight=w, level1=spec.level1, level2=spec.level2)
    if spec.mode == "execution":
        assert budget.executed is not None and budget.adjusted is not None
        ind.actual = Actual(value=budget.stated_execution_rate, unit="%")  # reports state no target for it
        ind.stated_score = round2(w * min(Decimal(1), budget.executed / budget.adjusted))
    elif spec.mode in ("reverse", "zero"):
        target = rng.choice(spec.targets)
        ind.target = Target(comparator=Comparator.LE, value=target, unit=spec.unit)
        actual = Decimal(0) if spec.mode == "zero" else _percent(rng, float(target) * rng.uniform(0.7, 1.0))
        ind.actual = Actual(value=min(actual, target), unit=spec.unit)
        ind.stated_score = w
    else:
        target = rng.choice(spec.targets)
        ind.target = Target(comparator=Comparator.GE, value=target, unit=spec.unit)
        if ratio >= 1:  # met: somewhat above the target but below 130% of it, and never above 100%
            high = float(target) * rng.uniform(1.0, 1.2)
            if spec.unit == "%":
                high = min(high, 100.0)
        else:
            high = float(target) * ratio
        if spec.mode == "survey":
            n = rng.choice(SAMPLE_SIZES)
            k = max(1, min(n, round(high / 100 * n)))
            if ratio >= 1 and Decimal(k) / n * HUNDRED < target:
                k = min(n, k + 1)
            actual = round2(Decimal(k) / n * HUNDRED)
            ind.evidence = Evidence(sample_size=n, description=f"发放问卷{n}份，满意{k}份")
        elif spec.unit == "%":
            actual = _percent(rng, high)
        else:
            actual = Decimal(max(0, round(high)))
        if actual < target and ratio >= 1:
            actual = target
        ind.actual = Actual(value=actual, unit=spec.unit)
        ind.stated_score = round2(w * min(Decimal(1), actual / target)) if target else w
    if ind.stated_score is not None and ind.stated_score < w:
        ind.deviation_note = rng.choice([
            "受资金到位时间影响，部分工作未按计划完成，下一步将加快推进",
            "实施过程中遇到客观困难，完成值低于年度目标，已制定整改措施",
            "因政策调整导致进度滞后，将加强跟踪管理",
        ])
    return ind


def _whole_unit_specs(rng: random.Random) -> tuple[list[IndicatorSpec], list[int]]:
    specs = rng.sample(catalog.WHOLE_UNIT_INDICATORS, rng.randint(6, 11))
    specs.insert(rng.randint(0, 3), catalog.EXECUTION)
    exec_weight = rng.choice([10, 15, 20])
    others = _weights(rng, 100 - exec_weight, len(specs) - 1)
    specs = specs[: len(others) + 1]
    weights = []
    it = iter(others)
    for spec in specs:
        weights.append(exec_weight if spec is catalog.EXECUTION else next(it))
    return specs, weights


def _project_specs(rng: random.Random, project: catalog.ProjectSpec) -> tuple[list[IndicatorSpec], list[int]]:
    outputs = rng.sample(project.output, rng.randint(3, len(project.output)))
    benefits = rng.sample(project.benefit, rng.randint(1, len(project.benefit)))
    specs = [catalog.EXECUTION, *outputs, *benefits, project.satisfaction]
    weights = [10, *_weights(rng, 50, len(outputs)), *_weights(rng, 30, len(benefits)), 10]
    return specs, weights


def make_evaluation(rng: random.Random, kind: Kind, year: int, wanted: Grade) -> Evaluation:
    """A clean, internally consistent evaluation aiming at the grade ``wanted``."""
    unit = make_unit(rng, kind)
    project_spec = rng.choice(catalog.PROJECTS) if kind is Kind.PROJECT else None
    low, high = GRADE_BANDS[wanted]
    best: Evaluation | None = None
    for _ in range(40):
        budget = make_budget(rng, kind, (max(0.3, low), min(1.0, high + 0.05)))
        specs, weights = (_project_specs(rng, project_spec) if project_spec
                          else _whole_unit_specs(rng))
        indicators = []
        for number, (spec, weight) in enumerate(zip(specs, weights, strict=True), start=1):
            ratio = rng.uniform(low, high)
            ind = make_indicator(rng, spec, weight, ratio, budget)
            ind.number = number
            indicators.append(ind)
        total = sum((i.stated_score or Decimal(0) for i in indicators), Decimal(0))
        evaluation = Evaluation(
            kind=kind, year=year, unit=unit, budget=budget, indicators=indicators,
            stated_total=total, stated_grade=grade_of(total),
            project=Project(name=f"{project_spec.name}项目", implementing_unit=unit.name) if project_spec else None,
        )
        best = evaluation
        if evaluation.stated_grade is wanted:
            break
    assert best is not None
    title_kind = "整体支出绩效自评报告" if kind is Kind.WHOLE_UNIT else "项目支出绩效自评报告"
    subject = unit.name if best.project is None else f"{unit.name}{best.project.name}"
    best.title = f"{subject}{year}年度{title_kind}"
    return best
