"""The execution rate: recomputed from the amounts, and explained when low."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.budget import (
    DENOMINATOR_LABELS,
    denominator,
    execution_explained,
    execution_indicators,
    recomputed_rate,
)
from jixiao.checks.context import CheckContext, provenance_at
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import format_amount, format_money, format_number, format_percent, to_halfwidth


def _last_digit(stated: Decimal) -> Decimal:
    """One unit of the last digit ``stated`` is written with (at most 2 decimals): 1 for ``94``,
    0.1 for ``93.6``, 0.01 for ``93.55``. Not :func:`jixiao.numbers.place_unit` on purpose: kept between 0.01 and 1
    (a rate written "93.555" is held to 0.01, one the model stored as ``1E+2`` to 1), 0.01 for a NaN."""
    exponent = stated.as_tuple().exponent
    decimals = min(2, max(0, -exponent)) if isinstance(exponent, int) else 2
    return Decimal(1).scaleb(-decimals)


# a rate the document wrote as a bare ratio ("0.1", "0.95" under 执行率(B/A)), not as a percent
_RATIO = re.compile(r"\s*(0|1)\.(\d{1,4})\s*")


def _written_step(evaluation: Evaluation, location: str, value: Decimal) -> Decimal:
    """One unit of the last digit of the rate as the document wrote it, in percentage points: a ratio "0.1" is
    10 % to within 10 points (14.46 % written to one decimal of the ratio), "0.95" to within 1; a percent as
    :func:`_last_digit` says."""
    source = provenance_at(evaluation, location)
    ratio = _RATIO.fullmatch(to_halfwidth(source.text)) if source is not None else None  # (a full-width "０．１" too)
    if ratio is not None and Decimal(ratio.group(0).strip()) * 100 == value:
        return Decimal(100).scaleb(-len(ratio.group(2)))
    return _last_digit(value)


@check("EXECUTION_RATE_MISMATCH", Severity.ERROR, "预算执行率与金额不符",
       "预算执行率 = 全年执行数 ÷ 全年（调整）预算（部分地方用年初预算，以规则包的执行率规则为准）；"
       "报告所列执行率应与由金额算出的一致。")
def execution_rate_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "EXECUTION_RATE_MISMATCH"
    rate = recomputed_rate(ctx)
    stated: list[tuple[str, str, Decimal]] = []
    if evaluation.budget.stated_execution_rate is not None:
        stated.append(("预算执行率", "budget.stated_execution_rate", evaluation.budget.stated_execution_rate))
    for i, ind in execution_indicators(ctx):
        if ind.actual is not None and ind.actual.value is not None and ind.actual.unit in ("%", "％", ""):
            stated.append((f"{ctx.label(i, ind)}的实际完成值", f"indicators[{i}].actual", ind.actual.value))
    if rate is None:
        base = evaluation.budget.adjusted if denominator(ctx) == "adjusted" else evaluation.budget.initial
        why = (f"{DENOMINATOR_LABELS[denominator(ctx)]}为 {format_money(base)}，无法计算执行率"
               if base is not None and base <= 0 and evaluation.budget.executed is not None
               else "未同时写明全年执行数和预算数，无法由金额算出执行率")
        return [ctx.cannot_run(code, why, "budget.executed")]
    if not stated:
        return [ctx.cannot_run(code, "报告未写明预算执行率，无从比较", "budget.stated_execution_rate")]
    findings = []
    for what, location, value in stated:
        # a rate written with fewer decimals (94% or 93.5% for 93.55%, a ratio 0.9) is rounded or cut, not wrong
        difference = abs(value - rate.exact)
        if difference < _written_step(evaluation, location, value) or difference <= ctx.limits.tolerance:
            continue
        numbers = {"stated": f"{format_number(value)}%", "recomputed": format_percent(rate.value),
                   "executed": format_money(rate.executed), "base": format_money(rate.base),
                   "difference": format_amount(abs(value - rate.value))}
        base_path = "budget.adjusted" if denominator(ctx) == "adjusted" else "budget.initial"
        findings.append(ctx.finding(
            code, f"{what} {numbers['stated']} ≠ 全年执行数 {numbers['executed']} ÷ {rate.base_label} "
                  f"{numbers['base']} = {numbers['recomputed']}（差 {numbers['difference']} 个百分点）",
            location, numbers,
            facts=[ctx.fact(location, numbers["stated"], what), ctx.fact("budget.executed", numbers["executed"]),
                   ctx.fact(base_path, numbers["base"])],
            arithmetic=f"{numbers['executed']} ÷ {numbers['base']} = {numbers['recomputed']}；"
                       f"{numbers['stated']} − {numbers['recomputed']} = {format_amount(value - rate.value)} 个百分点"))
    return findings


@check("LOW_EXECUTION", Severity.WARNING, "预算执行率偏低且未说明原因",
       "预算执行率低于 90%（阈值见规则包）须说明原因（四川所见）。")
def low_execution(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "LOW_EXECUTION"
    rate = recomputed_rate(ctx)
    threshold = ctx.limits.low_execution_percent
    if rate is not None:
        value, how = rate.value, (f"（{format_money(rate.executed)} ÷ {rate.base_label} {format_money(rate.base)}）")
        facts = [ctx.fact("budget.executed", format_money(rate.executed)),
                 ctx.fact(f"budget.{denominator(ctx)}", format_money(rate.base))]
        arithmetic = f"{format_money(rate.executed)} ÷ {format_money(rate.base)} = {format_percent(rate.value)}"
    elif evaluation.budget.stated_execution_rate is not None:
        value, how = evaluation.budget.stated_execution_rate, "（报告所列）"
        facts, arithmetic = [ctx.fact("budget.stated_execution_rate", format_percent(value))], ""
    else:
        return [ctx.cannot_run(code, "既无预算金额也未写明执行率", "budget.executed")]
    if value >= threshold or execution_explained(ctx):
        return []
    numbers = {"rate": format_percent(value), "threshold": f"{format_number(threshold)}%"}
    return [ctx.finding(
        code, f"预算执行率 {numbers['rate']}{how}低于 {numbers['threshold']}，未说明原因",
        "budget.execution_note", numbers, facts=[*facts, ctx.fact("budget.execution_note", "未写")],
        arithmetic=f"{arithmetic}{'；' if arithmetic else ''}{numbers['rate']} < {numbers['threshold']}")]
