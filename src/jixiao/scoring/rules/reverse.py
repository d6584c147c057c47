"""反向指标 (≤, <): the central ``w · min(1, A/B)`` and the linear variant
``w`` if B ≤ A, ``w·(2 − B/A)`` if A < B < 2A, else 0."""

from __future__ import annotations

from decimal import Decimal

from jixiao.scoring.rules.base import (
    ONE,
    ZERO,
    NotRecomputable,
    Outcome,
    Params,
    RuleContext,
    RuleType,
    pct,
    w,
)


def _inputs(ctx: RuleContext) -> tuple[Decimal, Decimal]:
    target, actual = ctx.values()
    if target < 0 or actual < 0:
        raise NotRecomputable(f"反向指标的目标值和实际值不能为负数（目标 {ctx.show(target)}，实际 {ctx.show(actual)}）")
    return target, actual


def compute_central(ctx: RuleContext) -> Outcome:
    target, actual = _inputs(ctx)
    inputs = {"目标值A": ctx.show(target), "实际值B": ctx.show(actual)}
    if actual == 0:
        return Outcome(raw=ctx.weight, inputs=inputs, formula=f"{w(ctx)}（B = 0 ≤ A）",
                       reasoning=f"{ctx.label}实际 {ctx.show(actual)}，不高于目标 {ctx.show(target)}，得满分", sep="，")
    ratio = target / actual
    return Outcome(
        raw=ctx.weight * min(ONE, ratio),
        inputs={**inputs, "A/B": pct(ratio)},
        formula=f"{w(ctx)} × min(1, {pct(ratio)})",
        reasoning=(f"{ctx.label}实际 {ctx.show(actual)}，目标不高于 {ctx.show(target)}，"
                   f"按 {w(ctx)} × min(1, A/B = {pct(ratio)})"),
    )


def compute_linear(ctx: RuleContext) -> Outcome:
    target, actual = _inputs(ctx)
    inputs = {"目标值A": ctx.show(target), "实际值B": ctx.show(actual)}
    head = f"{ctx.label}实际 {ctx.show(actual)}，目标不高于 {ctx.show(target)}"
    if actual <= target:
        return Outcome(raw=ctx.weight, inputs=inputs, formula=f"{w(ctx)}（B ≤ A）",
                       reasoning=f"{head}，达到目标得满分", sep="，")
    if actual >= 2 * target:
        return Outcome(raw=ZERO, inputs=inputs, formula="0（B ≥ 2A）",
                       reasoning=f"{head}，实际达到目标的 2 倍及以上，不得分", sep="，")
    ratio = actual / target
    return Outcome(
        raw=ctx.weight * (2 - ratio),
        inputs={**inputs, "B/A": pct(ratio)},
        formula=f"{w(ctx)} × (2 − {pct(ratio)})",
        reasoning=f"{head}，超出目标，按 {w(ctx)} × (2 − B/A = {pct(ratio)})",
    )


RULE_TYPE = RuleType(
    name="reverse",
    title="反向指标（中央口径）",
    formula="B = 0 时得 w；否则 w × min(1, A ÷ B)",
    params_model=Params,
    compute=compute_central,
)

LINEAR = RuleType(
    name="reverse_linear",
    title="反向指标（线性递减）",
    formula="B ≤ A 得 w；A < B < 2A 得 w × (2 − B ÷ A)；B ≥ 2A 得 0",
    params_model=Params,
    compute=compute_linear,
)

EXTRA_TYPES = (LINEAR,)
