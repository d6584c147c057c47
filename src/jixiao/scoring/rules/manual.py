"""人工评分: the score a person gave (``stated_score``), accepted only with a written reason
(``score_reason``)."""

from __future__ import annotations

from jixiao.numbers import format_number
from jixiao.scoring.rules.base import NotRecomputable, Outcome, Params, RuleContext, RuleType


def compute(ctx: RuleContext) -> Outcome:
    indicator = ctx.indicator
    reason = (indicator.score_reason or "").strip()
    if not reason:
        raise NotRecomputable("人工评分必须写明评分理由（score_reason），未写明则不能认可该得分")
    if indicator.stated_score is None:
        raise NotRecomputable("人工评分未给出得分")
    score = indicator.stated_score
    return Outcome(raw=score, inputs={"评价人给分": format_number(score), "评分理由": reason},
                   formula=f"评价人给分 {format_number(score)}",
                   reasoning=f"{ctx.label}由评价人评分，理由：{reason.rstrip('。')}", sep="；")


RULE_TYPE = RuleType(
    name="manual",
    title="人工评分",
    formula="评价人给分，须写明理由",
    params_model=Params,
    compute=compute,
)
