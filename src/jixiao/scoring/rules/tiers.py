"""区间指标: an ordered table of (lower, upper, points or fraction of the weight). The value looked
up is the actual (``basis: actual``) or the completion ratio B/A in percent (``basis: ratio``).
Bounds: ``lower`` inclusive, ``upper`` exclusive; a missing bound is open."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from jixiao.numbers import HUNDRED, format_number
from jixiao.scoring.rules.base import NotRecomputable, Outcome, Params, RuleContext, RuleType


class TierRow(Params):
    lower: Decimal | None = None
    upper: Decimal | None = None
    points: Decimal | None = Field(default=None, ge=0)
    fraction: Decimal | None = Field(default=None, ge=0, le=1)

    @model_validator(mode="after")
    def _one_of(self) -> TierRow:
        if (self.points is None) == (self.fraction is None):
            raise ValueError("每一档须给出 points（分数）或 fraction（分值比例）中的一个")
        return self

    def contains(self, value: Decimal) -> bool:
        return (self.lower is None or value >= self.lower) and (self.upper is None or value < self.upper)

    def describe(self) -> str:
        low = "−∞" if self.lower is None else format_number(self.lower)
        high = "+∞" if self.upper is None else format_number(self.upper)
        return f"[{low}, {high})"


class TiersParams(Params):
    basis: Literal["actual", "ratio"] = "actual"
    tiers: list[TierRow] = Field(min_length=1)


def points_for(rows: list[TierRow], value: Decimal, weight: Decimal) -> tuple[TierRow, Decimal, str] | None:
    """The first row holding ``value``, its points, and the formula of those points."""
    for row in rows:
        if row.contains(value):
            if row.fraction is not None:
                return row, weight * row.fraction, f"{format_number(weight)} × {format_number(row.fraction)}"
            assert row.points is not None
            return row, row.points, format_number(row.points)
    return None


def compute(ctx: RuleContext) -> Outcome:
    params: TiersParams = ctx.params
    actual = ctx.actual_value()
    inputs = {"实际值B": ctx.show(actual)}
    if params.basis == "ratio":
        target, actual = ctx.values()
        if target <= 0:
            raise NotRecomputable(f"按完成比例分档时目标值须大于 0（收到 {ctx.show(target)}）")
        value = actual / target * HUNDRED
        inputs["目标值A"] = ctx.show(target)
        shown = f"完成比例 {format_number(ctx.pack.round(value))}%"
    else:
        value = actual
        shown = f"实际 {ctx.show(actual)}"
    found = points_for(params.tiers, value, ctx.weight)
    if found is None:
        raise NotRecomputable(f"{shown} 不落在规则的任何一档内，无法按区间计分")
    row, raw, formula = found
    inputs["所在区间"] = row.describe()
    return Outcome(raw=raw, inputs=inputs, formula=formula,
                   reasoning=f"{ctx.label}{shown}，落在区间 {row.describe()}，按 {formula}")


RULE_TYPE = RuleType(
    name="tiers",
    title="区间计分指标",
    formula="按 (下限, 上限, 分数或分值比例) 分档表查得分",
    params_model=TiersParams,
    compute=compute,
)
