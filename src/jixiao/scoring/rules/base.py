"""What every rule type shares: the context it scores in, its outcome, and how a receipt is made.

A rule type is a small module with one ``compute(ctx) -> Outcome`` function and a pydantic model
of its parameters. It never rounds or clamps on its own: :func:`finish` clamps the raw score to
``[0, weight]``, rounds it with the pack's rounding and writes the receipt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_number, format_percent, format_score, to_halfwidth
from jixiao.scoring.receipt import Receipt

if TYPE_CHECKING:
    from jixiao.scoring.packs import RulePack, RuleSpec

ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
NO_WEIGHT = "报告未列该指标的分值（权重），无法按规则计算得分"


class NotRecomputable(Exception):
    """The indicator cannot be recomputed; ``reason`` is one Chinese sentence saying why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Params(BaseModel):
    """Base of every rule type's parameter model: unknown parameters are refused."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class RuleContext:
    """One indicator, the rule spec chosen for it, its merged parameters and the pack."""

    indicator: Indicator
    spec: RuleSpec
    params: Any
    pack: RulePack
    evaluation: Evaluation | None = None

    @property
    def weight(self) -> Decimal:
        """The indicator's weight, or NotRecomputable (a weight is never invented)."""
        if self.indicator.weight is None:
            raise NotRecomputable(NO_WEIGHT)
        return self.indicator.weight

    @property
    def label(self) -> str:
        return self.indicator.name

    def target_value(self) -> Decimal:
        """The target's number, or NotRecomputable (a target is never invented)."""
        target = self.indicator.target
        if target is None:
            raise NotRecomputable("报告未给出年度指标值（目标值），无法按规则重算")
        if target.value is None and target.text:
            raise NotRecomputable("年度指标值是定性描述而非数值，无法按定量规则重算")
        if target.value is None:
            raise NotRecomputable("年度指标值未填写数值，无法按规则重算")
        return target.value

    def actual_value(self) -> Decimal:
        actual = self.indicator.actual
        if actual is None or actual.value is None:
            raise NotRecomputable("未给出实际完成值的数值，无法按规则重算")
        return actual.value

    def values(self) -> tuple[Decimal, Decimal]:
        """Target and actual numbers; NotRecomputable when either is missing or their units differ."""
        target, actual = self.target_value(), self.actual_value()
        t_unit = to_halfwidth(self.indicator.target.unit if self.indicator.target else "").strip()
        a_unit = to_halfwidth(self.indicator.actual.unit if self.indicator.actual else "").strip()
        if t_unit and a_unit and t_unit != a_unit:
            raise NotRecomputable(f"目标值单位“{t_unit}”与实际值单位“{a_unit}”不一致，无法直接比较")
        return target, actual

    def unit(self) -> str:
        target, actual = self.indicator.target, self.indicator.actual
        return (target.unit if target and target.unit else "") or (actual.unit if actual else "")

    def show(self, value: Decimal) -> str:
        """A target or actual value with the indicator's unit, e.g. ``95%``, ``3次``."""
        return f"{format_number(value)}{self.unit()}"


@dataclass
class Outcome:
    """A rule's raw result, before clamping and rounding; ``formula`` ends with ``=`` the result."""

    raw: Decimal
    inputs: dict[str, str]
    formula: str
    reasoning: str
    problems: list[str] = field(default_factory=list)
    sep: str = " "  # between the reasoning and "计 X 分": " " after a formula, "，" after words


@dataclass(frozen=True)
class RuleType:
    """A registered rule type: its name, Chinese title, parameter model and compute function."""

    name: str
    title: str
    formula: str
    params_model: type[Params]
    compute: Callable[[RuleContext], Outcome]


def finish(ctx: RuleContext, outcome: Outcome) -> Receipt:
    """Clamp to ``[0, weight]``, round with the pack's rounding and write the receipt."""
    clamped = min(max(outcome.raw, ZERO), ctx.weight)
    result = ctx.pack.round(clamped)
    formula = f"{outcome.formula} = {format_score(ctx.pack.round(outcome.raw))}"
    if clamped != outcome.raw:
        bound = "分值" if clamped == ctx.weight else "0"
        formula += f"，限定在 0 至分值之间取 {format_score(result)}"
        outcome.reasoning += "（不超过分值）" if bound == "分值" else "（不低于 0）"
    sentence = f"{outcome.reasoning}{outcome.sep}计 {format_score(result)} 分"
    return Receipt(
        rule_id=ctx.spec.id,
        rule_title=ctx.spec.title,
        source=ctx.spec.source,
        inputs={"分值": format_number(ctx.weight), **outcome.inputs},
        formula=formula,
        result=result,
        sentence=sentence,
    )


def pct(value: Decimal) -> str:
    """A ratio (0.9355) shown as a percentage ``93.55%``."""
    return format_percent(value * HUNDRED)


def w(ctx: RuleContext) -> str:
    return format_number(ctx.weight)
