from collections.abc import Callable
from decimal import Decimal as D

import pytest

from jixiao.scoring import IndicatorScore

ScoreOne = Callable[..., IndicatorScore]


def test_zero_target_is_the_default_for_target_zero(score_one: ScoreOne) -> None:
    s = score_one(5, 0, 0, comparator="≤", unit="次")
    assert s.rule_id == "zero_target" and s.computed == D("5.00")
    assert s.receipt is not None and "达到目标得满分" in s.receipt.sentence


@pytest.mark.parametrize(("actual", "expected"), [(0, "5.00"), (1, "0.00"), (7, "0.00")])
def test_zero_target_all_or_nothing(score_one: ScoreOne, actual: int, expected: str) -> None:
    assert score_one(5, 0, actual, comparator="≤", unit="次").computed == D(expected)


@pytest.mark.parametrize(("actual", "expected"), [(0, "5.00"), (1, "4.00"), (3, "2.00"), (9, "0.00")])
def test_zero_target_per_event(score_one: ScoreOne, actual: int, expected: str) -> None:
    s = score_one(5, 0, actual, comparator="≤", unit="次", rule="zero_target_per_event")
    assert s.computed == D(expected)


def test_zero_target_per_event_params_override(score_one: ScoreOne) -> None:
    s = score_one(10, 0, 2, comparator="≤", unit="次", rule="zero_target_per_event",
                  rule_params={"points_per_event": "2.5"})
    assert s.computed == D("5.00")
    assert s.receipt is not None and s.receipt.formula == "max(0, 10 − 2.5 × 2) = 5"


def test_zero_target_needs_a_target(score_one: ScoreOne) -> None:
    s = score_one(5, None, 0, unit="次", rule="zero_target", stated_score=D(5))
    assert s.uses_stated and s.reason is not None and "未给出年度指标值" in s.reason


def test_zero_target_negative_count(score_one: ScoreOne) -> None:
    s = score_one(5, 0, -1, comparator="≤", unit="次", stated_score=D(5))
    assert s.uses_stated and s.reason is not None and "负数" in s.reason


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        (100, 100, "8.00"),
        ("100", "100.005", "8.00"),   # within the pack tolerance 0.01
        (100, 90, "7.20"),            # 8 × (1 − 10%)
        (100, 110, "7.20"),
        (100, 250, "0.00"),           # beyond 2× target: floored at 0
        (0, 1, "0.00"),
    ],
)
def test_equals_proportional(score_one: ScoreOne, target: object, actual: object, expected: str) -> None:
    s = score_one(8, target, actual, comparator="=", rule="equals")
    assert s.rule_id == "equals" and s.computed == D(expected)


def test_equals_is_the_default_for_eq(score_one: ScoreOne) -> None:
    assert score_one(8, 12, 12, comparator="=", unit="个").rule_id == "equals"


def test_equals_zero_otherwise(score_one: ScoreOne) -> None:
    s = score_one(8, 100, 99, comparator="=", rule_params={"otherwise": "zero"})
    assert s.computed == D("0.00")


def test_equals_bad_param_keeps_stated(score_one: ScoreOne) -> None:
    s = score_one(8, 100, 99, comparator="=", rule_params={"otherwise": "half"}, stated_score=D(4))
    assert s.uses_stated and s.score == D(4)
    assert s.reason is not None and s.reason.startswith("规则参数有误（rule_params.otherwise")
