"""The report's total read as one indicator's score (a block title "预算执行情况（10分）" taken for an indicator
that picked up the conclusion's "自评得分97.82分") is no reading of the document: the errors it alone causes
become warnings to be checked by a person; the same indicator with a score of its own keeps them errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.checks import Severity
from jixiao.model import Indicator, ReadingNotes, SourceRef

CODES = ("TOTAL_MISMATCH", "WEIGHTS_NOT_100", "SCORE_OVER_WEIGHT")


def _with_block_title(example, score: Decimal):
    example.reading = ReadingNotes()
    example.indicators.insert(0, Indicator(name="预算执行情况", weight=Decimal(10), stated_score=score))
    example.provenance["indicators[0].stated_score"] = SourceRef(location="第13行", text=f"自评得分{score}分")
    return example


@pytest.mark.parametrize("code", CODES)
def test_an_indicator_scored_with_the_stated_total_makes_a_warning(example, found, code):
    evaluation = _with_block_title(example, example.stated_total)
    [f] = found(evaluation, code)
    assert f.severity is Severity.WARNING and f.needs_review
    assert "指标1“预算执行情况”可能是把综合得分误读为指标得分，按此读法：不计此项" in f.message
    assert "第13行「自评得分" in f.message


@pytest.mark.parametrize("code", ["TOTAL_MISMATCH", "WEIGHTS_NOT_100"])
def test_an_indicator_with_a_score_of_its_own_keeps_the_error(example, found, code):
    evaluation = _with_block_title(example, Decimal("9.5"))
    [f] = found(evaluation, code)
    assert f.severity is Severity.ERROR


def test_a_hand_made_evaluation_keeps_the_error(example, found):
    example.indicators.insert(0, Indicator(name="预算执行情况", weight=Decimal(10), stated_score=example.stated_total))
    [f] = found(example, "TOTAL_MISMATCH")
    assert f.severity is Severity.ERROR
