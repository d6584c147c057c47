"""Checks on shapes of the lure set (docs/reader-corpora/lure.md) that must not accuse a clean report: balances that
explain an income/spending gap, staff hired outside the establishment, a bonus rule above the weight, a points value
read from two figures. Each: a case that must stay quiet and one that still fires. Invented units and figures."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.checks import Severity
from jixiao.checks.misread import implausible_quote
from jixiao.model import Budget, Evaluation, Indicator, Kind, Reading, SourceRef, StaffPart, Unit


def whole(**budget) -> Evaluation:  # type: ignore[no-untyped-def]
    return Evaluation(year=2024, kind=Kind.WHOLE_UNIT, unit=Unit(name="某县供热中心"), budget=Budget(**budget))


# -- INCOME_EXPENDITURE_GAP: 本年收入 − 本年支出 = 年末结转结余 − 年初结转结余 ----------------------------------

@pytest.mark.parametrize(("income", "spent", "opening", "closing"),
                         [("2846.35", "2918.60", "186.40", "114.15"), ("512.00", "488.30", "40.10", "63.80")])
def test_gap_explained_by_the_opening_and_closing_balances(found, income, spent, opening, closing):
    evaluation = whole(income_total=D(income), expenditure_total=D(spent), carry_over=D(closing),
                       opening_balance=D(opening))
    assert found(evaluation, "INCOME_EXPENDITURE_GAP") == []


def test_gap_the_balances_do_not_explain_is_still_found(found):
    evaluation = whole(income_total=D("2846.35"), expenditure_total=D("2918.60"), carry_over=D("114.15"),
                       opening_balance=D("150.00"))
    [f] = found(evaluation, "INCOME_EXPENDITURE_GAP")
    assert f.severity is Severity.WARNING


def test_gap_explained_by_another_stated_balance(found):
    """上年结转 read first, the 年末结转结余 the text also states equal to the gap."""
    evaluation = whole(income_total=D("27995.60"), expenditure_total=D("27523.45"), carry_over=D("846.20"))
    assert len(found(evaluation, "INCOME_EXPENDITURE_GAP")) == 1
    evaluation.alternatives["budget.carry_over"] = [
        Reading(value="472.15", source=SourceRef(location="第7段", text="年末结转结余472.15万元"))]
    assert found(evaluation, "INCOME_EXPENDITURE_GAP") == []


# -- STAFF_OVER_ESTABLISHMENT: 编外 staff inside the total ------------------------------------------------------------

@pytest.mark.parametrize("outside", ["编外聘用教师", "劳务派遣人员", "合同制职工"])
def test_staff_hired_outside_the_establishment_fit_it(found, outside):
    unit = Unit(name="某市第三中学", staff_total=312, staff_establishment=296,
                staff_parts=[StaffPart(name="在编教师", count=288), StaffPart(name=outside, count=24)])
    assert found(Evaluation(year=2024, unit=unit), "STAFF_OVER_ESTABLISHMENT") == []


def test_staff_over_the_establishment_even_without_those_hired_outside_it(found):
    unit = Unit(name="某市第三中学", staff_total=312, staff_establishment=280,
                staff_parts=[StaffPart(name="在编教师", count=300), StaffPart(name="编外聘用教师", count=12)])
    assert len(found(Evaluation(year=2024, unit=unit), "STAFF_OVER_ESTABLISHMENT")) == 1


# -- SCORE_OVER_WEIGHT: a bonus rule in the row -----------------------------------------------------------------------

def _scored(score: str, note: str | None) -> Evaluation:
    ind = Indicator(name="工作安排", weight=D(1), stated_score=D(score), deviation_note=note)
    return Evaluation(year=2024, indicators=[ind])


@pytest.mark.parametrize(("score", "note"), [("2", "纳入重点工作部署的得1分；有领导批示的，一个加1分，最多加2分"),
                                             ("1.5", "按时报送得1分，经验被推广的加分")])
def test_score_above_the_weight_by_a_stated_bonus(found, score, note):
    assert found(_scored(score, note), "SCORE_OVER_WEIGHT") == []


@pytest.mark.parametrize(("score", "note"), [("2", None), ("3.5", "有领导批示的，一个加1分，最多加2分")])
def test_score_above_the_weight_and_any_bonus(found, score, note):
    [f] = found(_scored(score, note), "SCORE_OVER_WEIGHT")
    assert f.severity is Severity.ERROR


# -- a weight read from "7 7" (分值 and 得分 left on one line) ------------------------------------------------

@pytest.mark.parametrize(("text", "doubt"), [("7 7", True), ("10  9.5", True), ("1 234", False), ("77", False)])
def test_points_read_from_two_figures(text, doubt):
    evaluation = Evaluation(year=2024, indicators=[Indicator(name="修缮建筑数量", weight=D(77))],
                            provenance={"indicators[0].weight": SourceRef(location="第16行", text=text)})
    assert (implausible_quote(evaluation, "indicators[0].weight") is not None) is doubt
