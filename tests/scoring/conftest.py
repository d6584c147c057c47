"""Fixtures for scoring tests: one-line indicators scored under the default pack."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from jixiao.model import Actual, Comparator, Evaluation, Indicator, Target, Tier
from jixiao.scoring import IndicatorScore, RulePack, load_pack, score_indicator

ScoreOne = Callable[..., IndicatorScore]


def make_indicator(
    weight: Any = 10,
    target: Any = None,
    actual: Any = None,
    *,
    comparator: str = "≥",
    unit: str = "%",
    tier: Tier | None = None,
    name: str = "测试指标",
    **fields: Any,
) -> Indicator:
    """An indicator in one line: numbers may be str/int; None leaves target or actual out."""
    return Indicator(
        name=name,
        weight=Decimal(str(weight)),
        target=Target(comparator=Comparator(comparator), value=Decimal(str(target)), unit=unit)
        if target is not None else None,
        actual=Actual(value=Decimal(str(actual)) if actual is not None else None, unit=unit, tier=tier)
        if actual is not None or tier is not None else None,
        **fields,
    )


@pytest.fixture(name="make_indicator")
def make_indicator_fixture() -> Callable[..., Indicator]:
    return make_indicator


@pytest.fixture
def pack() -> RulePack:
    return load_pack(None)


@pytest.fixture
def score_one(pack: RulePack) -> ScoreOne:
    def run(*args: Any, evaluation: Evaluation | None = None, rule_pack: RulePack | None = None,
            **kwargs: Any) -> IndicatorScore:
        return score_indicator(make_indicator(*args, **kwargs), rule_pack or pack, evaluation)

    return run
