"""The optional cap of the total by the execution rate (one platform's manual; off by default)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.model import Evaluation
from jixiao.numbers import format_amount, format_number, format_percent, format_score, percent_of
from jixiao.scoring.packs import RulePack
from jixiao.scoring.receipt import Receipt

DENOMINATORS = {"adjusted": "全年（调整）预算", "initial": "年初预算"}


def apply_cap(evaluation: Evaluation, pack: RulePack, total: Decimal) -> Receipt | None:
    """A receipt for the capped total when the pack's cap is on and the budget allows the rate;
    None when the cap is off or the rate cannot be computed."""
    cap = pack.total_cap
    if not cap.enabled or not cap.bands:
        return None
    budget = evaluation.budget
    base = getattr(budget, cap.denominator)
    if budget.executed is None or base is None or base <= 0:
        return None
    rate = percent_of(budget.executed, base)
    limits = [band.max_total for band in cap.bands if rate < band.below_rate]
    inputs = {"执行率": format_percent(rate), "分母": DENOMINATORS[cap.denominator], "封顶前总分": format_score(total)}
    how = f"执行率 {format_percent(rate)}（{format_amount(budget.executed)} ÷ {format_amount(base)}）"
    if not limits:
        return Receipt(rule_id="total_cap", rule_title="按执行率封顶总分", source=cap.source, inputs=inputs,
                       formula=f"{format_score(total)}（不封顶）", result=total,
                       sentence=f"{how}，不触及封顶线，总分仍为 {format_score(total)} 分")
    limit = min(limits)
    result = min(total, limit)
    inputs["封顶线"] = format_number(limit)
    return Receipt(
        rule_id="total_cap", rule_title="按执行率封顶总分", source=cap.source, inputs=inputs,
        formula=f"min({format_score(total)}, {format_number(limit)}) = {format_score(result)}", result=result,
        sentence=f"{how}，总分最高 {format_number(limit)} 分，按 min({format_score(total)}, {format_number(limit)}) "
                 f"计 {format_score(result)} 分",
    )
