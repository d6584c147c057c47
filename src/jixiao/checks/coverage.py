"""Coverage: say so when a report was not understood, so that "no error" never stands for "not read"."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.misread import shifted_rows
from jixiao.checks.registry import check
from jixiao.checks.robust import parsed
from jixiao.lexicon import field_label
from jixiao.model import Evaluation, ReadingNotes
from jixiao.numbers import format_score

CODE = "READ_INCOMPLETE"
_FULL_MARK = Decimal(100)
_HALF = Decimal("0.5")
_TOO_MUCH = Decimal("1.5")
_EXECUTION = re.compile(r"执行率")


def _budget_read(evaluation: Evaluation) -> bool:
    """Some budget figure was read: an amount, a stated rate, or the execution indicator's value (a
    score table that states only the rate has no amounts to read)."""
    b = evaluation.budget
    amounts = (b.initial, b.adjusted, b.executed, b.income_total, b.expenditure_total, b.stated_execution_rate)
    if any(a is not None for a in amounts) or b.fund_rows:
        return True
    return any(_EXECUTION.search(ind.name) and ind.actual is not None and ind.actual.value is not None
               for ind in evaluation.indicators)


def _gaps(evaluation: Evaluation, notes: ReadingNotes) -> list[str]:
    """What a self-evaluation states that was not read, each as a short phrase."""
    gaps = []
    indicators = evaluation.indicators
    if not indicators:
        gaps.append("未读出任何绩效指标")
    else:
        full = evaluation.full_mark or _FULL_MARK
        stated = [ind.weight for ind in indicators if ind.weight is not None]
        weights = sum(stated, Decimal(0))
        if len(stated) < len(indicators):
            pass  # a 得分-only form states no weights: their sum says nothing about what was read
        elif weights < full * _HALF:
            gaps.append(f"读出的 {len(indicators)} 项指标分值合计仅 {format_score(weights)} 分"
                        f"（满分 {format_score(full)} 分）")
        elif weights > full * _TOO_MUCH:
            gaps.append(f"读出的 {len(indicators)} 项指标分值合计 {format_score(weights)} 分，远超满分 "
                        f"{format_score(full)} 分，表格可能读错了列")
        shifted = [indicators[i].name for i in sorted(shifted_rows(evaluation))]
        if shifted:
            names = "、".join(f"“{name}”" for name in shifted[:3]) + ("等" if len(shifted) > 3 else "")
            gaps.append(f"{len(shifted)} 项指标的行可能读错位（{names}）")
        unscored = sum(1 for ind in indicators if ind.stated_score is None and ind.stated_deduction is None)
        if unscored * 2 > len(indicators):
            gaps.append(f"{len(indicators)} 项指标中 {unscored} 项未读出得分")
    if evaluation.stated_total is None:
        gaps.append("未读出" + field_label("stated_total"))
    if not _budget_read(evaluation):
        gaps.append("未读出预算金额")
    for table in notes.tables_not_understood:
        head = f"「{table.text}」" if table.text else ""
        gaps.append(f"{table.location}{head}的表格未能识别")
    return gaps


@check(CODE, Severity.WARNING, "读取不完整",
       "从报告读出的内容不足以复核：像绩效自评的文件却读不出指标、总分或预算金额，或有表格未能识别。"
       "此时“无错误”不代表报告无误，须人工查看原文。只对从报告读出的评价检查（手工填写的评价文件不在此列）。")
def read_incomplete(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    if not parsed(evaluation):
        return []
    notes = evaluation.reading or ReadingNotes()
    if not notes.looks_like_report:
        return [ctx.finding(CODE, "文件中没有绩效自评的用语（如绩效指标、自评得分、预算执行率），"
                                  "未能按自评报告读取", numbers={"missing": "全部"})]
    gaps = _gaps(evaluation, notes)
    if not gaps:
        return []
    shown = "；".join(gaps)
    return [ctx.finding(CODE, f"{shown}，相关检查未能进行，请人工查看原文",
                        numbers={"missing": shown, "indicators": str(len(evaluation.indicators))})]
