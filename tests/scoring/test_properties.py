"""Properties every rule must keep, checked on generated inputs."""

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.model import Actual, Comparator, Indicator, Target, Tier
from jixiao.scoring import RULE_TYPES, load_pack, score_indicator

PACK = load_pack(None)
amounts = st.decimals(min_value=D("-50"), max_value=D("500"), places=2, allow_nan=False, allow_infinity=False)
weights = st.decimals(min_value=D(0), max_value=D(30), places=2, allow_nan=False, allow_infinity=False)
rules = st.sampled_from(sorted(PACK.rules))
comparators = st.sampled_from(list(Comparator))


def _ind(weight: D, target: D, actual: D, rule: str, comparator: Comparator = Comparator.GE) -> Indicator:
    return Indicator(name="预算执行率" if "execution" in rule else "指标", weight=weight, rule=rule,
                     target=Target(comparator=comparator, value=target, unit="%"),
                     actual=Actual(value=actual, unit="%", tier=Tier.PARTIAL), stated_score=actual,
                     score_reason="说明")


@settings(max_examples=300, deadline=None)
@given(weights, amounts, amounts, rules, comparators)
def test_score_between_zero_and_weight(weight: D, target: D, actual: D, rule: str, comparator: Comparator) -> None:
    s = score_indicator(_ind(weight, target, actual, rule, comparator), PACK)
    assert RULE_TYPES[PACK.rules[rule].type]
    if not s.uses_stated:
        assert s.computed is not None and D(0) <= s.computed <= weight
        assert s.computed == s.computed.quantize(D("0.01"))


@settings(max_examples=200, deadline=None)
@given(weights, amounts, amounts, amounts)
def test_positive_never_decreases_as_actual_rises(weight: D, target: D, a: D, b: D) -> None:
    low, high = sorted((a, b))
    s_low = score_indicator(_ind(weight, target, low, "positive"), PACK)
    s_high = score_indicator(_ind(weight, target, high, "positive"), PACK)
    if not s_low.uses_stated:
        assert s_low.score <= s_high.score


@settings(max_examples=200, deadline=None)
@given(weights, amounts, amounts, amounts, st.sampled_from(["reverse", "reverse_linear"]))
def test_reverse_never_increases_as_actual_rises(weight: D, target: D, a: D, b: D, rule: str) -> None:
    low, high = sorted((a, b))
    s_low = score_indicator(_ind(weight, target, low, rule, Comparator.LE), PACK)
    s_high = score_indicator(_ind(weight, target, high, rule, Comparator.LE), PACK)
    if not s_low.uses_stated and not s_high.uses_stated:
        assert s_high.score <= s_low.score
