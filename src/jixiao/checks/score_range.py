"""Each stated score lies between 0 and its weight (above it only by the bonus points its own rule states)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import score_path, stated_score, weight_text
from jixiao.checks.registry import check
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_score

# "党政领导有正面批示的，一个加1分，最多加2分": a rule that gives points beyond the weight (its cap, when stated)
_BONUS = re.compile(r"加\s*\d*(?:\.\d+)?\s*分|加分|奖励\s*\d*(?:\.\d+)?\s*分")
_BONUS_CAP = re.compile(r"(?:最多|最高|至多|不超过|封顶)\s*(?:加|奖励)?\s*(\d+(?:\.\d+)?)\s*分")
_NO_CAP = Decimal("Infinity")


def _bonus(ind: Indicator) -> Decimal:
    """The points above its weight the indicator's own texts allow: the stated cap of a bonus ("最多加2分": at most
    2 more, the larger reading), any number when the bonus states none, 0 when it has no bonus."""
    text = " ".join(t for t in (ind.rule, ind.score_reason, ind.deviation_note, ind.narrative) if t)
    if not _BONUS.search(text):
        return Decimal(0)
    caps = [Decimal(m.group(1)) for m in _BONUS_CAP.finditer(text)]
    return max(caps) if caps else _NO_CAP


@check("SCORE_OVER_WEIGHT", Severity.ERROR, "指标得分超过分值",
       "指标得分不得超过该指标的分值（权重）。")
def score_over_weight(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        score = stated_score(ind)
        if score is None or ind.weight is None or score <= ind.weight + _bonus(ind):
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
