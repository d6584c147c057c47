from decimal import Decimal as D

from jixiao.model import Evaluation, Grade, Indicator
from jixiao.scoring import load_pack, score_evaluation, score_indicator


def test_seed_recomputed(example: Evaluation) -> None:
    result = score_evaluation(example)
    assert (result.pack_id, result.stated_total, result.stated_grade) == ("central-2020", D("93.19"), Grade.EXCELLENT)
    execution = result.indicators[3]
    assert execution.name == "预算执行率"
    assert (execution.stated, execution.computed, execution.score) == (D("8.19"), D("14.03"), D("14.03"))
    assert execution.differs and not execution.uses_stated
    others = [s for s in result.indicators if s.index != 3]
    assert all(s.uses_stated and s.computed is None and s.score == s.stated for s in others)
    assert all(s.reason == "报告未给出年度指标值（目标值），无法按规则重算" for s in others)
    # 93.19 − 8.19 + 14.03
    assert result.total == D("99.03") and result.grade is Grade.EXCELLENT
    assert result.total_differs and not result.grade_differs
    assert result.total_receipt.formula == "5 + 5 + 15 + 14.03 + 5 + 20 + 10 + 5 + 10 + 5 + 5 = 99.03"
    assert result.cap_receipt is None


def test_total_is_the_sum_of_rounded_scores() -> None:
    # each 1 × 1/3 = 0.333… → 0.33; three of them sum to 0.99, not round(1.00)
    indicators = [Indicator(name=f"指标{i}", weight=D(1), target={"value": 3}, actual={"value": 1})
                  for i in range(3)]
    result = score_evaluation(Evaluation(year=2024, indicators=indicators))
    assert [s.score for s in result.indicators] == [D("0.33")] * 3
    assert result.total == D("0.99") and result.grade is Grade.POOR


def test_rule_pack_of_the_evaluation_is_used(example: Evaluation) -> None:
    example.rule_pack = "chongqing-whole-unit"
    result = score_evaluation(example)
    assert result.pack_id == "chongqing-whole-unit"
    receipt = result.indicators[3].receipt
    assert receipt is not None and receipt.formula == "15 × 93.55% = 14.03"


def test_unknown_rule_keeps_stated() -> None:
    ind = Indicator(name="x", weight=D(5), rule="magic", stated_score=D(4), target={"value": 1}, actual={"value": 1})
    s = score_indicator(ind, load_pack(None))
    assert s.uses_stated and s.score == D(4) and s.rule_id == "magic"
    assert s.reason == "规则包 central-2020 中没有名为 magic 的规则，无法重算"


def test_rule_params_override_pack_params(example: Evaluation) -> None:
    example.indicators[3].rule_params = {"denominator": "initial"}
    s = score_evaluation(example).indicators[3]
    assert s.computed == D("15.00")
    assert s.receipt is not None and s.receipt.inputs["分母"] == "年初预算"


def test_total_cap_option(example: Evaluation) -> None:
    pack = load_pack(None)
    pack.total_cap.enabled = True
    example.budget.executed = D("6000")  # 6000 ÷ 8224 = 72.96% → total at most 89
    result = score_evaluation(example, pack)
    assert result.total_receipt.result == D("95.94")  # 93.19 − 8.19 + 15 × 72.96% (10.94)
    assert result.cap_receipt is not None and result.cap_receipt.formula == "min(95.94, 89) = 89"
    assert result.total == D(89) and result.grade is Grade.GOOD


def test_total_cap_not_reached(example: Evaluation) -> None:
    pack = load_pack(None)
    pack.total_cap.enabled = True
    result = score_evaluation(example, pack)
    assert result.total == D("99.03")
    assert result.cap_receipt is not None and "不触及封顶线" in result.cap_receipt.sentence


def test_empty_evaluation() -> None:
    result = score_evaluation(Evaluation(year=2024))
    assert result.total == D(0) and result.grade is Grade.POOR and result.indicators == []


def test_weight_zero_scores_zero_under_every_rule() -> None:
    pack = load_pack(None)
    budget = {"initial": D(80), "adjusted": D(100), "executed": D(90)}
    for rule in pack.rules:
        ind = Indicator(name="预算执行率" if "execution" in rule else "指标", weight=D(0), rule=rule,
                        target={"value": D(0) if "zero" in rule else D(90)},
                        actual={"value": D(80), "tier": "部分达成"},
                        stated_score=D(0), score_reason="说明")
        s = score_indicator(ind, pack, Evaluation(year=2024, budget=budget))
        assert (s.uses_stated, s.score) == (False, D("0.00")), rule
