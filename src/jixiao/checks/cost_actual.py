"""A cost indicator whose actual is the budget, while less was spent."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_money, to_wan

CODE = "COST_ACTUAL_IS_BUDGET"
_COST = re.compile(r"成本|费用|经费|资金|投入|造价|金额|支出")
_MONEY_UNITS = ("元", "万元", "亿元")


def _cost_in_wan(indicator: Indicator) -> Decimal | None:
    """The actual of a cost indicator, in 万元; None for any other indicator."""
    actual = indicator.actual
    if actual is None or actual.value is None or actual.unit not in _MONEY_UNITS:
        return None
    if not (_COST.search(indicator.name) or _COST.search(indicator.level2 or "")):
        return None
    return to_wan(actual.value, actual.unit)


@check(CODE, Severity.WARNING, "成本指标实际值照抄预算数",
       "成本指标的实际完成值应是实际花费；它等于预算数（全年或年初）而全年执行数少于预算时，实际值照抄了预算，"
       "与执行情况矛盾。")
def cost_actual_is_budget(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    budget, tol = evaluation.budget, ctx.limits.tolerance
    if budget.executed is None:
        return []
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        cost = _cost_in_wan(ind)
        if cost is None:
            continue
        for path, label, amount in (("budget.adjusted", "全年预算数", budget.adjusted),
                                    ("budget.initial", "年初预算数", budget.initial)):
            if amount is None or abs(cost - amount) > tol or budget.executed >= amount - tol:
                continue
            numbers = {"actual": format_money(cost), "budget": format_money(amount),
                       "executed": format_money(budget.executed)}
            findings.append(ctx.finding(
                CODE, f"{ctx.label(i, ind)}：实际完成值 {numbers['actual']} 等于{label}，而全年执行数只有 "
                      f"{numbers['executed']}", f"indicators[{i}].actual", numbers,
                facts=[ctx.fact(f"indicators[{i}].actual.value", numbers["actual"]), ctx.fact(path, numbers["budget"]),
                       ctx.fact("budget.executed", numbers["executed"])],
                arithmetic=f"{numbers['actual']} = {label} {numbers['budget']} > 全年执行数 {numbers['executed']}"))
            break
    return findings
