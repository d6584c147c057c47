"""Each stated score lies between 0 and its weight."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import score_path, stated_score, weight_text
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import format_score


@check("SCORE_OVER_WEIGHT", Severity.ERROR, "指标得分超过分值",
       "指标得分不得超过该指标的分值（权重）。")
def score_over_weight(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        score = stated_score(ind)
        if score is None or ind.weight is None or score <= ind.weight:
            continue
        numbers = {"score": format_score(score), "weight": format_score(ind.weight),
                   "excess": format_score(score - ind.weight)}
        findings.append(ctx.finding(
            "SCORE_OVER_WEIGHT", f"{ctx.label(i, ind)}：得分 {numbers['score']} 分 > 分值 {numbers['weight']} 分"
                                 f"（超出 {numbers['excess']} 分）", f"indicators[{i}].stated_score", numbers,
            facts=[ctx.fact(score_path(i, ind), numbers["score"]),
                   ctx.fact(f"indicators[{i}].weight", numbers["weight"])],
            arithmetic=f"{numbers['score']} − {numbers['weight']} = {numbers['excess']}"))
    return findings


@check("NEGATIVE_SCORE", Severity.ERROR, "指标得分为负数",
       "指标得分不低于 0（扣分扣完为止）。")
def negative_score(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        score = stated_score(ind)
        if score is None or score >= 0:
            continue
        numbers = {"score": format_score(score), "weight": weight_text(ind)}
        findings.append(ctx.finding(
            "NEGATIVE_SCORE", f"{ctx.label(i, ind)}：得分 {numbers['score']} 分 < 0（分值 {numbers['weight']} 分，"
                              "扣分应扣完为止）", f"indicators[{i}].stated_score", numbers,
            facts=[ctx.fact(score_path(i, ind), numbers["score"])], arithmetic=f"{numbers['score']} < 0"))
    return findings
