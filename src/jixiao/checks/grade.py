"""The stated grade against the grade the pack's bands give the stated total."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import format_score
from jixiao.scoring.bands import grade_for, grade_rule_text


@check("GRADE_MISMATCH", Severity.ERROR, "评价等级与综合得分不符",
       "评价等级由综合得分按规则包的等级区间确定（默认：优 ≥ 90，良 80–90，中 60–80，差 < 60，"
       "财预〔2020〕10号，待核实）。")
def grade_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "GRADE_MISMATCH"
    if evaluation.stated_grade is None:
        return [ctx.cannot_run(code, "报告未写明评价等级", "stated_grade")]
    if evaluation.stated_total is None:
        return [ctx.cannot_run(code, "报告未写明综合得分，无法判定应得等级", "stated_total")]
    expected = grade_for(evaluation.stated_total, ctx.pack)
    if expected is evaluation.stated_grade:
        return []
    numbers = {"stated_grade": evaluation.stated_grade.value, "stated_total": format_score(evaluation.stated_total),
               "expected_grade": expected.value}
    rule = grade_rule_text(expected, ctx.pack)
    return [ctx.finding(
        code, f"评价等级“{numbers['stated_grade']}”与综合得分 {numbers['stated_total']} 分不符："
              f"按规则包 {ctx.pack.id} 应为“{rule}”",
        "stated_grade", numbers,
        facts=[ctx.fact("stated_grade", numbers["stated_grade"]), ctx.fact("stated_total", numbers["stated_total"])],
        arithmetic=f"{numbers['stated_total']} 分 → {rule}")]
