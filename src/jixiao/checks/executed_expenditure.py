"""The executed amount against the year's expenditure total, when the report treats them as one."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.budget import execution_indicators
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import has_full_score, stated_score
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import HUNDRED, format_money, format_number, format_score

CODE = "EXECUTED_VS_EXPENDITURE"


def _full_execution(evaluation: Evaluation, ctx: CheckContext) -> str | None:
    """How the report claims the whole budget was spent (a 100 % rate, executed = budget, a full
    execution score), or None."""
    budget, tol = evaluation.budget, ctx.limits.tolerance
    if budget.stated_execution_rate is not None and budget.stated_execution_rate >= HUNDRED - tol:
        return f"预算执行率写作 {format_number(budget.stated_execution_rate)}%"
    if budget.adjusted is not None and budget.executed is not None and abs(budget.adjusted - budget.executed) <= tol:
        return f"全年执行数与全年预算数同为 {format_money(budget.executed)}"
    for i, ind in execution_indicators(ctx):
        if has_full_score(ind):
            return f"{ctx.label(i, ind)}得满分 {format_score(stated_score(ind) or Decimal(0))} 分"
    return None


@check(CODE, Severity.WARNING, "执行数与支出决算不一致",
       "单位全年执行数应与同年支出总计（决算）一致；报告按全额执行给分（执行率 100%、执行数等于预算数或执行率得满分），"
       "而支出总计与执行数不同时，执行数可能照抄了预算数，须核对决算。")
def executed_vs_expenditure(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    budget = evaluation.budget
    if budget.executed is None or budget.expenditure_total is None:
        return []
    difference = budget.executed - budget.expenditure_total
    if abs(difference) <= ctx.limits.tolerance:
        return []
    claim = _full_execution(evaluation, ctx)
    if claim is None:
        return []
    numbers = {"executed": format_money(budget.executed), "expenditure_total": format_money(budget.expenditure_total),
               "difference": format_money(abs(difference)), "claim": claim}
    return [ctx.finding(
        CODE, f"全年执行数 {numbers['executed']} ≠ 支出总计 {numbers['expenditure_total']}"
              f"（差 {numbers['difference']}），而报告按全额执行计（{claim}）", "budget.executed", numbers,
        facts=[ctx.fact("budget.executed", numbers["executed"]),
               ctx.fact("budget.expenditure_total", numbers["expenditure_total"])],
        arithmetic=f"{numbers['executed']} − {numbers['expenditure_total']} = {format_money(difference)}")]
