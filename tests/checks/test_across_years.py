"""Checks across reports, year over year: TARGET_BELOW_LAST_ACTUAL, TARGET_UNCHANGED, TEXT_REPEATED,
and a unit's figures across years. Each test builds a unit's years from the bundled example."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.across import record_of, run_across, series_findings, unit_years
from jixiao.checks import BATCH_CHECKS, CHECKS
from jixiao.model import Actual, Comparator, Evaluation, Target
from jixiao.scoring import score_evaluation

PROBLEMS = ("单位工作人员对预算绩效管理的认识不深，个别指标权重设置不合理，导致预算管理与绩效管理脱节，"
            "预算管理精细化不够，绩效管理效果有待提高。")


def year_of(example: Evaluation, year: int, targets: dict[str, tuple[str, str, str]] | None = None,
            actuals: dict[str, str] | None = None, problems: str | None = None) -> Evaluation:
    """The example as ``year``, with targets ``{name: (comparator, value, unit)}`` and actuals ``{name: value}``."""
    evaluation = example.model_copy(deep=True)
    evaluation.year = year
    for indicator in evaluation.indicators:
        if targets and indicator.name in targets:
            comparator, value, unit = targets[indicator.name]
            indicator.target = Target(comparator=Comparator(comparator), value=Decimal(value), unit=unit)
        if actuals and indicator.name in actuals:
            unit = indicator.actual.unit if indicator.actual else "%"
            indicator.actual = Actual(value=Decimal(actuals[indicator.name]), unit=unit)
    if problems is not None:
        evaluation.sections.problems = problems
    return evaluation


def records(*evaluations: Evaluation):
    return [record_of(e, score_evaluation(e), key=f"{e.unit.name}-{e.year}-{i}") for i, e in enumerate(evaluations)]


def codes(found, code):
    return [(key, f) for key, f in found if f.code == code]


def problems_repeated(found):
    return [f for _, f in codes(found, "TEXT_REPEATED") if f.location == "sections.problems"]


def test_across_codes_are_registered_with_the_checks_across_reports():
    assert {"TARGET_BELOW_LAST_ACTUAL", "TARGET_UNCHANGED", "TEXT_REPEATED", "TEXT_COPIED"} <= set(BATCH_CHECKS)
    assert not set(BATCH_CHECKS) & set(CHECKS)


def test_target_below_last_actual(example):
    last = year_of(example, 2023, actuals={"群众满意度": "95", "补助政策知晓率": "92"})
    this = year_of(example, 2024, targets={"群众满意度": ("≥", "90", "%"), "补助政策知晓率": ("≥", "92", "%")})
    found = codes(series_findings(records(this, last)), "TARGET_BELOW_LAST_ACTUAL")
    assert len(found) == 1
    key, finding = found[0]
    assert key.endswith("-2024-0")
    assert finding.severity.value == "warning" and finding.location == "indicators[9].target"
    assert finding.message == "指标“群众满意度”2024年的年度指标值 ≥90% 低于上年（2023年）实际完成值 95%，目标设置偏低"
    assert finding.numbers["last_year"] == "2023"


def test_reverse_target_looser_than_last_actual(example):
    last = year_of(example, 2023)  # 森林防火灾发生次数: 0次
    this = year_of(example, 2024, targets={"森林防火灾发生次数": ("≤", "2", "次")})
    (found,) = codes(series_findings(records(last, this)), "TARGET_BELOW_LAST_ACTUAL")
    assert "反向指标“森林防火灾发生次数”2024年的年度指标值 ≤2次 高于上年（2023年）实际完成值 0次" in found[1].message


@pytest.mark.parametrize("change", ["gap_year", "other_unit", "other_measure", "higher_target"])
def test_target_below_last_actual_needs_the_same_unit_measure_and_the_year_before(example, change):
    last = year_of(example, 2022 if change == "gap_year" else 2023, actuals={"群众满意度": "95"})
    target = ("≥", "96", "%") if change == "higher_target" else ("≥", "90", "人" if change == "other_measure" else "%")
    this = year_of(example, 2024, targets={"群众满意度": target})
    if change == "other_unit":
        this.unit.name = "重庆市璧山区另一镇人民政府"
    found = run_across(records(last, this))
    assert not [f for fs in found.values() for f in fs if f.code == "TARGET_BELOW_LAST_ACTUAL"]


def test_target_unchanged_three_years_running(example):
    same = {"群众满意度": ("≥", "85", "%"), "受助对象覆盖率": ("≥", "100", "%")}
    years = [year_of(example, y, targets=same, actuals={"群众满意度": a}) for y, a in ((2022, "88"), (2023, "90"),
                                                                                     (2024, "91"))]
    found = codes(series_findings(records(*years)), "TARGET_UNCHANGED")
    assert [f.message for _, f in found] == [
        "指标“群众满意度”的年度指标值连续三年（2022—2024年）均为 ≥85%，未随完成情况调整"
        "（2022、2023年实际完成值分别为 88%、90%）"]
    assert found[0][0].endswith("-2024-2")  # flagged on the third year only; ≥100% cannot be raised


def test_target_changed_within_three_years_is_not_flagged(example):
    years = [year_of(example, y, targets={"群众满意度": ("≥", t, "%")}) for y, t in ((2022, "85"), (2023, "86"),
                                                                                  (2024, "86"))]
    assert not codes(series_findings(records(*years)), "TARGET_UNCHANGED")


def test_text_repeated_from_last_year(example):
    last = year_of(example, 2023, problems=PROBLEMS)
    this = year_of(example, 2024, problems=PROBLEMS.replace("认识不深", "认识不足"))
    repeated = codes(series_findings(records(last, this)), "TEXT_REPEATED")
    # the example's other sections are the same both years: flagged at 100%
    assert sorted(f.location for _, f in repeated) == ["sections.experience", "sections.measures", "sections.problems"]
    (found,) = [item for item in repeated if item[1].location == "sections.problems"]
    assert found[0].endswith("-2024-1")
    assert found[1].message.startswith("“存在的问题”与上年（2023年）报告的同一部分 9")


def test_rewritten_or_short_text_is_not_repeated(example):
    last = year_of(example, 2023, problems=PROBLEMS)
    rewritten = year_of(example, 2024,
                        problems="今年发现绩效目标设定不够细化、量化，部分项目资金支付进度偏慢，绩效监控未覆盖全部项目。")
    assert not problems_repeated(series_findings(records(last, rewritten)))
    short = "指标设置不够细化。"
    assert not problems_repeated(series_findings(records(year_of(example, 2023, problems=short),
                                                         year_of(example, 2024, problems=short))))


def test_unit_years_show_scores_rates_and_grades(example):
    last = year_of(example, 2023)
    last.budget.executed = Decimal("7000")
    rows = unit_years(records(example, last))
    assert [r["year"] for r in rows] == [2023, 2024]
    assert rows[1] == {"year": 2024, "report": rows[1]["report"], "stated_total": "93.19", "total": "99.03",
                       "stated_grade": "优", "grade": "优", "execution_rate": "93.55%"}
    assert rows[0]["execution_rate"] == "85.12%"


def test_record_round_trips_through_json(example):
    (record,) = records(year_of(example, 2024, targets={"群众满意度": ("≥", "90", "%")}))
    from jixiao.across.record import ReportRecord

    assert ReportRecord.from_data(record.to_data()) == record
