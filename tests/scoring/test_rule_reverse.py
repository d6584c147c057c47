from collections.abc import Callable
from decimal import Decimal as D

import pytest

from jixiao.scoring import IndicatorScore

ScoreOne = Callable[..., IndicatorScore]


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (10, 5, "10.00"),   # better than target
        (10, 10, "10.00"),
        (10, 20, "5.00"),   # A/B = 0.5
        (10, 40, "2.50"),   # beyond 2× target still scores A/B
        (10, 0, "10.00"),   # actual 0: full
        (0, 3, "0.00"),     # target 0 and actual above it
    ],
)
def test_central(score_one: ScoreOne, target: int, actual: int, expected: str) -> None:
    s = score_one(10, target, actual, comparator="≤", unit="万元", rule="reverse")
    assert s.rule_id == "reverse"
    assert s.computed == D(expected)


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (10, 8, "10.00"),
        (10, 15, "5.00"),   # w·(2 − 1.5)
        (10, 19, "1.00"),
        (10, 20, "0.00"),   # exactly 2A
        (10, 35, "0.00"),   # beyond 2A
        (0, 0, "10.00"),
        (0, 1, "0.00"),
    ],
)
def test_linear(score_one: ScoreOne, target: int, actual: int, expected: str) -> None:
    s = score_one(10, target, actual, comparator="≤", unit="万元", rule="reverse_linear")
    assert s.computed == D(expected)
    assert s.receipt is not None and s.receipt.rule_id == "reverse_linear"


def test_default_for_le_is_central_reverse(score_one: ScoreOne) -> None:
    s = score_one(10, 10, 20, comparator="≤", unit="万元")
    assert s.rule_id == "reverse" and s.computed == D("5.00")
    assert s.receipt is not None and s.receipt.formula == "10 × min(1, 50.00%) = 5"


def test_negative_input_keeps_stated(score_one: ScoreOne) -> None:
    s = score_one(10, 10, -1, comparator="≤", stated_score=D(10))
    assert s.uses_stated and s.reason is not None and "不能为负数" in s.reason


def test_missing_actual(score_one: ScoreOne) -> None:
    s = score_one(10, 10, None, comparator="<", stated_score=D(6))
    assert s.uses_stated and s.score == D(6)


def test_weight_zero(score_one: ScoreOne) -> None:
    assert score_one(0, 10, 20, comparator="≤").computed == D("0.00")
