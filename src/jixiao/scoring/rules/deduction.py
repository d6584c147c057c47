"""扣分型指标 (每低/超 1 个百分点扣 N 分，扣完为止): ``max(0, w − N·Δ)``; Δ is the shortfall below the
target (≥, >) or the excess over it (≤, <), counted exactly or per whole step (e.g. per 5)."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from typing import Literal

from pydantic import Field

from jixiao.model import Comparator
from jixiao.numbers import format_number
from jixiao.scoring.rules.base import ZERO, Outcome, Params, RuleContext, RuleType, w


class DeductionParams(Params):
    points: Decimal = Field(default=Decimal(1), ge=0)
    step: Decimal | None = Field(default=None, gt=0)
    direction: Literal["auto", "below", "above"] = "auto"


def _amount(ctx: RuleContext, value: Decimal) -> str:
    """A gap in the indicator's unit: percentages as 个百分点."""
    unit = ctx.unit()
    return f"{format_number(value)} 个百分点" if unit == "%" else f"{format_number(value)}{unit}"


def compute(ctx: RuleContext) -> Outcome:
    params: DeductionParams = ctx.params
    target, actual = ctx.values()
    direction = params.direction
    if direction == "auto":
        comparator = ctx.indicator.target.comparator if ctx.indicator.target else Comparator.GE
        direction = "above" if comparator in (Comparator.LE, Comparator.LT) else "below"
    gap = max(ZERO, target - actual) if direction == "below" else max(ZERO, actual - target)
    word = "低于" if direction == "below" else "超过"
    n = format_number(params.points)
    inputs = {"目标值A": ctx.show(target), "实际值B": ctx.show(actual), f"{word}目标Δ": format_number(gap), "扣分N": n}
    if params.step is None:
        count, counted = gap, format_number(gap)
        how = f"每{word} {_amount(ctx, Decimal(1))} 扣 {n} 分"
    else:
        count = (gap / params.step).to_integral_value(rounding=ROUND_FLOOR)
        counted = format_number(count)
        inputs["步长"] = format_number(params.step)
        how = f"每{word} {_amount(ctx, params.step)} 扣 {n} 分（按整步计 {counted} 步）"
    return Outcome(
        raw=ctx.weight - params.points * count,
        inputs=inputs,
        formula=f"max(0, {w(ctx)} − {n} × {counted})",
        reasoning=(f"{ctx.label}实际 {ctx.show(actual)}，目标 {ctx.show(target)}，{word}目标 {_amount(ctx, gap)}，"
                   f"{how}，扣完为止，按 max(0, {w(ctx)} − {n} × {counted})"),
    )


RULE_TYPE = RuleType(
    name="deduction",
    title="扣分型指标",
    formula="max(0, w − N × Δ)，Δ 按实际偏差或按整步计",
    params_model=DeductionParams,
    compute=compute,
)
