from collections.abc import Callable
from decimal import Decimal as D

import pytest

from jixiao.model import Budget, Evaluation
from jixiao.scoring import IndicatorScore, load_pack

ScoreOne = Callable[..., IndicatorScore]


def _ev(initial: str | None, adjusted: str | None, executed: str | None) -> Evaluation:
    def d(x: str | None) -> D | None:
        return D(x) if x is not None else None

    return Evaluation(year=2024, budget=Budget(initial=d(initial), adjusted=d(adjusted), executed=d(executed)))


SEED = _ev("5504.00", "8224.00", "7693.91")


def test_seed_execution_rate(score_one: ScoreOne) -> None:
    s = score_one(15, None, "93.55", name="预算执行率", evaluation=SEED, stated_score=D("8.19"))
    assert s.rule_id == "execution_rate" and s.computed == D("14.03") and s.stated == D("8.19") and s.differs
    assert s.receipt is not None
    assert s.receipt.sentence == "预算执行率 93.55%（7,693.91 ÷ 8,224.00），按 15 × min(1, 93.55%) 计 14.03 分"
    assert s.receipt.formula == "15 × min(1, 93.55%) = 14.03"
    assert s.receipt.inputs["分母"] == "全年（调整）预算"


def test_initial_denominator_is_named(score_one: ScoreOne) -> None:
    # 7,693.91 ÷ 5,504.00 = 139.79% → capped at the weight
    s = score_one(15, None, None, name="预算执行率", evaluation=SEED, rule="execution_rate_initial")
    assert s.computed == D("15.00")
    assert s.receipt is not None and "以年初预算为分母" in s.receipt.sentence
    assert s.receipt.inputs["执行率"] == "139.79%"


@pytest.mark.parametrize(
    ("executed", "expected"),
    [("100", "10.00"), ("95", "7.00"), ("80", "7.00"), ("79", "5.00"), ("60", "5.00"), ("59.99", "0.00"),
     ("0", "0.00")],
)
def test_jiangxi_tiers(score_one: ScoreOne, executed: str, expected: str) -> None:
    s = score_one(10, None, None, name="预算执行率", evaluation=_ev(None, "100", executed),
                  rule="execution_rate_tiers")
    assert s.computed == D(expected)


def test_chongqing_rate_times_weight(score_one: ScoreOne) -> None:
    pack = load_pack("chongqing-whole-unit")
    s = score_one(10, None, None, name="预算执行率", evaluation=_ev(None, "100", "76"), rule_pack=pack)
    assert s.computed == D("7.60")
    assert s.receipt is not None and s.receipt.formula == "10 × 76.00% = 7.60"


def test_without_amounts_uses_the_stated_rate(score_one: ScoreOne) -> None:
    s = score_one(10, None, "88.5", name="资金执行率", evaluation=_ev(None, None, None))
    assert s.computed == D("8.85")
    assert s.receipt is not None and "报告所列" in s.receipt.sentence


def test_nothing_to_compute_from(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, name="预算执行率", evaluation=_ev(None, None, None), stated_score=D(9))
    assert s.uses_stated and s.score == D(9) and s.reason is not None and "无法重算" in s.reason


def test_zero_budget(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, name="预算执行率", evaluation=_ev(None, "0", "5"), stated_score=D(9))
    assert s.uses_stated and s.reason is not None and "0.00 万元" in s.reason


def test_negative_executed(score_one: ScoreOne) -> None:
    s = score_one(10, None, None, name="预算执行率", evaluation=_ev(None, "100", "-5"), stated_score=D(9))
    assert s.uses_stated and s.reason is not None and "负数" in s.reason


def test_weight_zero(score_one: ScoreOne) -> None:
    assert score_one(0, None, None, name="预算执行率", evaluation=SEED).computed == D("0.00")
