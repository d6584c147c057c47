"""The stated grade against the grade the report's own bands, else the pack's, give the stated total.

A report that states its grade bands ("90分（含）以上为优、80-89分为良…", ``Evaluation.stated_grade_bands``) is
judged by them: an error only when they give the stated total another grade under every reading of their
wording; a warning naming both when they are not the pack's. A total they leave out goes to the pack's bands.

Provinces and counties band grades differently, and the central bands themselves are unverified. While the
pack's bands are unverified (``RulePack.grade_bands_verified``), a grade that another banding in local use
(``RulePack.grade_bands_elsewhere``) gives the stated total is flagged for review, not as an error; a grade
no common banding gives it (差 for 95) stays an error.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import REVIEW_PROMPT, Finding, OtherReading, Severity
from jixiao.checks.registry import check
from jixiao.checks.stated_bands import differ_from_pack, own_grades, stated_bands_text
from jixiao.lexicon import field_label
from jixiao.model import Evaluation, Grade
from jixiao.numbers import format_score
from jixiao.scoring.bands import bands_text, grade_for, grade_in, grade_rule_text


@check("GRADE_MISMATCH", Severity.ERROR, "评价等级与综合得分不符",
       "报告写明等级标准时按报告的标准核对（与规则包不同时另提示），"
       "否则评价等级由综合得分按规则包的等级区间确定（默认：优 ≥ 90，良 80–90，中 60–80，差 < 60，"
       "财预〔2020〕10号，待核实）；等级区间未经核实而报告未写明时，另一种常见区间（较早的优 ≥ 85、良 ≥ 75）"
       "下相符的等级只提示人工核对，任何常见区间下都不符的等级（如 95 分评为差）才是错误。")
def grade_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "GRADE_MISMATCH"
    if evaluation.stated_grade is None and evaluation.stated_grade_text:  # "等级为B": which grade it means is unsaid
        return [ctx.finding(code, f"评价等级写作“{evaluation.stated_grade_text}”，不是优、良、中、差之一，报告也未写明"
                            "其对应等级，未按综合得分核对，请人工确认", "stated_grade", severity=Severity.WARNING)]
    if evaluation.stated_grade is None:
        return [ctx.cannot_run(code, "报告未写明评价等级", "stated_grade")]
    if evaluation.stated_total is None:
        return [ctx.cannot_run(code, "报告未写明综合得分，无法判定应得等级", "stated_total")]
    if evaluation.stated_grade_bands:
        return _by_own_bands(evaluation, ctx, evaluation.stated_total, evaluation.stated_grade)
    return _by_pack(evaluation, ctx)


def _by_pack(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "GRADE_MISMATCH"
    if evaluation.stated_grade is None or evaluation.stated_total is None:
        return []
    expected = grade_for(evaluation.stated_total, ctx.pack)
    if expected is evaluation.stated_grade:
        return []
    numbers = {"stated_grade": evaluation.stated_grade.value, "stated_total": format_score(evaluation.stated_total),
               "expected_grade": expected.value}
    rule = grade_rule_text(expected, ctx.pack)
    message = (f"评价等级“{numbers['stated_grade']}”与综合得分 {numbers['stated_total']} 分不符："
               f"按规则包 {ctx.pack.id} 应为“{rule}”")
    readings = [] if ctx.pack.grade_bands_verified else [
        OtherReading(path="stated_grade", label=field_label("stated_grade"), value=numbers["stated_grade"],
                     why=f"按另一种常见等级区间（{bands_text(other.bands)}）")
        for other in ctx.pack.grade_bands_elsewhere
        if grade_in(evaluation.stated_total, other.bands, ctx.pack) is evaluation.stated_grade]
    finding = ctx.finding(
        code, message, "stated_grade", numbers,
        facts=[ctx.fact("stated_grade", numbers["stated_grade"]), ctx.fact("stated_total", numbers["stated_total"])],
        arithmetic=f"{numbers['stated_total']} 分 → {rule}")
    if not readings:
        return [finding]
    stated = "报告写明的等级标准未涉及该得分" if evaluation.stated_grade_bands else "报告也未写明等级标准"
    used = f"规则包 {ctx.pack.id} 的等级区间（{bands_text(ctx.pack.grade_bands)}）未经核实，{stated}"
    return [finding.model_copy(update={
        "severity": Severity.WARNING, "readings": readings,
        "message": f"{REVIEW_PROMPT}：{message}；{used}，"
                   f"{readings[0].why}综合得分 {numbers['stated_total']} 分即为“{numbers['stated_grade']}”"})]


def _by_own_bands(evaluation: Evaluation, ctx: CheckContext, total: Decimal, grade: Grade) -> list[Finding]:
    """The stated grade judged by the bands the report states: an error only when the report's own rule gives
    the stated total another grade under every reading of its wording; a warning naming both rules when the
    report's bands are not the pack's. A total the stated bands leave out goes to the pack's rule."""
    code = "GRADE_MISMATCH"
    bands = evaluation.stated_grade_bands
    own = stated_bands_text(bands)
    findings: list[Finding] = []
    if differ_from_pack(bands, ctx.pack):
        findings.append(ctx.finding(
            code, f"报告写明的等级标准（{own}）与规则包 {ctx.pack.id} 的等级区间（{bands_text(ctx.pack.grade_bands)}）"
                  "不同，评价等级按报告写明的标准核对", "stated_grade_bands", severity=Severity.WARNING,
            facts=[ctx.fact("stated_grade_bands", own)]))
    possible = own_grades(total, bands, ctx.pack)
    if not possible and grade not in {band.grade for band in bands}:
        return findings + _by_pack(evaluation, ctx)  # the report's bands say nothing of this total
    if grade in possible:
        return findings
    numbers = {"stated_grade": grade.value, "stated_total": format_score(total),
               "expected_grade": "或".join(sorted(g.value for g in possible)) if possible else ""}
    should = f"应为“{numbers['expected_grade']}”" if possible else f"不在“{grade.value}”的区间内"
    message = (f"评价等级“{grade.value}”与综合得分 {numbers['stated_total']} 分不符：按报告写明的等级标准（{own}）"
               f"{should}")
    finding = ctx.finding(
        code, message, "stated_grade", numbers,
        facts=[ctx.fact("stated_grade", grade.value), ctx.fact("stated_total", numbers["stated_total"]),
               ctx.fact("stated_grade_bands", own)],
        arithmetic=f"{numbers['stated_total']} 分 → {should}（{own}）")
    if len(bands) == 1 and not any(f.severity is Severity.ERROR for f in _by_pack(evaluation, ctx)):
        # one band read from one sentence may be another rule's (a survey's, a sub-item's): with the pack's
        # bands giving the stated grade, the mismatch holds under one reading only
        finding = finding.model_copy(update={
            "severity": Severity.WARNING,
            "message": f"{REVIEW_PROMPT}：{message}；报告只写明一档标准，按规则包的等级区间该等级相符"})
    return [*findings, finding]

