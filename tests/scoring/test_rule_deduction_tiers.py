from collections.abc import Callable
from decimal import Decimal as D

import pytest

from jixiao.scoring import IndicatorScore

ScoreOne = Callable[..., IndicatorScore]


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(95, "10.00"), ("92.5", "7.50"), (85, "0.00"), (0, "0.00"), (200, "10.00")],
)
def test_deduction_exact(score_one: ScoreOne, actual: object, expected: str) -> None:
    # 每低 1 个百分点扣 1 分，扣完为止
    s = score_one(10, 95, actual, rule="deduction")
    assert s.computed == D(expected)


def test_deduction_above_for_reverse_target(score_one: ScoreOne) -> None:
    s = score_one(10, 5, 8, comparator="≤", rule="deduction", rule_params={"points": 2})
    assert s.computed == D("4.00")
    assert s.receipt is not None and s.receipt.formula == "max(0, 10 − 2 × 3) = 4"


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(90, "5.00"), (89, "5.00"), (85, "4.00"), ("84.9", "4.00"), (80, "3.00"), (60, "0.00")],
)
def test_satisfaction_per_whole_step(score_one: ScoreOne, actual: object, expected: str) -> None:
    # ≥ 90% 满分，每低 5 个百分点扣 1 分（按整步计）
    s = score_one(5, 90, actual, rule="satisfaction_step")
    assert s.computed == D(expected)


def test_deduction_negative_points_param_refused(score_one: ScoreOne) -> None:
    s = score_one(10, 95, 90, rule="deduction", rule_params={"points": -1}, stated_score=D(5))
    assert s.uses_stated and s.reason is not None and "rule_params.points" in s.reason


@pytest.mark.parametrize(
    ("actual", "expected"),
    [(100, "10.00"), (130, "10.00"), (90, "7.00"), (80, "7.00"), ("79.99", "5.00"), (60, "5.00"), (59, "0.00"),
     (0, "0.00")],
)
def test_tiers_by_completion_ratio(score_one: ScoreOne, actual: object, expected: str) -> None:
    s = score_one(10, 100, actual, rule="tiers_completion")
    assert s.computed == D(expected)


def test_tiers_points_on_actual(score_one: ScoreOne) -> None:
    table = [{"lower": 3, "points": 6}, {"lower": 1, "upper": 3, "points": 4}]
    s = score_one(6, None, 2, unit="项", rule="tiers_completion", rule_params={"basis": "actual", "tiers": table})
    assert s.computed == D("4.00")
    assert s.receipt is not None and s.receipt.inputs["所在区间"] == "[1, 3)"
    outside = score_one(6, None, 0, unit="项", rule="tiers_completion", stated_score=D(1),
                        rule_params={"basis": "actual", "tiers": table})
    assert outside.uses_stated and outside.reason is not None and "不落在" in outside.reason


def test_tiers_ratio_target_zero(score_one: ScoreOne) -> None:
    s = score_one(10, 0, 5, rule="tiers_completion", stated_score=D(3))
    assert s.uses_stated and s.reason is not None and "目标值须大于 0" in s.reason


def test_tier_row_needs_points_or_fraction(score_one: ScoreOne) -> None:
    s = score_one(10, 100, 90, rule="tiers_completion", rule_params={"tiers": [{"lower": 0}]}, stated_score=D(3))
    assert s.uses_stated and s.reason is not None and "points" in s.reason
