"""A qualitative indicator's score lies inside the band of its tier (达成/部分达成/未达成)."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.indicators import score_path, stated_score
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import format_score
from jixiao.scoring.bands import qualitative_band
from jixiao.scoring.packs import QualitativeBands


@check("QUALITATIVE_OUT_OF_BAND", Severity.ERROR, "定性指标得分不在档次区间内",
       "定性指标按完成档次给分：达成 [0.8w, w]、部分达成 [0.5w, 0.8w)、未达成 [0, 0.5w)"
       "（中央口径待核实；江西、湖北所见；四川、安徽用 0.6），区间由规则包给出。")
def qualitative_out_of_band(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for i, ind in enumerate(evaluation.indicators):
        tier = ind.actual.tier if ind.actual is not None else None
        score = stated_score(ind)
        if tier is None or ind.weight is None:  # a band is a share of the weight
            continue
        if score is None:
            findings.append(ctx.cannot_run("QUALITATIVE_OUT_OF_BAND", f"{ctx.label(i, ind)} 未写明得分",
                                           f"indicators[{i}].stated_score"))
            continue
        rule = ctx.rule(ind)
        own = {**(rule.params if rule is not None else {}), **ind.rule_params}.get("bands")
        bands = QualitativeBands.model_validate(own) if own is not None else ctx.pack.thresholds.qualitative
        band = qualitative_band(tier, ind.weight, bands)
        if band.contains(score):
            continue
        numbers = {"tier": tier.value, "band": band.describe(), "score": format_score(score),
                   "weight": format_score(ind.weight)}
        findings.append(ctx.finding(
            "QUALITATIVE_OUT_OF_BAND",
            f"{ctx.label(i, ind)}：完成档次“{numbers['tier']}”的得分应在 {numbers['band']} 之内"
            f"（分值 {numbers['weight']} 分），报告给分 {numbers['score']} 分",
            f"indicators[{i}].stated_score", numbers,
            facts=[ctx.fact(f"indicators[{i}].actual.tier", numbers["tier"]),
                   ctx.fact(score_path(i, ind), numbers["score"]),
                   ctx.fact(f"indicators[{i}].weight", numbers["weight"])],
            arithmetic=f"{numbers['score']} ∉ {numbers['band']}"))
    return findings
