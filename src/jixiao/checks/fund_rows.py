"""The money block of a project table: 年度资金总额 equals the sum of its 其中 rows, column by column."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.lexicon import field_label
from jixiao.model import Evaluation, Kind
from jixiao.numbers import format_money

CODE = "ROWS_NOT_SUM"
COLUMNS = ("initial", "adjusted", "executed")


def _column(evaluation: Evaluation, ctx: CheckContext, column: str) -> Finding | None:
    rows = evaluation.budget.fund_rows
    total: Decimal | None = getattr(evaluation.budget, column)
    cells = [(i, row.name, getattr(row, column)) for i, row in enumerate(rows)]
    given = [(i, name, value) for i, name, value in cells if value is not None]
    if not given or total is None:
        return None
    parts = sum((value for _, _, value in given), Decimal(0))
    if abs(total - parts) <= ctx.limits.tolerance:
        return None
    label = field_label(f"budget.{column}")
    numbers = {"column": label, "total": format_money(total), "sum": format_money(parts),
               "difference": format_money(abs(total - parts)),
               "rows": "、".join(f"{name} {format_money(value)}" for _, name, value in given)}
    blank = [name for _, name, value in cells if value is None]
    zero = "为 0，" if total == 0 else ""
    tail = f"；{'、'.join(blank)}未填" if blank else ""
    facts = [ctx.fact(f"budget.{column}", numbers["total"], f"年度资金总额 {label}"),
             *(ctx.fact(f"budget.fund_rows[{i}].{column}", format_money(value), f"{name} {label}")
               for i, name, value in given),
             ctx.list_fact("budget.fund_rows", f"{len(given)} 行", total - parts, "万元",
                           complete=False if blank else None)]
    return ctx.finding(
        CODE, f"{label}：年度资金总额 {numbers['total']} {zero}≠ 其中各行之和 {numbers['sum']}"
              f"（差 {numbers['difference']}；{numbers['rows']}{tail}）", f"budget.{column}", numbers, facts=facts,
        arithmetic=f"{added([format_money(v) for _, _, v in given], numbers['sum'])}；"
                   f"{numbers['total']} − {numbers['sum']} = {format_money(total - parts)}")


@check(CODE, Severity.ERROR, "资金总额与其中各行之和不符",
       "项目支出绩效自评表的资金块中，年度资金总额等于其中各行（当年财政拨款、上年结转资金、其他资金）之和，"
       "年初预算数、全年预算数、全年执行数三列逐列核对；总额为 0 而其中各行不为 0 也是不符。"
       "收入、支出总计与其明细由 INCOME_SUM_MISMATCH / EXPENDITURE_SUM_MISMATCH 核对。")
def rows_not_sum(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    if not evaluation.budget.fund_rows:
        if evaluation.kind is Kind.PROJECT:
            return [ctx.cannot_run(CODE, "未列出资金来源各行（当年财政拨款、上年结转资金、其他资金）",
                                   "budget.fund_rows")]
        return []
    found = [_column(evaluation, ctx, column) for column in COLUMNS]
    return [f for f in found if f is not None]
