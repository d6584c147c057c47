"""An indicator whose document states no weight (a 得分-only form): the model keeps None, the JSON and
YAML round-trips keep it, and no score is computed for it (the reason says why); its stated score stays."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from pydantic import ValidationError

from jixiao.model import Evaluation, Indicator
from jixiao.modelio import dump_json, dump_yaml, parse_evaluation_text
from jixiao.scoring import score_evaluation, score_indicator


def _weightless(stated: str | None = "8") -> Indicator:
    return Indicator(name="巡查次数", weight=None, target={"comparator": "≥", "value": 12, "unit": "次"},
                     actual={"value": 10, "unit": "次"}, stated_score=stated)


def test_the_weight_key_is_required_but_may_be_empty() -> None:
    assert Indicator(name="甲", weight=None).weight is None
    assert Indicator(name="甲", weight="  ").weight is None  # an empty form cell
    assert Indicator(name="甲", weight="5").weight == D(5)
    with pytest.raises(ValidationError):
        Indicator.model_validate({"name": "甲"})  # left out: a slip in a unit's own file, not "no weight"
    with pytest.raises(ValidationError, match="分值必须是非负数"):
        Indicator(name="甲", weight="-1")


def test_round_trips_keep_no_weight() -> None:
    evaluation = Evaluation(year=2023, indicators=[_weightless(), Indicator(name="满意度", weight=10)])
    for text, fmt in ((dump_json(evaluation), "json"), (dump_yaml(evaluation), "yaml")):
        back = parse_evaluation_text(text, fmt, "t")
        assert [i.weight for i in back.indicators] == [None, D(10)]
        assert back.indicators[0].stated_score == D(8)


def test_no_score_is_computed_without_a_weight_and_the_stated_one_is_kept() -> None:
    result = score_indicator(_weightless())
    assert (result.weight, result.computed, result.score, result.uses_stated) == (None, None, D(8), True)
    assert result.reason == "报告未列该指标的分值（权重），无法按规则计算得分"
    bare = score_indicator(_weightless(stated=None))
    assert bare.score == D(0) and bare.reason is not None and "报告也未给出得分" in bare.reason


def test_the_total_adds_the_stated_scores_of_weightless_indicators() -> None:
    other = Indicator(name="合格率", weight=10, target={"comparator": "≥", "value": 90, "unit": "%"},
                      actual={"value": 45, "unit": "%"}, stated_score=10)
    result = score_evaluation(Evaluation(year=2023, indicators=[_weightless(), other]))
    assert [s.score for s in result.indicators] == [D(8), D(5)]  # 10 × 45/90 recomputed; 8 as stated
    assert result.total == D(13) and "1 项无法重算" in result.total_receipt.sentence
