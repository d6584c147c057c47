"""Score sums: the stated total against the stated scores, the weights against 100 points."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import Fact, Finding, Severity
from jixiao.checks.indicators import score_path, stated_score, unweighted
from jixiao.checks.registry import check
from jixiao.model import Evaluation
from jixiao.numbers import format_score, round2

FULL_POINTS = Decimal(100)


@check("TOTAL_MISMATCH", Severity.ERROR, "综合得分与各指标得分之和不符",
       "综合得分等于各指标得分（各自四舍五入到两位小数）之和；复核时合计不符即为计算错误。")
def total_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "TOTAL_MISMATCH"
    if evaluation.stated_total is None:
        return [ctx.cannot_run(code, "报告未写明综合得分", "stated_total")]
    if not evaluation.indicators:
        return [ctx.cannot_run(code, "没有绩效指标", "indicators")]
    missing = [ctx.label(i, ind) for i, ind in enumerate(evaluation.indicators) if stated_score(ind) is None]
    if missing:
        return [ctx.cannot_run(code, f"{'、'.join(missing)} 未写明得分，无法加总", "indicators")]
    scores = [round2(stated_score(ind) or Decimal(0)) for ind in evaluation.indicators]
    total = sum(scores, Decimal(0))
    stated = evaluation.stated_total
    if abs(stated - total) <= ctx.limits.tolerance:
        return []
    numbers = {"stated_total": format_score(stated), "sum": format_score(total),
               "difference": format_score(abs(stated - total))}
    facts = [ctx.fact("stated_total", numbers["stated_total"]),
             *(ctx.fact(score_path(i, ind), format_score(score))
               for (i, ind), score in zip(enumerate(evaluation.indicators), scores, strict=True)),
             ctx.list_fact("indicators", f"{len(scores)} 项", stated - total, "分",
                           complete=True if _weights_make_full_mark(ctx) else None)]
    arithmetic = (f"{added([format_score(s) for s in scores], numbers['sum'])}；"
                  f"{numbers['stated_total']} − {numbers['sum']} = {format_score(stated - total)}")
    return [ctx.finding(
        code,
        f"综合得分 {numbers['stated_total']} 分 ≠ 各指标得分之和 {numbers['sum']} 分（差 {numbers['difference']} 分）",
        "stated_total", numbers, facts=facts, arithmetic=arithmetic)]


def _weights_make_full_mark(ctx: CheckContext) -> bool:
    """The indicators' weights add up to the full mark: no indicator can be missing from the list."""
    if unweighted(ctx.evaluation.indicators):
        return False
    weights = sum((ind.weight or Decimal(0) for ind in ctx.evaluation.indicators), Decimal(0))
    return abs(weights - _expected_points(ctx)) <= ctx.limits.tolerance


def _weight_facts(ctx: CheckContext, chosen: list[int], expected: Decimal, total: Decimal) -> list[Fact]:
    indicators = ctx.evaluation.indicators
    return [*(ctx.fact(f"indicators[{i}].weight", format_score(indicators[i].weight or Decimal(0))) for i in chosen),
            ctx.list_fact("indicators", f"{len(chosen)} 项", expected - total, "分")]


def _expected_points(ctx: CheckContext) -> Decimal:
    value = getattr(ctx.pack, "total_points", None)
    return Decimal(str(value)) if value is not None else FULL_POINTS


def _level_weights(ctx: CheckContext) -> dict[str, Decimal] | None:
    """Level-1 weights the pack prescribes for this kind of evaluation, if any."""
    table = getattr(ctx.pack, "level_weights", None)
    if not table:
        return None
    kind = ctx.evaluation.kind
    chosen = table.get(kind.value, table.get(kind.name.lower())) if isinstance(table, dict) else None
    if chosen is None and isinstance(table, dict) and all(not isinstance(v, dict) for v in table.values()):
        chosen = table
    if not chosen:
        return None
    return {str(name): Decimal(str(points)) for name, points in chosen.items()}


@check("WEIGHTS_NOT_100", Severity.ERROR, "指标分值合计不为100分",
       "各指标分值之和应为满分100分；有一级指标且规则包规定了各一级指标分值时，逐级核对"
       "（如项目支出：产出50、效益30、满意度10、预算执行10）。")
def weights_not_100(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "WEIGHTS_NOT_100"
    if not evaluation.indicators:
        return [ctx.cannot_run(code, "没有绩效指标", "indicators")]
    blank = unweighted(evaluation.indicators)
    if blank:  # a form with a 得分 column only: any sum of the stated weights would be a guess
        named = "、".join(ctx.label(i, evaluation.indicators[i]) for i in blank[:3])
        more = f"等 {len(blank)} 项" if len(blank) > 3 else ""
        return [ctx.cannot_run(code, f"{named}{more}未列分值，无法核对分值合计", "indicators")]
    weights = [ind.weight or Decimal(0) for ind in evaluation.indicators]
    tolerance = ctx.limits.tolerance
    expected = _expected_points(ctx)
    total = sum(weights, Decimal(0))
    findings: list[Finding] = []
    if abs(total - expected) > tolerance:
        numbers = {"sum": format_score(total), "expected": format_score(expected),
                   "difference": format_score(abs(total - expected))}
        everyone = list(range(len(evaluation.indicators)))
        findings.append(ctx.finding(
            code, f"各指标分值合计 {numbers['sum']} 分 ≠ {numbers['expected']} 分（差 {numbers['difference']} 分）",
            "indicators", numbers, facts=_weight_facts(ctx, everyone, expected, total),
            arithmetic=added([format_score(weight) for weight in weights], numbers["sum"])))
    if not any(ind.level1 for ind in evaluation.indicators):
        return findings
    by_level: dict[str, Decimal] = defaultdict(Decimal)
    members: dict[str, list[int]] = defaultdict(list)
    for i, ind in enumerate(evaluation.indicators):
        by_level[(ind.level1 or "（未归级）").strip()] += weights[i]
        members[(ind.level1 or "（未归级）").strip()].append(i)
    prescribed = _level_weights(ctx)
    if prescribed is None:
        listed = "、".join(f"{name} {format_score(points)} 分" for name, points in by_level.items())
        findings.append(ctx.cannot_run(code, f"规则包未规定各一级指标分值，未逐级核对（{listed}）", "indicators"))
        return findings
    for name, points in by_level.items():
        want = prescribed.get(name)
        if want is None:
            want = next((v for k, v in prescribed.items() if k in name or name in k), None)
        if want is None:
            findings.append(ctx.cannot_run(code, f"规则包未规定一级指标“{name}”的分值", "indicators"))
        elif abs(points - want) > tolerance:
            numbers = {"level1": name, "sum": format_score(points), "expected": format_score(want),
                       "difference": format_score(abs(points - want))}
            chosen = members[name]
            facts = [*_weight_facts(ctx, chosen, want, points),
                     *(ctx.fact(f"indicators[{i}].level1", name) for i in chosen)]
            findings.append(ctx.finding(
                code, f"一级指标“{name}”分值合计 {numbers['sum']} 分 ≠ {numbers['expected']} 分"
                      f"（差 {numbers['difference']} 分）", "indicators", numbers, facts=facts,
                arithmetic=added([format_score(weights[i]) for i in chosen], numbers["sum"])))
    return findings
