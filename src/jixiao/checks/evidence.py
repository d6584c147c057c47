"""Evidence: a quantitative indicator's actual is a figure, and a satisfaction rate rests on a survey."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jixiao.checks.blank_values import full_score_on_blank
from jixiao.checks.budget import recomputed_rate
from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import is_quantitative, is_rate, is_satisfaction
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import HUNDRED, format_number

_QUOTE_CHARS = 40


@check("EVIDENCE_MISSING", Severity.WARNING, "定量指标只有文字、没有数值",
       "比率等定量指标的实际完成值应是一个数值（如 98%）；只有文字描述（如“按规范程序执行”）时，"
       "得分没有依据。")
def evidence_missing(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if not is_quantitative(ind) or (ind.actual is not None and ind.actual.value is not None):
            continue
        if ctx.is_execution_indicator(ind) and recomputed_rate(ctx) is not None:
            continue  # its figure is the budget's execution rate
        if full_score_on_blank(ctx, i, ind):
            continue  # FULL_SCORE_BLANK_VALUE reports it
        kind = "比率指标" if is_rate(ind) else "定量指标"
        text = (ind.actual.text or "").strip() if ind.actual is not None else ""
        if text:
            quoted = text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS] + "…"
            message = f"{ctx.label(i, ind)}是{kind}，实际完成值只有文字描述（“{quoted}”），没有数值"
        else:
            message = f"{ctx.label(i, ind)}是{kind}，未给出实际完成值"
        findings.append(ctx.finding("EVIDENCE_MISSING", message, f"indicators[{i}].actual",
                                    {"kind": kind, "text": text},
                                    facts=[ctx.fact(f"indicators[{i}].actual", text or "未写")]))
    return findings


def _whole_respondents(rate: Decimal, sample: int) -> bool:
    """Some whole number k of ``sample`` respondents gives ``rate`` at the precision it is written with (the step is
    :func:`jixiao.numbers.place_unit` but never above 1, and 0.01 for a NaN: a rate is rounded to a point at least)."""
    exponent = rate.as_tuple().exponent
    step = Decimal(1).scaleb(min(0, exponent)) if isinstance(exponent, int) else Decimal("0.01")
    nearest = int((rate * sample / HUNDRED).to_integral_value(rounding=ROUND_HALF_UP))
    return any(
        0 <= k <= sample and (Decimal(k) / sample * HUNDRED).quantize(step, rounding=ROUND_HALF_UP) == rate
        for k in (nearest - 1, nearest, nearest + 1)
    )


@check("SURVEY_SAMPLE", Severity.WARNING, "满意度缺少调查样本或与样本数不符",
       "满意度应来自调查：须说明调查对象或样本量；给出样本量时，满意度 × 样本量应是整数个受访者。")
def survey_sample(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if not is_satisfaction(ind):
            continue
        evidence = ind.evidence
        label = ctx.label(i, ind)
        if evidence is None or (evidence.sample_size is None and not (evidence.description or "").strip()):
            findings.append(ctx.finding("SURVEY_SAMPLE", f"{label}：未说明满意度调查的对象、方式或样本量",
                                        f"indicators[{i}].evidence",
                                        facts=[ctx.fact(f"indicators[{i}].evidence", "未写")]))
            continue
        sample = evidence.sample_size
        rate = ind.actual.value if ind.actual is not None else None
        if sample is None or rate is None:
            continue
        if sample == 0:
            findings.append(ctx.finding("SURVEY_SAMPLE", f"{label}：调查样本量为 0 人",
                                        f"indicators[{i}].evidence.sample_size", {"sample_size": "0"}))
            continue
        if _whole_respondents(rate, sample):
            continue
        people = rate * sample / HUNDRED
        numbers = {"rate": f"{format_number(rate)}%", "sample_size": str(sample), "respondents": format_number(people)}
        findings.append(ctx.finding(
            "SURVEY_SAMPLE", f"{label}：满意度 {numbers['rate']} × 调查 {numbers['sample_size']} 人 = "
                             f"{numbers['respondents']} 人，不是整数个受访者", f"indicators[{i}].actual", numbers,
            facts=[ctx.fact(f"indicators[{i}].actual", numbers["rate"]),
                   ctx.fact(f"indicators[{i}].evidence.sample_size", f"{sample} 人")],
            arithmetic=f"{numbers['rate']} × {sample} = {numbers['respondents']}"))
    return findings
