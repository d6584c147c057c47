"""A score below its weight (or a target far exceeded) comes with a deviation note."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import score_path, stated_score, target_shown, units_compatible
from jixiao.checks.registry import check
from jixiao.model import Comparator, Evaluation, Indicator, Target
from jixiao.numbers import HUNDRED, format_number, format_percent, format_score, round2


def _over_achievement(ind: Indicator, percent: Decimal) -> Decimal | None:
    """Actual as a percentage of target, when a ≥/> target is exceeded by ``percent`` or more."""
    target, actual = ind.target, ind.actual
    if (target is None or actual is None or target.value is None or actual.value is None
            or target.value <= 0 or target.comparator not in (Comparator.GE, Comparator.GT)
            or not units_compatible(ind)):
        return None
    ratio = round2(actual.value / (target.upper or target.value) * HUNDRED)  # a range's: past its upper end
    return ratio if ratio >= percent else None


@check("DEVIATION_NOTE_MISSING", Severity.WARNING, "缺少偏差原因分析",
       "得分低于分值的指标须写明偏差原因分析及改进措施；实际完成值达到年度指标值的 130%（阈值见规则包）"
       "及以上时也须说明（目标是否定得过低）。预算执行率的差额即未执行资金，由 UNSPENT_UNEXPLAINED / "
       "LOW_EXECUTION 报告，此处不重复。")
def deviation_note_missing(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if ind.deviation_note and ind.deviation_note.strip():
            continue
        if ctx.is_execution_indicator(ind):
            continue
        location = f"indicators[{i}].deviation_note"
        score = stated_score(ind)
        if score is not None and ind.weight is not None and score < ind.weight:
            numbers = {"score": format_score(score), "weight": format_score(ind.weight),
                       "lost": format_score(ind.weight - score)}
            findings.append(ctx.finding(
                "DEVIATION_NOTE_MISSING",
                f"{ctx.label(i, ind)}：得分 {numbers['score']} 分低于分值 {numbers['weight']} 分"
                f"（扣 {numbers['lost']} 分），未写偏差原因分析及改进措施", location, numbers,
                facts=[ctx.fact(score_path(i, ind), numbers["score"]),
                       ctx.fact(f"indicators[{i}].weight", numbers["weight"]), ctx.fact(location, "未写")],
                arithmetic=f"{numbers['weight']} − {numbers['score']} = {numbers['lost']}"))
            continue
        ratio = _over_achievement(ind, ctx.limits.over_achievement_percent)
        if ratio is not None and ind.target is not None and ind.actual is not None:
            unit = ind.target.unit or ind.actual.unit
            numbers = {"actual": f"{format_number(ind.actual.value or Decimal(0))}{unit}",
                       "target": target_shown(ind.target, unit),
                       "ratio": format_percent(ratio),
                       "threshold": f"{format_number(ctx.limits.over_achievement_percent)}%"}
            findings.append(ctx.finding(
                "DEVIATION_NOTE_MISSING", f"{ctx.label(i, ind)}：实际完成值 {numbers['actual']} 为年度指标值 "
                                          f"{numbers['target']} 的 {numbers['ratio']}（≥ {numbers['threshold']}），"
                                          "未说明超额原因（目标是否定得过低）", location, numbers,
                facts=[ctx.fact(f"indicators[{i}].actual", numbers["actual"]),
                       ctx.fact(f"indicators[{i}].target", numbers["target"]), ctx.fact(location, "未写")],
                arithmetic=f"{numbers['actual']} ÷ {_divisor(ind.target, unit)} = {numbers['ratio']}"))
    return findings


def _divisor(target: Target, unit: str) -> str:
    """What the actual was divided by: the target's figure, a range's upper end."""
    return f"{format_number(target.upper or target.value or Decimal(0))}{unit}"
