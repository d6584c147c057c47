"""Scores: grade, bounds, recomputation, qualitative bands, full scores, deviation notes."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Severity
from jixiao.model import Actual, Comparator, Grade, Target, Tier


def test_grade_matches_on_the_example(example, found):
    assert found(example, "GRADE_MISMATCH", infos=True) == []


def test_wrong_grade(example, found):
    example.stated_grade = Grade.GOOD
    [f] = found(example, "GRADE_MISMATCH")
    assert f.severity is Severity.ERROR
    assert f.numbers == {"stated_grade": "良", "stated_total": "93.19", "expected_grade": "优"}
    assert "“良”" in f.message and "93.19" in f.message and "优（≥ 90）" in f.message


def test_grade_follows_the_stated_total(example, found):
    example.stated_total = Decimal("89.99")  # 良 is right for 89.99, whatever the indicators say
    example.stated_grade = Grade.GOOD
    assert found(example, "GRADE_MISMATCH") == []


def test_grade_cannot_run_without_stated_grade(example, found):
    example.stated_grade = None
    [f] = found(example, "GRADE_MISMATCH", infos=True)
    assert f.severity is Severity.INFO


def test_scores_within_weights_on_the_example(example, found):
    assert found(example, "SCORE_OVER_WEIGHT") == []
    assert found(example, "NEGATIVE_SCORE") == []


def test_score_above_weight(example, found):
    example.indicators[0].stated_score = Decimal(6)
    [f] = found(example, "SCORE_OVER_WEIGHT")
    assert f.severity is Severity.ERROR
    assert f.location == "indicators[0].stated_score"
    assert f.numbers == {"score": "6", "weight": "5", "excess": "1"}
    assert "预决算信息公开率" in f.message


def test_score_a_cent_above_weight(example, found):
    example.indicators[0].stated_score = Decimal("5.01")
    [f] = found(example, "SCORE_OVER_WEIGHT")
    assert f.numbers["excess"] == "0.01"


def test_negative_score(example, found):
    example.indicators[1].stated_score = Decimal(-1)
    [f] = found(example, "NEGATIVE_SCORE")
    assert f.severity is Severity.ERROR
    assert f.location == "indicators[1].stated_score"
    assert f.numbers == {"score": "-1", "weight": "5"}


def test_stated_deduction_counts_as_a_score(example, found):
    example.indicators[1].stated_score = None
    example.indicators[1].stated_deduction = Decimal(7)  # 5 − 7 = −2
    [f] = found(example, "NEGATIVE_SCORE")
    assert f.numbers["score"] == "-2"


def test_execution_score_not_recomputable_on_the_example(example, found):
    [f] = found(example, "SCORE_NOT_RECOMPUTABLE")
    assert f.severity is Severity.WARNING
    assert f.location == "indicators[3].stated_score"
    assert f.numbers == {"stated": "8.19", "recomputed": "14.03", "difference": "5.84", "pack": "central-2020"}
    assert "预算执行率" in f.message and "15 × min(1, 93.55%)" in f.message


def test_recomputable_score_passes(example, found):
    example.indicators[3].stated_score = Decimal("14.03")
    assert found(example, "SCORE_NOT_RECOMPUTABLE", infos=True) == []


def test_positive_indicator_recomputed_from_its_target(example, found):
    ind = example.indicators[7]  # 补助政策知晓率, actual 95%
    ind.target = Target(comparator=Comparator.GE, value=Decimal(100), unit="%")
    [f] = [f for f in found(example, "SCORE_NOT_RECOMPUTABLE") if f.location == "indicators[7].stated_score"]
    # 5 × min(1, 95/100) = 4.75, stated 5
    assert f.numbers["stated"] == "5" and f.numbers["recomputed"] == "4.75"


def test_missing_target_is_not_reported_as_not_recomputable(example, found):
    locations = [f.location for f in found(example, "SCORE_NOT_RECOMPUTABLE", infos=True)]
    assert locations == ["indicators[3].stated_score"]


def test_qualitative_indicator_without_tier_or_rule_says_it_could_not_check(example, found):
    ind = example.indicators[2]
    ind.target = Target(text="按规定及时发放")
    ind.actual = Actual(text="按时发放")
    [f] = [f for f in found(example, "SCORE_NOT_RECOMPUTABLE", infos=True) if f.severity is Severity.INFO]
    assert f.location == "indicators[2].stated_score"
    assert f.message.startswith("未能核对：指标3“补贴资金发放及时率”")


def _partial(example, score: str):
    ind = example.indicators[2]  # 补贴资金发放及时率, weight 15
    ind.actual = Actual(tier=Tier.PARTIAL, text="部分补贴延迟发放")
    ind.stated_score = Decimal(score)
    return ind


def test_qualitative_score_inside_its_band(example, found):
    _partial(example, "10")  # 部分达成: [7.5, 12)
    assert found(example, "QUALITATIVE_OUT_OF_BAND") == []


def test_qualitative_score_outside_its_band(example, found):
    _partial(example, "15")
    [f] = found(example, "QUALITATIVE_OUT_OF_BAND")
    assert f.severity is Severity.ERROR
    assert f.numbers == {"tier": "部分达成", "band": "[7.5, 12)", "score": "15", "weight": "15"}


def test_qualitative_band_from_the_indicators_rule(example, found):
    ind = _partial(example, "8")  # inside [7.5, 12) by 80/50, outside [9, 12) by 80/60
    assert found(example, "QUALITATIVE_OUT_OF_BAND") == []
    ind.rule = "qualitative_80_60"
    [f] = found(example, "QUALITATIVE_OUT_OF_BAND")
    assert f.numbers["band"] == "[9, 12)"


def test_full_score_with_target_met(example, found):
    example.indicators[7].target = Target(comparator=Comparator.GE, value=Decimal(95), unit="%")
    assert found(example, "FULL_SCORE_BELOW_TARGET") == []


def test_full_score_below_target(example, found):
    example.indicators[7].target = Target(comparator=Comparator.GE, value=Decimal(98), unit="%")
    [f] = found(example, "FULL_SCORE_BELOW_TARGET")
    assert f.severity is Severity.ERROR
    assert f.location == "indicators[7].stated_score"
    assert f.numbers == {"actual": "95%", "target": "≥98%", "score": "5", "weight": "5"}


def test_full_score_above_a_reverse_target(example, found):
    example.indicators[4].actual = Actual(value=Decimal(2), unit="次")  # 森林火灾 2 次
    example.indicators[4].target = Target(comparator=Comparator.LE, value=Decimal(0), unit="次")
    [f] = found(example, "FULL_SCORE_BELOW_TARGET")
    assert f.numbers["actual"] == "2次" and f.numbers["target"] == "≤0次"


def test_no_deviation_note_needed_at_full_score(example, found):
    assert found(example, "DEVIATION_NOTE_MISSING") == []


def test_deviation_note_missing(example, found):
    example.indicators[0].stated_score = Decimal(4)
    [f] = found(example, "DEVIATION_NOTE_MISSING")
    assert f.severity is Severity.WARNING
    assert f.location == "indicators[0].deviation_note"
    assert f.numbers == {"score": "4", "weight": "5", "lost": "1"}


def test_deviation_note_present(example, found):
    example.indicators[0].stated_score = Decimal(4)
    example.indicators[0].deviation_note = "部分信息公开延迟，下年度建立公开台账"
    assert found(example, "DEVIATION_NOTE_MISSING") == []


def test_execution_shortfall_is_not_a_missing_deviation_note(example, found):
    # 8.19 of 15 on 预算执行率: the unspent money is reported by UNSPENT_UNEXPLAINED instead
    assert example.indicators[3].stated_score < example.indicators[3].weight
    assert found(example, "DEVIATION_NOTE_MISSING") == []


def test_far_over_achievement_needs_a_note(example, found):
    example.indicators[7].target = Target(comparator=Comparator.GE, value=Decimal(70), unit="%")
    [f] = found(example, "DEVIATION_NOTE_MISSING")  # 95 / 70 = 135.71% ≥ 130%
    assert f.numbers == {"actual": "95%", "target": "≥70%", "ratio": "135.71%", "threshold": "130%"}


def test_moderate_over_achievement_needs_no_note(example, found):
    example.indicators[7].target = Target(comparator=Comparator.GE, value=Decimal(80), unit="%")
    assert found(example, "DEVIATION_NOTE_MISSING") == []  # 118.75%


def test_a_full_score_the_rule_gives_once_rounded_is_no_error(example, found):
    ind = example.indicators[0]  # 5 points
    ind.target = Target(comparator=Comparator.GE, value=Decimal(100), unit="%")
    ind.actual = Actual(value=Decimal("99.9"), unit="%")  # 5 × 99.9% = 4.995 → 5.00
    assert found(example, "FULL_SCORE_BELOW_TARGET") == []
    ind.actual = Actual(value=Decimal("99.8"), unit="%")  # 4.99: the full score is wrong
    assert [f.code for f in found(example, "FULL_SCORE_BELOW_TARGET")] == ["FULL_SCORE_BELOW_TARGET"]


def test_full_score_with_a_share_written_as_a_fraction(example, found):
    """实际完成值 0.95 (no unit) against ≥90%: read as a share (95%) it meets the target, so no error rests on
    reading it as 0.95% (docs/reader-corpora/look-alikes-33.md)."""
    ind = example.indicators[7]
    ind.target = Target(comparator=Comparator.GE, value=Decimal(90), unit="%")
    ind.actual = Actual(value=Decimal("0.95"))
    assert found(example, "FULL_SCORE_BELOW_TARGET") == []


def test_full_score_below_target_as_a_share_too(example, found):
    """0.85 against ≥90%: short of the target read either way (85% or 0.85%): still an error."""
    ind = example.indicators[7]
    ind.target = Target(comparator=Comparator.GE, value=Decimal(90), unit="%")
    ind.actual = Actual(value=Decimal("0.85"))
    [f] = found(example, "FULL_SCORE_BELOW_TARGET")
    assert f.severity is Severity.ERROR
