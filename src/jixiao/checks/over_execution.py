"""Execution above 100 %: more spent than budgeted, or a rate above 100 %."""

from __future__ import annotations

from jixiao.checks.budget import execution_indicators
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import HUNDRED, format_money, format_number, format_percent, percent_of

CODE = "EXECUTION_RATE_OVER_100"


def _amounts(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    """全年执行数 above 全年预算数, for the budget and for each 其中 row of the money block."""
    findings = []
    rows = [("", "budget", evaluation.budget.adjusted, evaluation.budget.executed)]
    rows += [(f"“{row.name}”", f"budget.fund_rows[{i}]", row.adjusted, row.executed)
             for i, row in enumerate(evaluation.budget.fund_rows)]
    for name, path, adjusted, executed in rows:
        if adjusted is None or executed is None or executed <= adjusted + ctx.limits.tolerance or adjusted <= 0:
            continue
        numbers = {"executed": format_money(executed), "adjusted": format_money(adjusted),
                   "rate": format_percent(percent_of(executed, adjusted)), "excess": format_money(executed - adjusted)}
        findings.append(ctx.finding(
            CODE, f"{name}全年执行数 {numbers['executed']} 超过全年预算数 {numbers['adjusted']}"
                  f"（多 {numbers['excess']}，执行率 {numbers['rate']}）", f"{path}.executed", numbers,
            facts=[ctx.fact(f"{path}.executed", numbers["executed"]),
                   ctx.fact(f"{path}.adjusted", numbers["adjusted"])],
            arithmetic=f"{numbers['executed']} ÷ {numbers['adjusted']} = {numbers['rate']} > 100%"))
    return findings


def _stated_rates(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    """A written execution rate above 100 % (the budget's, or the execution indicator's actual)."""
    stated = [("预算执行率", "budget.stated_execution_rate", evaluation.budget.stated_execution_rate)]
    stated += [(f"{ctx.label(i, ind)}的实际完成值", f"indicators[{i}].actual.value", ind.actual.value)
               for i, ind in execution_indicators(ctx)
               if ind.actual is not None and ind.actual.unit in ("%", "％", "")]
    findings = []
    seen = set()
    for what, path, value in stated:
        if value is None or value <= HUNDRED + ctx.limits.tolerance or value in seen:
            continue
        seen.add(value)
        shown = f"{format_number(value)}%"
        findings.append(ctx.finding(CODE, f"{what} {shown} 超过 100%", path, {"rate": shown},
                                    facts=[ctx.fact(path, shown, what)], arithmetic=f"{shown} > 100%"))
    return findings


@check(CODE, Severity.ERROR, "预算执行率超过100%",
       "全年执行数不应超过全年预算数，预算执行率不应超过 100%；超过时或是执行数含了预算外资金，或是数字填错。"
       "逐行核对资金来源各行（当年财政拨款、上年结转、其他资金）。")
def execution_over_100(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    return _amounts(evaluation, ctx) or _stated_rates(evaluation, ctx)
