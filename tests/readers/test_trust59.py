"""Targets and actuals written as a range (stop 50, trust59): "85%-90%", "3-5个", "2-3天" are read from their lower
end to their upper, and no check compares one end alone as the target. Invented snippets, read as ``jixiao parse``
reads a txt."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import by_name, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Finding, Severity
from jixiao.readers.extract.values import parse_actual, parse_target

_HEAD = ("某镇2024年度农村公路管护项目绩效自评表\n项目名称 | 农村公路管护 | |||\n"
         "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n")


def _findings(*rows: str) -> list[Finding]:
    return run_checks(read_page(_HEAD + "".join(row + "\n" for row in rows)))


def _of(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code and f.severity is not Severity.INFO]


@pytest.mark.parametrize(("cell", "value", "upper"), [("2-4个", "2", "4"), ("80%～85%", "80", "85"),
                                                       ("6至8天", "6", "8"), ("≥92%且≤98%", "92", "98")])
def test_a_range_target_keeps_its_upper_end(cell: str, value: str, upper: str) -> None:
    """The lower end is the target's figure, the upper end is kept beside it (before, it was dropped)."""
    read = parse_target(cell)
    assert read is not None and (read["value"], read["upper"]) == (Decimal(value), Decimal(upper))


@pytest.mark.parametrize("cell", ["2-4个", "6至8天", "1200～1500人次"])
def test_an_actual_written_as_a_range_is_no_figure(cell: str) -> None:
    """"2-4个" done is no count: before, it was read as 2 of a unit "-", a figure a check then compared."""
    assert parse_actual(cell) == {"text": cell}


def test_an_actual_inside_a_range_is_no_over_achievement() -> None:
    """7 处 done against "5-6处" is 117 % of the range's upper end, not 140 % of its lower one: no missing
    explanation of a target far exceeded (before, a warning)."""
    found = _findings("产出指标 | 数量指标 | 疏通边沟段数 | 5-6处 | 7处 | 20 | 20 | |")
    assert _of(found, "DEVIATION_NOTE_MISSING") == []


def test_far_past_a_ranges_upper_end_still_asks_why() -> None:
    """10 处 done against "5-6处" is past 130 % of its upper end: the warning stands, the range shown as written
    (guard)."""
    found = _of(_findings("产出指标 | 数量指标 | 疏通边沟段数 | 5-6处 | 10处 | 20 | 20 | |"), "DEVIATION_NOTE_MISSING")
    assert len(found) == 1 and "5-6处" in found[0].message and "≥5处" not in found[0].message


def test_below_a_range_its_score_is_not_checked_against_one_end() -> None:
    """1 天 against "3-4天" with the full score: B ÷ 3 and B ÷ 4 differ and the range names no one target, so the
    score is said not checked (before, a warning recomputed it from 3 天 as "目标 3天"); the full score below the range
    is a warning to check, never an error (a time limit is met below it), shown with the range as written."""
    found = _findings("产出指标 | 时效指标 | 报修处置时长 | 3-4天 | 1天 | 20 | 20 | |")
    assert _of(found, "SCORE_NOT_RECOMPUTABLE") == []
    assert any(f.code == "SCORE_NOT_RECOMPUTABLE" and "3-4天" in f.message for f in found)  # (said not checked)
    below = [f for f in found if f.code == "FULL_SCORE_BELOW_TARGET"]
    assert [f.severity for f in below] == [Severity.WARNING]
    assert "3-4天" in below[0].message and "≥3天" not in below[0].message


def test_inside_a_range_the_full_score_is_met() -> None:
    """88 % against "85%-90%" with the full score: nothing to report on its target (guard)."""
    found = _findings("效益指标 | 社会效益指标 | 沿线群众满意度 | 85%-90% | 88% | 20 | 20 | |")
    assert not [f for f in found if f.code in ("FULL_SCORE_BELOW_TARGET", "SCORE_NOT_RECOMPUTABLE",
                                               "DEVIATION_NOTE_MISSING") and f.severity is not Severity.INFO]


def test_a_range_read_from_a_table_row() -> None:
    """A table row's range target carries both ends into the model."""
    row = by_name(read_page(_HEAD + "产出指标 | 数量指标 | 疏通边沟段数 | 5-6处 | 6处 | 20 | 20 | |\n"))
    target = row["疏通边沟段数"].target
    assert target is not None and (target.value, target.upper, target.text) == (Decimal(5), Decimal(6), "5-6处")
    assert target.within(Decimal(6)) and not target.within(Decimal(4))


def test_a_full_score_the_rule_rounds_up_below_a_two_sided_range() -> None:
    """94.97 % against "≥95%且≤100%" with 5 of 5: 5 × 94.97 ÷ 95 rounds to the full 5, as for any target (guard: a
    range keeps the rule's rounding exception)."""
    found = _findings("效益指标 | 社会效益指标 | 设施完好率 | ≥95%且≤100% | 94.97% | 5 | 5 | |")
    assert [f for f in found if f.code == "FULL_SCORE_BELOW_TARGET"] == []
