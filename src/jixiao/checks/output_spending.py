"""Outputs reported fully done while little of the money was spent."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.budget import denominator, recomputed_rate
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import has_full_score, stated_score
from jixiao.checks.registry import check
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_number, format_percent

CODE = "OUTPUT_VS_SPENDING"
_OUTPUT = re.compile(r"产出")
_OUTPUT_LEVEL2 = re.compile(r"数量|质量|时效")


def is_output(indicator: Indicator) -> bool:
    """An output indicator (一级 产出, or 二级 数量/质量/时效 under no other 一级)."""
    if indicator.level1:
        return bool(_OUTPUT.search(indicator.level1))
    return bool(indicator.level2 and _OUTPUT_LEVEL2.search(indicator.level2))


@check(CODE, Severity.WARNING, "产出全部完成而资金大多未用",
       "预算执行率低于 50%（阈值见规则包 output_execution_percent）时，产出指标却全部按完成（满分）报告，"
       "产出与资金使用不匹配：或产出未完成，或资金用途另有说明。")
def output_vs_spending(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    outputs = [(i, ind) for i, ind in enumerate(evaluation.indicators) if is_output(ind)]
    if not outputs or not all(has_full_score(ind) for _, ind in outputs):
        return []
    rate = recomputed_rate(ctx)
    if rate is not None:
        value, how = rate.value, f"（{format_number(rate.executed)} ÷ {format_number(rate.base)}）"
        facts = [ctx.fact("budget.executed", format_number(rate.executed)),
                 ctx.fact(f"budget.{denominator(ctx)}", format_number(rate.base))]
    elif evaluation.budget.stated_execution_rate is not None:
        value, how = evaluation.budget.stated_execution_rate, ""
        facts = [ctx.fact("budget.stated_execution_rate", format_percent(value))]
    else:
        return []
    threshold = ctx.limits.output_execution_percent
    if value >= threshold:
        return []
    numbers = {"rate": format_percent(value), "threshold": f"{format_number(threshold)}%", "outputs": str(len(outputs))}
    names = "、".join(f"“{ind.name}”" for _, ind in outputs[:5]) + ("等" if len(outputs) > 5 else "")
    return [ctx.finding(
        CODE, f"预算执行率 {numbers['rate']}{how}低于 {numbers['threshold']}，而 {len(outputs)} 项产出指标"
              f"（{names}）全部得满分", "budget.executed", numbers,
        facts=facts + [ctx.fact(f"indicators[{i}].stated_score", format_number(stated_score(ind) or Decimal(0)))
                       for i, ind in outputs],
        arithmetic=f"执行率 {numbers['rate']} < {numbers['threshold']}；产出指标满分 {len(outputs)}/{len(outputs)}")]
