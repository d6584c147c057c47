"""Mid-year budget changes and unspent money, each to be explained."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.budget import execution_explained, recomputed_rate
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import HUNDRED, format_money, format_number, format_percent, round2


@check("LARGE_BUDGET_ADJUSTMENT", Severity.WARNING, "年中预算调整幅度大且未说明",
       "全年（调整）预算较年初预算变动超过 20%（阈值见规则包）须说明调整原因（四川所见）。")
def large_budget_adjustment(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "LARGE_BUDGET_ADJUSTMENT"
    budget = evaluation.budget
    if budget.initial is None or budget.adjusted is None:
        return [ctx.cannot_run(code, "未同时写明年初预算和全年预算", "budget.adjusted")]
    if budget.initial <= 0:
        return [ctx.cannot_run(code, f"年初预算为 {format_money(budget.initial)}，无法计算调整幅度", "budget.initial")]
    change = budget.adjusted - budget.initial
    percent = round2(change / budget.initial * HUNDRED)
    threshold = ctx.limits.large_adjustment_percent
    if abs(percent) <= threshold or (budget.adjustment_note or "").strip():
        return []
    sign = "+" if change > 0 else "−"
    numbers = {"initial": format_money(budget.initial), "adjusted": format_money(budget.adjusted),
               "change": f"{sign}{format_money(abs(change))}", "percent": f"{sign}{format_percent(abs(percent))}",
               "threshold": f"{format_number(threshold)}%"}
    return [ctx.finding(
        code, f"全年预算由年初 {numbers['initial']} 调整为 {numbers['adjusted']}（{numbers['change']}，"
              f"{numbers['percent']}，超过 {numbers['threshold']}），未说明调整原因", "budget.adjusted", numbers,
        facts=[ctx.fact("budget.initial", numbers["initial"]), ctx.fact("budget.adjusted", numbers["adjusted"]),
               ctx.fact("budget.adjustment_note", "未写")],
        arithmetic=f"({numbers['adjusted']} − {numbers['initial']}) ÷ {numbers['initial']} = {numbers['percent']}")]


@check("UNSPENT_UNEXPLAINED", Severity.WARNING, "未执行资金未说明",
       "全年预算减全年执行数即未执行资金，须说明原因和去向（结转、结余）；执行率低于阈值时由 "
       "LOW_EXECUTION 报告，此处不重复。")
def unspent_unexplained(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "UNSPENT_UNEXPLAINED"
    budget = evaluation.budget
    if budget.adjusted is None or budget.executed is None:
        return [ctx.cannot_run(code, "未同时写明全年预算和全年执行数", "budget.executed")]
    unspent = budget.adjusted - budget.executed
    if unspent <= ctx.limits.tolerance or execution_explained(ctx):
        return []
    rate = recomputed_rate(ctx)
    if rate is not None and rate.value < ctx.limits.low_execution_percent:
        return []  # LOW_EXECUTION reports this shortfall
    share = round2(unspent / budget.adjusted * HUNDRED) if budget.adjusted > 0 else Decimal(0)
    numbers = {"unspent": format_money(unspent), "adjusted": format_money(budget.adjusted),
               "executed": format_money(budget.executed), "share": format_percent(share)}
    return [ctx.finding(
        code, f"未执行资金 {numbers['unspent']} = 全年预算 {numbers['adjusted']} − 全年执行 {numbers['executed']}"
              f"（占全年预算 {numbers['share']}），未说明原因和去向", "budget.executed", numbers,
        facts=[ctx.fact("budget.adjusted", numbers["adjusted"]), ctx.fact("budget.executed", numbers["executed"]),
               ctx.fact("budget.execution_note", "未写")],
        arithmetic=f"{numbers['adjusted']} − {numbers['executed']} = {numbers['unspent']}；"
                   f"{numbers['unspent']} ÷ {numbers['adjusted']} = {numbers['share']}")]
