"""Evidence and form: targets, figures, survey samples, numbering."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks import Severity
from jixiao.model import Actual, Comparator, Evidence, Target, Tier


def test_targets_missing_on_the_example(example, found):
    findings = found(example, "TARGET_MISSING")
    assert all(f.severity is Severity.WARNING for f in findings)
    # every quantitative indicator but 预算执行率 (its target is the budget itself)
    assert [f.location for f in findings] == [f"indicators[{i}].target" for i in (0, 1, 2, 4, 5, 6, 7, 8, 9, 10)]
    first = findings[0]
    assert first.numbers == {"weight": "5", "actual": "100%", "stated": "5"}
    assert "预决算信息公开率" in first.message


def test_target_given(example, found):
    example.indicators[0].target = Target(comparator=Comparator.GE, value=Decimal(100), unit="%")
    assert "indicators[0].target" not in [f.location for f in found(example, "TARGET_MISSING")]


def test_qualitative_indicator_needs_no_numeric_target(example, found):
    example.indicators[2].actual = Actual(tier=Tier.ACHIEVED, text="按规范程序发放")
    assert "indicators[2].target" not in [f.location for f in found(example, "TARGET_MISSING")]


def test_evidence_missing_on_the_example(example, found):
    [f] = found(example, "EVIDENCE_MISSING")
    assert f.severity is Severity.WARNING
    assert f.location == "indicators[2].actual"
    assert "补贴资金发放及时率" in f.message and "比率指标" in f.message
    assert "未出现不合规使用资金的情况" in f.numbers["text"]


def test_evidence_given(example, found):
    example.indicators[2].actual = Actual(value=Decimal(100), unit="%")
    assert found(example, "EVIDENCE_MISSING") == []


def test_rate_without_any_actual(example, found):
    example.indicators[5].actual = None  # 受助对象覆盖率
    example.indicators[5].stated_score = Decimal(18)  # with its full score it would be FULL_SCORE_BLANK_VALUE
    [f] = [f for f in found(example, "EVIDENCE_MISSING") if f.location == "indicators[5].actual"]
    assert "未给出实际完成值" in f.message


def test_survey_samples_fine_on_the_example(example, found):
    # 90% of 50 = 45 people; 职工满意度 rests on a described full-coverage survey
    assert found(example, "SURVEY_SAMPLE") == []


def test_satisfaction_not_a_whole_number_of_respondents(example, found):
    example.indicators[9].actual = Actual(value=Decimal(91), unit="%")
    [f] = found(example, "SURVEY_SAMPLE")
    assert f.severity is Severity.WARNING
    assert f.location == "indicators[9].actual"
    assert f.numbers == {"rate": "91%", "sample_size": "50", "respondents": "45.5"}


def test_rounded_rate_of_a_small_sample_is_whole(example, found):
    example.indicators[9].evidence = Evidence(sample_size=3)
    example.indicators[9].actual = Actual(value=Decimal("66.67"), unit="%")  # 2 of 3
    assert found(example, "SURVEY_SAMPLE") == []


def test_satisfaction_without_any_evidence(example, found):
    example.indicators[10].evidence = None
    [f] = found(example, "SURVEY_SAMPLE")
    assert f.location == "indicators[10].evidence"
    assert "职工、干部满意度" in f.message


def test_numbering_fine_on_the_example(example, found):
    assert found(example, "NUMBERING_GAP", infos=True) == []


def test_missing_indicator_number(example, found):
    example.indicators[4].number = None
    findings = found(example, "NUMBERING_GAP")
    assert all(f.severity is Severity.ERROR for f in findings)
    assert {f.location for f in findings} == {"indicators[4].number", "indicators"}
    gap = next(f for f in findings if f.location == "indicators")
    assert gap.numbers == {"missing": "5", "highest": "11"}
    unnumbered = next(f for f in findings if f.location == "indicators[4].number")
    assert unnumbered.numbers == {"position": "5"} and "森林防火灾发生次数" in unnumbered.message


def test_unnumbered_execution_rate_row_is_not_a_gap(example, found):
    # As in a project table: the money block's 预算执行率 row has no number, the indicators run 1–10.
    execution = example.indicators.pop(3)
    execution.number = None
    for number, ind in enumerate(example.indicators, start=1):
        ind.number = number
    example.indicators.insert(0, execution)
    assert found(example, "NUMBERING_GAP", infos=True) == []


def test_duplicated_indicator_number(example, found):
    example.indicators[4].number = 6
    [gap] = found(example, "NUMBERING_GAP")
    assert gap.numbers["missing"] == "5"
    [duplicate] = found(example, "NUMBERING_REPEAT")
    assert duplicate.numbers == {"number": "6", "count": "2"}
    assert duplicate.message == "指标编号 6 用了 2 次：“森林防火灾发生次数”、“受助对象覆盖率”"


def test_a_number_used_twice_is_no_gap(example, found):
    for ind in example.indicators[5:]:
        ind.number = (ind.number or 0) - 1  # 1, 2, 3, 4, 5, 5, 6 … 10
    assert found(example, "NUMBERING_GAP", infos=True) == []
    assert [f.numbers["number"] for f in found(example, "NUMBERING_REPEAT")] == ["5"]


def test_removed_indicator_leaves_a_gap(example, found):
    del example.indicators[6]
    [f] = found(example, "NUMBERING_GAP")
    assert f.numbers == {"missing": "7", "highest": "11"}


def test_unnumbered_indicators_cannot_be_checked(example, found):
    for ind in example.indicators:
        ind.number = None
    [f] = found(example, "NUMBERING_GAP", infos=True)
    assert f.severity is Severity.INFO
