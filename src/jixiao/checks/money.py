"""Money identities: income and expenditure totals against their items, and against each other."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation, NamedAmount
from jixiao.numbers import format_money


def _sum_check(ctx: CheckContext, code: str, label: str, field: str,
               total: Decimal | None, items: list[NamedAmount]) -> list[Finding]:
    if total is None and not items:
        return [ctx.cannot_run(code, f"未写明{label}及其构成", f"budget.{field}_total")]
    if total is None:
        return [ctx.cannot_run(code, f"未写明{label}，无法与各项之和比较", f"budget.{field}_total")]
    if not items:
        return [ctx.cannot_run(code, f"未列出{label}的构成", f"budget.{field}_items")]
    parts = sum((item.amount for item in items), Decimal(0))
    if abs(total - parts) <= ctx.limits.tolerance:
        return []
    numbers = {"total": format_money(total), "sum": format_money(parts),
               "difference": format_money(abs(total - parts)),
               "items": "、".join(f"{item.name} {format_money(item.amount)}" for item in items)}
    facts = [ctx.fact(f"budget.{field}_total", numbers["total"]),
             *(ctx.fact(f"budget.{field}_items[{i}].amount", format_money(item.amount), f"{item.name}")
               for i, item in enumerate(items)),
             ctx.list_fact(f"budget.{field}_items", f"{len(items)} 项", total - parts, "万元")]
    arithmetic = (f"{added([format_money(item.amount) for item in items], numbers['sum'])}；"
                  f"{numbers['total']} − {numbers['sum']} = {format_money(total - parts)}")
    return [ctx.finding(
        code, f"{label} {numbers['total']} ≠ 各项之和 {numbers['sum']}（差 {numbers['difference']}；"
              f"各项：{numbers['items']}）", f"budget.{field}_total", numbers, facts=facts, arithmetic=arithmetic)]


@check("INCOME_SUM_MISMATCH", Severity.ERROR, "收入总计与各项收入之和不符",
       "收入总计等于各项收入（一般公共预算财政拨款、政府性基金预算财政拨款、其他收入等）之和。")
def income_sum_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    budget = evaluation.budget
    return _sum_check(ctx, "INCOME_SUM_MISMATCH", "收入总计", "income", budget.income_total, budget.income_items)


@check("EXPENDITURE_SUM_MISMATCH", Severity.ERROR, "支出总计与各项支出之和不符",
       "支出总计等于基本支出与项目支出（及其他支出）之和。")
def expenditure_sum_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    budget = evaluation.budget
    return _sum_check(ctx, "EXPENDITURE_SUM_MISMATCH", "支出总计", "expenditure",
                      budget.expenditure_total, budget.expenditure_items)


def _balances(evaluation: Evaluation) -> list[Decimal]:
    """Every 结转结余 the document states: the carry-over, the opening balance, and their other stated values."""
    budget = evaluation.budget
    found = [value for value in (budget.carry_over, budget.opening_balance) if value is not None]
    for path in ("budget.carry_over", "budget.opening_balance"):
        for reading in evaluation.alternatives.get(path, []):
            try:
                found.append(Decimal(reading.value))
            except ArithmeticError:
                continue
    return found


def _explained(gap: Decimal, balances: list[Decimal], tolerance: Decimal) -> bool:
    """The gap is a stated balance (income with the opening balance in it, less spending, leaves the closing one),
    or the closing less the opening balance (年末结转结余 − 年初结转结余 = 本年收入 − 本年支出)."""
    if any(abs(abs(gap) - abs(b)) <= tolerance for b in balances):
        return True
    return any(abs(abs(gap) - abs(a - b)) <= tolerance for i, a in enumerate(balances) for b in balances[i + 1:])


@check("INCOME_EXPENDITURE_GAP", Severity.WARNING, "收支不平且无结转结余说明",
       "收入总计与支出总计之差应由结转结余说明；收支不等又未写明结转结余，复核时需补充说明。")
def income_expenditure_gap(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "INCOME_EXPENDITURE_GAP"
    budget = evaluation.budget
    if budget.income_total is None or budget.expenditure_total is None:
        return [ctx.cannot_run(code, "未同时写明收入总计和支出总计", "budget")]
    gap = budget.income_total - budget.expenditure_total
    tolerance = ctx.limits.tolerance
    if abs(gap) <= tolerance:
        return []
    carry = budget.carry_over
    if _explained(gap, _balances(evaluation), tolerance):
        return []
    numbers = {"income_total": format_money(budget.income_total),
               "expenditure_total": format_money(budget.expenditure_total),
               "difference": format_money(abs(gap))}
    tail = "，未写明结转结余" if carry is None else f"，写明的结转结余 {format_money(carry)} 不能解释此差额"
    if carry is not None:
        numbers["carry_over"] = format_money(carry)
    facts = [ctx.fact("budget.income_total", numbers["income_total"]),
             ctx.fact("budget.expenditure_total", numbers["expenditure_total"]),
             ctx.fact("budget.carry_over", numbers.get("carry_over", "未写"))]
    return [ctx.finding(
        code, f"收入总计 {numbers['income_total']} ≠ 支出总计 {numbers['expenditure_total']}"
              f"（差 {numbers['difference']}）{tail}", "budget.expenditure_total", numbers, facts=facts,
        arithmetic=f"{numbers['income_total']} − {numbers['expenditure_total']} = {format_money(gap)}")]
