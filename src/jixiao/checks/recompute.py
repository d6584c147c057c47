"""Each stated score against the score the active rule pack recomputes from target, actual and rule."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import has_target, is_quantitative, score_path, weight_text
from jixiao.checks.registry import check
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_number, format_score


@check("SCORE_NOT_RECOMPUTABLE", Severity.WARNING, "报告得分与按规则重算的得分不符",
       "每项得分应能由年度指标值、实际完成值和评分规则重算出来（规则见规则包，如 w × min(1, B/A)）。"
       "规则因地而异，故为警告：请核对报告采用的规则，或改正得分。")
def score_not_recomputable(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "SCORE_NOT_RECOMPUTABLE"
    if not evaluation.indicators:
        return [ctx.cannot_run(code, "没有绩效指标", "indicators")]
    if ctx.score is None:
        return [ctx.cannot_run(code, "评分未能完成，无法重算各项得分", "indicators")]
    findings: list[Finding] = []
    for item in ctx.score.indicators:
        ind = evaluation.indicators[item.index]
        location = f"indicators[{item.index}].stated_score"
        if item.stated is None:
            continue
        if item.computed is None:
            # A missing target or a missing figure is reported by TARGET_MISSING / EVIDENCE_MISSING.
            lacks_target = is_quantitative(ind) and not has_target(ind)
            lacks_figure = is_quantitative(ind) and (ind.actual is None or ind.actual.value is None)
            if not (lacks_target or lacks_figure):
                why = item.reason or "没有适用的评分规则"
                findings.append(ctx.cannot_run(code, f"{ctx.label(item.index, ind)}：{why}", location))
            continue
        difference = abs(item.stated - item.computed)
        if difference <= ctx.limits.tolerance:
            continue
        written = _range_above(ind)
        if written is not None:  # B ÷ its lower end and B ÷ its upper end differ: the range names no one target
            findings.append(ctx.cannot_run(code, f"{ctx.label(item.index, ind)}：年度指标值为区间“{written}”，"
                                                 "实际完成值低于其下限，未写明以哪一端为目标值", location))
            continue
        numbers = {"stated": format_score(item.stated), "recomputed": format_score(item.computed),
                   "difference": format_score(difference), "pack": ctx.score.pack_id}
        why = f"；{item.receipt.sentence}" if item.receipt is not None else ""
        i = item.index
        facts = [ctx.fact(score_path(i, ind), numbers["stated"]), ctx.fact(f"indicators[{i}].weight",
                                                                            weight_text(ind))]
        if ind.target is not None and ind.target.value is not None:
            facts.append(ctx.fact(f"indicators[{i}].target", f"{ind.target.comparator.value}"
                                                            f"{format_number(ind.target.value)}{ind.target.unit}"))
        if ind.actual is not None and ind.actual.value is not None:
            facts.append(ctx.fact(f"indicators[{i}].actual", f"{format_number(ind.actual.value)}{ind.actual.unit}"))
        rule = item.receipt.sentence if item.receipt is not None else f"重算 {numbers['recomputed']}"
        findings.append(ctx.finding(
            code, f"{ctx.label(item.index, ind)}：报告得分 {numbers['stated']} 分，按规则包 {numbers['pack']} "
                  f"重算为 {numbers['recomputed']} 分（差 {numbers['difference']} 分）{why}", location, numbers,
            facts=facts, arithmetic=f"{rule}；{numbers['stated']} − {numbers['recomputed']} = "
                                    f"{format_score(item.stated - item.computed)}"))
    return findings


def _range_above(ind: Indicator) -> str | None:
    """The range a target writes, when the actual lies below it ("2-3天" with 1天 done); else None."""
    target, actual = ind.target, ind.actual
    if target is None or target.value is None or actual is None or actual.value is None:
        return None
    below = target.within(actual.value) is False and actual.value < target.value
    return (target.text or f"{target.value}-{target.upper}") if below else None
