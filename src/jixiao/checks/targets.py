"""Targets: every quantitative indicator states one, and a full score means it was met."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Fact, Finding, Severity
from jixiao.checks.indicators import (
    has_full_score,
    has_target,
    is_quantitative,
    meets_target,
    score_path,
    stated_score,
    target_shown,
    units_compatible,
    weight_text,
)
from jixiao.checks.registry import check
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import HUNDRED, format_number, format_score


@check("TARGET_MISSING", Severity.WARNING, "定量指标未写明年度指标值",
       "每个定量指标都应写明年度指标值（目标值），否则得分无法按规则重算、满分无从核对；"
       "预算执行率的目标由其规则确定（全年预算），不在此列。")
def target_missing(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if not is_quantitative(ind) or has_target(ind) or ctx.is_execution_indicator(ind):
            continue
        actual = ind.actual
        has_value = actual is not None and actual.value is not None
        numbers = {"weight": weight_text(ind)}
        if actual is not None and actual.value is not None:
            numbers["actual"] = f"{format_number(actual.value)}{actual.unit}"
        shown = f"实际完成值 {numbers['actual']}" if has_value else "实际完成值也没有数值"
        score = stated_score(ind)
        if score is not None:
            numbers["stated"] = format_score(score)
        tail = f"，报告得分 {numbers['stated']} 分无法按规则核对" if score is not None else ""
        facts = [ctx.fact(f"indicators[{i}].target", "未写"), ctx.fact(f"indicators[{i}].weight", numbers["weight"])]
        if "actual" in numbers:
            facts.append(ctx.fact(f"indicators[{i}].actual", numbers["actual"]))
        if score is not None:
            facts.append(ctx.fact(score_path(i, ind), numbers["stated"]))
        findings.append(ctx.finding(
            "TARGET_MISSING", f"{ctx.label(i, ind)}（分值 {numbers['weight']} 分）：未写明年度指标值，"
                              f"{shown}{tail}", f"indicators[{i}].target", numbers, facts=facts))
    return findings


@check("FULL_SCORE_BELOW_TARGET", Severity.ERROR, "未达到年度指标值却得满分",
       "实际完成值未达到年度指标值（按其比较符 ≥ ≤ = > <）时，该指标不应得满分；"
       "按评分规则算出的得分四舍五入后仍是满分的（如 5 × 99.9% = 4.995 → 5.00）除外。")
def full_score_below_target(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        target, actual, score = ind.target, ind.actual, stated_score(ind)
        if (target is None or actual is None or target.value is None or actual.value is None
                or score is None or not has_full_score(ind) or not units_compatible(ind)):
            continue
        if meets_target(actual.value, target.comparator, target.value, ctx.limits.tolerance) \
                or _share_meets(ind, ctx.limits.tolerance):
            continue
        recomputed = ctx.indicator_score(i)
        if recomputed is not None and recomputed.computed is not None and recomputed.computed >= (ind.weight or 0):
            continue  # the rule itself gives the full score once rounded (5 × 99.9% = 4.995 → 5.00)
        unit = target.unit or actual.unit
        numbers = {"actual": f"{format_number(actual.value)}{actual.unit or unit}",
                   "target": target_shown(target, unit),
                   "score": format_score(score), "weight": weight_text(ind)}
        findings.append(ctx.finding(
            "FULL_SCORE_BELOW_TARGET",
            f"{ctx.label(i, ind)}：实际完成值 {numbers['actual']} 未达到年度指标值 {numbers['target']}，"
            f"却得满分 {numbers['score']} 分", f"indicators[{i}].stated_score", numbers,
            facts=full_score_facts(ctx, i, ind, numbers, f"indicators[{i}].actual.value"),
            arithmetic=f"{numbers['actual']} 不满足 {numbers['target']}；"
                       f"得分 {numbers['score']} = 分值 {numbers['weight']}"))
    return findings


def full_score_facts(ctx: CheckContext, i: int, ind: Indicator, numbers: dict[str, str],
                     actual_path: str) -> list[Fact]:
    """The facts a full score against an unmet target rests on: the actual, the target, the score and the weight."""
    return [ctx.fact(actual_path, numbers["actual"]), ctx.fact(f"indicators[{i}].target", numbers["target"]),
            ctx.fact(score_path(i, ind), numbers["score"]), ctx.fact(f"indicators[{i}].weight", numbers["weight"])]


def _share_meets(ind: Indicator, tolerance: Decimal) -> bool:
    """实际完成值 0.945 (no unit) against ≥90%: a share written as a fraction (its % lost, or never written) is just as
    plausible a reading, and read so (94.5%) it meets the target: no error can rest on the other reading."""
    target, actual = ind.target, ind.actual
    if target is None or actual is None or target.value is None or actual.value is None or actual.unit.strip():
        return False
    return target.unit.strip() in ("%", "％") and 0 < actual.value <= 1 < target.value \
        and meets_target(actual.value * HUNDRED, target.comparator, target.value, tolerance)
