"""正向指标 (≥, >): ``w · min(1, B/A)``."""

from __future__ import annotations

from jixiao.scoring.rules.base import ONE, NotRecomputable, Outcome, Params, RuleContext, RuleType, pct, w


def compute(ctx: RuleContext) -> Outcome:
    target, actual = ctx.values()
    if target <= 0:
        raise NotRecomputable(f"正向指标的目标值须大于 0（收到 {ctx.show(target)}），无法按 B/A 计算")
    ratio = actual / target
    raw = ctx.weight * min(ONE, ratio)
    return Outcome(
        raw=raw,
        inputs={"目标值A": ctx.show(target), "实际值B": ctx.show(actual), "完成比例B/A": pct(ratio)},
        formula=f"{w(ctx)} × min(1, {pct(ratio)})",
        reasoning=(f"{ctx.label}实际 {ctx.show(actual)}，目标 {ctx.show(target)}，完成比例 {pct(ratio)}，"
                   f"按 {w(ctx)} × min(1, {pct(ratio)})"),
    )


RULE_TYPE = RuleType(
    name="positive",
    title="正向指标",
    formula="w × min(1, B ÷ A)",
    params_model=Params,
    compute=compute,
)
