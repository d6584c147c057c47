"""Indicator numbers run 1, 2, 3 … without gaps or missing numbers (a number used twice is
NUMBERING_REPEAT)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation


@check("NUMBERING_GAP", Severity.ERROR, "指标编号缺号或缺失",
       "指标按 1、2、3… 连续编号；缺号或漏编往往意味着漏列了指标"
       "（同一编号用了两次由 NUMBERING_REPEAT 报告）。")
def numbering_gap(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "NUMBERING_GAP"
    indicators = evaluation.indicators
    if not indicators:
        return [ctx.cannot_run(code, "没有绩效指标", "indicators")]
    if all(ind.number is None for ind in indicators):
        return [ctx.cannot_run(code, "各指标均未编号", "indicators")]
    findings: list[Finding] = []
    for i, ind in enumerate(indicators):
        # The execution-rate row of a project table's money block carries no number in real tables.
        if ind.number is None and not ctx.is_execution_indicator(ind):
            findings.append(ctx.finding(code, f"第 {i + 1} 项指标“{ind.name}”没有编号",
                                        f"indicators[{i}].number", {"position": str(i + 1)},
                                        facts=[ctx.fact(f"indicators[{i}].name", ind.name)],
                                        arithmetic=f"第 {i + 1} 项：编号空缺"))
    places: dict[int, list[int]] = defaultdict(list)
    for i, ind in enumerate(indicators):
        if ind.number is not None:
            places[ind.number].append(i)
    highest = max(places)
    gaps = [n for n in range(1, highest + 1) if n not in places]
    if gaps:
        shown = "、".join(str(n) for n in gaps)
        facts = [*(ctx.fact(f"indicators[{i}].number", str(ind.number)) for i, ind in enumerate(indicators)
                   if ind.number is not None),
                 ctx.list_fact("indicators", f"{len(indicators)} 项", Decimal(len(gaps)), "项")]
        findings.append(ctx.finding(code, f"指标编号缺少 {shown}（现有编号 1–{highest} 中）", "indicators",
                                    {"missing": shown, "highest": str(highest)}, facts=facts,
                                    arithmetic=f"1–{highest} 中未出现：{shown}"))
    return findings
