"""等于型指标 (=): ``w`` when |B − A| ≤ tolerance; otherwise proportional
``w · max(0, 1 − |B − A| / |A|)`` or 0."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from jixiao.numbers import format_number
from jixiao.scoring.rules.base import ONE, ZERO, Outcome, Params, RuleContext, RuleType, pct, w


class EqualsParams(Params):
    otherwise: Literal["proportional", "zero"] = "proportional"
    tolerance: Decimal | None = Field(default=None, ge=0)


def compute(ctx: RuleContext) -> Outcome:
    params: EqualsParams = ctx.params
    target, actual = ctx.values()
    tolerance = params.tolerance if params.tolerance is not None else ctx.pack.thresholds.tolerance
    gap = abs(actual - target)
    inputs = {"目标值A": ctx.show(target), "实际值B": ctx.show(actual), "容差": format_number(tolerance)}
    head = f"{ctx.label}实际 {ctx.show(actual)}，目标等于 {ctx.show(target)}"
    if gap <= tolerance:
        return Outcome(raw=ctx.weight, inputs=inputs, formula=f"{w(ctx)}（|B − A| ≤ {format_number(tolerance)}）",
                       reasoning=f"{head}，在容差内得满分", sep="，")
    if params.otherwise == "zero" or target == 0:
        return Outcome(raw=ZERO, inputs=inputs, formula=f"0（|B − A| = {format_number(gap)}）",
                       reasoning=f"{head}，不相等不得分", sep="，")
    share = ONE - gap / abs(target)
    return Outcome(
        raw=ctx.weight * max(ZERO, share),
        inputs={**inputs, "偏差比例": pct(gap / abs(target))},
        formula=f"{w(ctx)} × max(0, 1 − {pct(gap / abs(target))})",
        reasoning=f"{head}，偏差 {pct(gap / abs(target))}，按 {w(ctx)} × max(0, 1 − 偏差比例)",
    )


RULE_TYPE = RuleType(
    name="equals",
    title="等于型指标",
    formula="|B − A| ≤ 容差 得 w；否则按比例 w × max(0, 1 − |B − A| ÷ |A|)，或 0",
    params_model=EqualsParams,
    compute=compute,
)
