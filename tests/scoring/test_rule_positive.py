from collections.abc import Callable
from decimal import Decimal as D

from jixiao.model import Indicator
from jixiao.scoring import IndicatorScore, load_pack, score_indicator

ScoreOne = Callable[..., IndicatorScore]


def test_partial_completion(score_one: ScoreOne) -> None:
    s = score_one(10, 100, 90)
    assert s.rule_id == "positive" and not s.uses_stated
    assert s.computed == D("9.00") and s.score == D("9.00")
    assert s.receipt is not None
    assert s.receipt.formula == "10 × min(1, 90.00%) = 9"
    assert s.receipt.sentence.endswith("按 10 × min(1, 90.00%) 计 9 分")
    assert s.receipt.inputs["目标值A"] == "100%" and s.receipt.inputs["实际值B"] == "90%"


def test_rounds_half_up_to_cents(score_one: ScoreOne) -> None:
    # 15 × 2/3 = 9.999… → 10.00; 5 × 0.333 = 1.665 → 1.67 (half-up, not banker's)
    assert score_one(15, 3, 2, unit="个").computed == D("10.00")
    assert score_one(5, 1000, 333, unit="个").computed == D("1.67")


def test_beyond_twice_target_is_capped_at_weight(score_one: ScoreOne) -> None:
    assert score_one(10, 50, 120).computed == D("10.00")


def test_actual_zero_scores_zero(score_one: ScoreOne) -> None:
    s = score_one(10, 95, 0)
    assert s.computed == D("0.00") and not s.uses_stated


def test_target_zero_cannot_be_recomputed(score_one: ScoreOne) -> None:
    s = score_one(10, 0, 5, stated_score=D(8))
    assert s.uses_stated and s.score == D(8) and s.computed is None
    assert s.reason is not None and "目标值须大于 0" in s.reason


def test_negative_actual_is_floored_at_zero(score_one: ScoreOne) -> None:
    s = score_one(10, 100, -20)
    assert s.computed == D("0.00")
    assert s.receipt is not None and "不低于 0" in s.receipt.sentence


def test_missing_actual_keeps_stated_score(score_one: ScoreOne) -> None:
    s = score_one(10, 100, None, stated_score=D("7.5"))
    assert s.uses_stated and s.score == D("7.5") and s.reason is not None and "实际完成值" in s.reason


def test_missing_target_never_invented(score_one: ScoreOne) -> None:
    s = score_one(5, None, 100, stated_score=D(5))
    assert s.uses_stated and s.computed is None and s.reason is not None and "未给出年度指标值" in s.reason


def test_missing_everything_without_stated_counts_zero(score_one: ScoreOne) -> None:
    s = score_one(5, None, None)
    assert s.uses_stated and s.score == D(0) and s.reason is not None and "按 0 分计" in s.reason


def test_weight_zero(score_one: ScoreOne) -> None:
    assert score_one(0, 100, 100).computed == D("0.00")


def test_units_that_differ_are_not_compared(make_indicator: Callable[..., Indicator]) -> None:
    ind = make_indicator(10, 100, 90, unit="万元", stated_score=D(9))
    assert ind.actual is not None
    ind.actual.unit = "元"
    s = score_indicator(ind, load_pack(None))
    assert s.uses_stated and s.reason == "目标值单位“万元”与实际值单位“元”不一致，无法直接比较"
    same = make_indicator(10, 100, 90, unit="％")
    assert score_indicator(same, load_pack(None)).computed == D("9.00")
