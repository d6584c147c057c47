from collections.abc import Callable
from decimal import Decimal as D

import pytest

from jixiao.model import Indicator, Tier
from jixiao.scoring import IndicatorScore, QualitativeBands, bands_for, load_pack, qualitative_band

ScoreOne = Callable[..., IndicatorScore]


@pytest.mark.parametrize(
    ("tier", "lower", "upper", "inclusive"),
    [(Tier.ACHIEVED, "8", "10", True), (Tier.PARTIAL, "5", "8", False), (Tier.NOT_ACHIEVED, "0", "5", False)],
)
def test_default_bands_80_50(tier: Tier, lower: str, upper: str, inclusive: bool) -> None:
    band = qualitative_band(tier, D(10), load_pack(None))
    assert (band.lower, band.upper, band.upper_inclusive) == (D(lower), D(upper), inclusive)


def test_selectable_bands_80_60() -> None:
    band = qualitative_band(Tier.PARTIAL, D(10), QualitativeBands.model_validate("80/60"))
    assert band.describe() == "[6, 8)"
    assert band.contains(D(6)) and not band.contains(D("5.99")) and not band.contains(D(8))


@pytest.mark.parametrize(("score", "inside"), [("8", True), ("10", True), ("7.99", False)])
def test_achieved_band_edges(score: str, inside: bool) -> None:
    assert qualitative_band(Tier.ACHIEVED, D(10), None).contains(D(score)) is inside


def test_score_inside_band(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, tier=Tier.PARTIAL, stated_score=D(6))
    assert s.rule_id == "qualitative" and s.computed == D("6.00") and s.problems == []
    assert s.receipt is not None and "[5, 8)" in s.receipt.sentence


def test_score_outside_band_is_a_problem_not_a_crash(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, tier=Tier.PARTIAL, stated_score=D(9))
    assert s.computed == D("9.00") and not s.uses_stated
    assert s.problems == ["测试指标：定性档次“部分达成”的得分应在 [5, 8) 之内，实际给分 9，超出区间"]


def test_80_60_rule_moves_the_band(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, tier=Tier.PARTIAL, stated_score=D("5.5"), rule="qualitative_80_60")
    assert s.problems and "[6, 8)" in s.problems[0]


def test_qualitative_without_score_or_tier(score_one: ScoreOne) -> None:
    no_score = score_one(10, None, None, tier=Tier.ACHIEVED)
    assert no_score.uses_stated and no_score.reason is not None and "未给出得分" in no_score.reason
    no_tier = score_one(10, None, 80, rule="qualitative", stated_score=D(9))
    assert no_tier.uses_stated and no_tier.reason is not None and "完成档次" in no_tier.reason


def test_qualitative_score_above_weight_is_capped(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, tier=Tier.ACHIEVED, stated_score=D(12))
    assert s.computed == D("10.00")


def test_manual_needs_a_written_reason(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, rule="manual", stated_score=D(7))
    assert s.uses_stated and s.reason is not None and "评分理由" in s.reason


def test_manual_with_reason(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, rule="manual", stated_score=D(7), score_reason="台账不完整，扣 3 分。")
    assert s.computed == D("7.00") and not s.uses_stated
    assert s.receipt is not None and s.receipt.sentence == "测试指标由评价人评分，理由：台账不完整，扣 3 分；计 7 分"


def test_bands_for_follows_the_rule(make_indicator: Callable[..., Indicator]) -> None:
    pack = load_pack(None)
    plain = make_indicator(10, None, None, tier=Tier.PARTIAL)
    sichuan = make_indicator(10, None, None, tier=Tier.PARTIAL, rule="qualitative_80_60")
    own = make_indicator(10, None, None, tier=Tier.PARTIAL, rule_params={"bands": "70/40"})
    assert bands_for(plain, pack).partial == D(50)
    assert bands_for(sichuan, pack).partial == D(60)
    assert (bands_for(own, pack).achieved, bands_for(own, pack).partial) == (D(70), D(40))
