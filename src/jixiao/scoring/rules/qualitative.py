"""定性指标 (达成/部分达成/未达成): the score is the one a person gave (``stated_score``); it must lie
in the band of the tier (80/50 by default, 80/60 selectable). A score outside its band is a problem
to report, not a crash."""

from __future__ import annotations

from jixiao.numbers import format_number
from jixiao.scoring.packs import QualitativeBands
from jixiao.scoring.rules.base import NotRecomputable, Outcome, Params, RuleContext, RuleType


class QualitativeParams(Params):
    bands: QualitativeBands | None = None


def compute(ctx: RuleContext) -> Outcome:
    from jixiao.scoring.bands import qualitative_band

    params: QualitativeParams = ctx.params
    indicator = ctx.indicator
    tier = indicator.actual.tier if indicator.actual is not None else None
    if tier is None:
        raise NotRecomputable("定性指标未给出完成档次（达成/部分达成/未达成），无法核对得分")
    if indicator.stated_score is None:
        raise NotRecomputable("定性指标的得分须由评价人给出，报告未给出得分")
    band = qualitative_band(tier, ctx.weight, params.bands or ctx.pack.thresholds.qualitative)
    score = indicator.stated_score
    inputs = {"完成档次": tier.value, "评价人给分": format_number(score), "档次区间": band.describe()}
    head = f"{ctx.label}完成档次为{tier.value}，得分区间 {band.describe()}，评价人给分 {format_number(score)}"
    problems = []
    if not band.contains(score):
        problems.append(
            f"{ctx.label}：定性档次“{tier.value}”的得分应在 {band.describe()} 之内，"
            f"实际给分 {format_number(score)}，超出区间"
        )
        head += "，不在区间内"
    else:
        head += "，在区间内"
    return Outcome(raw=score, inputs=inputs, formula=f"评价人给分 {format_number(score)}",
                   reasoning=head + "，按评价人给分", problems=problems)


RULE_TYPE = RuleType(
    name="qualitative",
    title="定性指标",
    formula="评价人给分，须在档次区间内：达成 [0.8w, w]，部分达成 [0.5w, 0.8w)，未达成 [0, 0.5w)",
    params_model=QualitativeParams,
    compute=compute,
)
