"""Shapes the held-out pages of stop 48 showed (docs/reader-corpora/held-48.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a report opening on its conclusion, then each part's own score in the same words
_PARTS_SCORED = (
    "2023年度项目支出绩效自评报告\n"
    "(某某村某某合作社仓储设施建设项目)\n"
    "一、自评结论\n"
    "(一)自评得分\n"
    "县某某社对某某合作社的预算执行情况和年度绩效指标完成情况开展自查,绩效自评得分88.5分,自评等级为良。\n"
    "(二)绩效目标完成情况\n"
    "1. 预算执行完成情况:财政下达项目资金40万元,目前已拨付36万元,预算执行率为90%,绩效自评得分18分。\n"
    "2.产出指标完成情况:各项指标基本完成,绩效自评得分35.5分。\n"
    "3.效益指标完成情况:各项指标全面完成,绩效自评得分25分。\n"
    "4.满意度指标完成情况:综合测评达92%,绩效自评得分10分。\n"
)


def test_a_parts_score_under_its_name_is_not_the_total_stated_again() -> None:
    """"2.产出指标完成情况:…绩效自评得分35.5分" after the conclusion's "绩效自评得分88.5分": each part's score is
    its own, never the whole's total stated again (no contradiction between the text and itself)."""
    read = _read(_PARTS_SCORED)
    assert read.stated_total == Decimal("88.5")
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_the_budget_parts_score_is_the_execution_indicator_with_no_weight() -> None:
    """"1. 预算执行完成情况:…预算执行率为90%,绩效自评得分18分": the 预算执行率 indicator, actual 90 %, score 18, its
    weight not stated; the blocks' scores are no indicators."""
    read = _read(_PARTS_SCORED)
    assert [(i.name, i.weight, i.actual.value if i.actual else None, i.stated_score) for i in read.indicators] == [
        ("预算执行率", None, Decimal("90"), Decimal("18"))]

