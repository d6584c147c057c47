"""A full score next to a blank: an actual value, an executed amount or an execution rate left empty."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.budget import execution_indicators
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import has_full_score, score_path, stated_score
from jixiao.checks.registry import check
from jixiao.checks.robust import parsed
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_score

CODE = "FULL_SCORE_BLANK_VALUE"
_ROW = re.compile(r"^(表\d+第\d+行)")
_EXECUTION_CELL = re.compile(r"执行数|执行率")


def _blank_actual(indicator: Indicator) -> bool:
    actual = indicator.actual
    return actual is None or (actual.value is None and actual.tier is None and not (actual.text or "").strip())


def _rows_of(evaluation: Evaluation, index: int) -> set[str]:
    prefix = f"indicators[{index}]."
    return {m.group(1) for path, ref in evaluation.provenance.items()
            if path.startswith(prefix) and (m := _ROW.match(ref.location))}


def _blank_confirmed(evaluation: Evaluation, index: int) -> bool:
    """The document shows the cell empty: a hand-made evaluation, or a blank cell of the indicator's row
    in the reader's notes (a parsed report whose value was merely not read is no blank)."""
    if not parsed(evaluation):
        return True
    notes = evaluation.reading
    if notes is None:
        return False
    rows = _rows_of(evaluation, index)
    named = evaluation.provenance.get(f"indicators[{index}].name")
    return any(((m := _ROW.match(cell.location)) and m.group(1) in rows)
               or (named is not None and cell.location == named.location) for cell in notes.blank_cells)


def full_score_on_blank(ctx: CheckContext, index: int, indicator: Indicator) -> bool:
    """Indicator ``index`` gets a full score while its actual value is (shown) blank."""
    if ctx.is_execution_indicator(indicator):
        return False  # its figure is the budget's (see _execution below)
    return has_full_score(indicator) and _blank_actual(indicator) and _blank_confirmed(ctx.evaluation, index)


def _execution(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    budget = evaluation.budget
    if budget.executed is not None or budget.stated_execution_rate is not None:
        return []
    cells = [] if evaluation.reading is None else [c for c in evaluation.reading.blank_cells
                                                    if _EXECUTION_CELL.search(c.text)]
    if parsed(evaluation) and not cells:
        return []
    findings = []
    for i, ind in execution_indicators(ctx):
        if not (has_full_score(ind) and _blank_actual(ind)):
            continue
        shown = format_score(stated_score(ind) or Decimal(0))
        findings.append(ctx.finding(
            CODE, f"{ctx.label(i, ind)}得满分 {shown} 分，但全年执行数和执行率均为空", f"indicators[{i}].stated_score",
            {"score": shown}, facts=[ctx.fact(score_path(i, ind), shown),
                                     *(ctx.fact("budget.executed", "空", source=c) for c in cells[:1])],
            arithmetic=f"得分 {shown} = 分值，执行数、执行率：空"))
    return findings


@check(CODE, Severity.WARNING, "满分而对应数值为空",
       "得分须有依据：实际完成值、全年执行数或执行率为空（表中未填）的指标却得满分，得分无从核对，应补填数值或调整得分。"
       "从报告读出时，只在读取结果确认该格为空时报告（未读出不等于空）。")
def full_score_blank_value(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if not full_score_on_blank(ctx, i, ind):
            continue
        shown = format_score(stated_score(ind) or Decimal(0))
        findings.append(ctx.finding(
            CODE, f"{ctx.label(i, ind)}得满分 {shown} 分，但实际完成值为空", f"indicators[{i}].actual",
            {"score": shown, "weight": shown},
            facts=[ctx.fact(score_path(i, ind), shown), ctx.fact(f"indicators[{i}].actual", "空")],
            arithmetic=f"得分 {shown} = 分值 {shown}，实际完成值：空"))
    return findings + _execution(evaluation, ctx)
