"""零目标指标 (火灾、事故等次数): all-or-nothing (``w`` if B ≤ A else 0), or a per-event deduction
``max(0, w − N·(B − A))``. The target must be given (usually 0); it is never assumed."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from jixiao.numbers import format_number
from jixiao.scoring.rules.base import ZERO, NotRecomputable, Outcome, Params, RuleContext, RuleType, w


class ZeroTargetParams(Params):
    mode: Literal["all_or_nothing", "per_event"] = "all_or_nothing"
    points_per_event: Decimal = Field(default=Decimal(1), ge=0)


def compute(ctx: RuleContext) -> Outcome:
    params: ZeroTargetParams = ctx.params
    target, actual = ctx.values()
    if actual < 0 or target < 0:
        raise NotRecomputable(f"次数不能为负数（目标 {ctx.show(target)}，实际 {ctx.show(actual)}）")
    inputs = {"目标值A": ctx.show(target), "实际值B": ctx.show(actual)}
    head = f"{ctx.label}实际 {ctx.show(actual)}，目标不超过 {ctx.show(target)}"
    excess = max(ZERO, actual - target)
    if params.mode == "all_or_nothing":
        if excess == 0:
            return Outcome(raw=ctx.weight, inputs=inputs, formula=f"{w(ctx)}（B ≤ A）",
                           reasoning=f"{head}，达到目标得满分", sep="，")
        return Outcome(raw=ZERO, inputs=inputs, formula="0（B > A）", reasoning=f"{head}，超过目标不得分", sep="，")
    n = format_number(params.points_per_event)
    return Outcome(
        raw=ctx.weight - params.points_per_event * excess,
        inputs={**inputs, "每次扣分N": n},
        formula=f"max(0, {w(ctx)} − {n} × {format_number(excess)})",
        reasoning=(f"{head}，超出 {format_number(excess)} 次，每次扣 {n} 分，"
                   f"按 max(0, {w(ctx)} − {n} × {format_number(excess)})"),
    )


RULE_TYPE = RuleType(
    name="zero_target",
    title="零目标指标",
    formula="全有或全无：B ≤ A 得 w，否则 0；按次扣分：max(0, w − N × (B − A))",
    params_model=ZeroTargetParams,
    compute=compute,
)
