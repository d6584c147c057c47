"""预算执行率: rate = executed ÷ adjusted budget (or the initial budget, when the pack says so),
scored linearly ``w · min(1, rate)``, as ``rate × w`` (Chongqing table), or by tiers (Jiangxi).
The receipt names the denominator used. Without budget amounts, the rate the report states (the
indicator's actual in %, else ``budget.stated_execution_rate``) is used and the receipt says so."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from jixiao.numbers import HUNDRED, format_amount, format_percent, percent_of
from jixiao.scoring.rules.base import ONE, NotRecomputable, Outcome, Params, RuleContext, RuleType, w
from jixiao.scoring.rules.tiers import TierRow, points_for

DENOMINATORS = {"adjusted": "全年（调整）预算", "initial": "年初预算"}


class ExecutionRateParams(Params):
    denominator: Literal["adjusted", "initial"] = "adjusted"
    method: Literal["linear", "proportional", "tiers"] = "linear"
    tiers: list[TierRow] = Field(default_factory=list)


def rate_of(ctx: RuleContext, denominator: str) -> tuple[Decimal, dict[str, str], str]:
    """The execution rate in percent (2 decimals), its inputs and how it was obtained."""
    budget = ctx.evaluation.budget if ctx.evaluation is not None else None
    base = getattr(budget, denominator, None) if budget is not None else None
    executed = budget.executed if budget is not None else None
    if base is not None and executed is not None:
        if base <= 0:
            raise NotRecomputable(f"{DENOMINATORS[denominator]}为 {format_amount(base)} 万元，无法计算执行率")
        rate = percent_of(executed, base)
        inputs = {"全年执行数": format_amount(executed), DENOMINATORS[denominator]: format_amount(base),
                  "分母": DENOMINATORS[denominator], "执行率": format_percent(rate)}
        note = "" if denominator == "adjusted" else f"，以{DENOMINATORS[denominator]}为分母"
        return rate, inputs, f"（{format_amount(executed)} ÷ {format_amount(base)}{note}）"
    actual = ctx.indicator.actual
    stated = actual.value if actual is not None and actual.unit == "%" else None
    if stated is None and budget is not None:
        stated = budget.stated_execution_rate
    if stated is None:
        raise NotRecomputable(f"未给出全年执行数和{DENOMINATORS[denominator]}，也未给出执行率，无法重算")
    return stated, {"执行率": format_percent(stated), "分母": "报告所列执行率"}, "（报告所列，未给出预算金额）"


def compute(ctx: RuleContext) -> Outcome:
    params: ExecutionRateParams = ctx.params
    rate, inputs, how = rate_of(ctx, params.denominator)
    if rate < 0:
        raise NotRecomputable(f"执行率为负数（{format_percent(rate)}），无法计分")
    head = f"预算执行率 {format_percent(rate)}{how}"
    shown = format_percent(rate)
    if params.method == "tiers":
        if not params.tiers:
            raise NotRecomputable("执行率按区间计分，但规则没有给出分档表（tiers）")
        found = points_for(params.tiers, rate, ctx.weight)
        if found is None:
            raise NotRecomputable(f"执行率 {shown} 不落在分档表的任何一档内")
        row, raw, formula = found
        inputs["所在区间"] = row.describe()
        return Outcome(raw=raw, inputs=inputs, formula=formula,
                       reasoning=f"{head}，落在区间 {row.describe()}，按 {formula}")
    if params.method == "proportional":
        formula = f"{w(ctx)} × {shown}"
        return Outcome(raw=ctx.weight * rate / HUNDRED, inputs=inputs, formula=formula,
                       reasoning=f"{head}，按 {formula}")
    formula = f"{w(ctx)} × min(1, {shown})"
    return Outcome(raw=ctx.weight * min(ONE, rate / HUNDRED), inputs=inputs, formula=formula,
                   reasoning=f"{head}，按 {formula}")


RULE_TYPE = RuleType(
    name="execution_rate",
    title="预算执行率",
    formula="执行率 = 全年执行数 ÷ 全年（调整）预算（或年初预算）；得分 w × min(1, 执行率)，或 执行率 × w，或按分档表",
    params_model=ExecutionRateParams,
    compute=compute,
)
