"""Budget facts the budget checks share: the execution rate's denominator (from the pack's
execution-rate rule), the rate recomputed from the amounts, and whether the report explains its
budget. Helpers only, no checks here."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.model import Indicator
from jixiao.numbers import HUNDRED, percent_of

DENOMINATOR_LABELS = {"adjusted": "全年预算", "initial": "年初预算"}


def execution_indicators(ctx: CheckContext) -> list[tuple[int, Indicator]]:
    return [(i, ind) for i, ind in enumerate(ctx.evaluation.indicators) if ctx.is_execution_indicator(ind)]


def denominator(ctx: CheckContext) -> str:
    """``adjusted`` (the default, domain §6) or ``initial``, as the execution-rate rule says."""
    for _, ind in execution_indicators(ctx):
        rule = ctx.rule(ind)
        params = {**(rule.params if rule is not None else {}), **ind.rule_params}
        value = params.get("denominator")
        if value in DENOMINATOR_LABELS:
            return str(value)
    return "adjusted"


@dataclass(frozen=True)
class Rate:
    """An execution rate recomputed from the amounts: ``executed ÷ base``."""

    value: Decimal  # rounded half-up to 2 decimals
    exact: Decimal
    executed: Decimal
    base: Decimal
    base_label: str


def recomputed_rate(ctx: CheckContext) -> Rate | None:
    """The rate from the budget amounts, or None when they are missing or the base is not positive."""
    budget = ctx.evaluation.budget
    which = denominator(ctx)
    base = budget.adjusted if which == "adjusted" else budget.initial
    if budget.executed is None or base is None or base <= 0:
        return None
    exact = budget.executed / base * HUNDRED
    return Rate(percent_of(budget.executed, base), exact, budget.executed, base, DENOMINATOR_LABELS[which])


def execution_explained(ctx: CheckContext) -> bool:
    """The report explains its execution: ``budget.execution_note`` or the execution indicator's deviation note."""
    if (ctx.evaluation.budget.execution_note or "").strip():
        return True
    return any((ind.deviation_note or "").strip() for _, ind in execution_indicators(ctx))
