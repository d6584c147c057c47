"""Messages are Chinese sentences that name fields by their Chinese names, never by a path
(``unit.name``, ``indicators[3].weight``); codes stay in JSON."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks import run_checks
from jixiao.checks.explain import fact_text, reading_text, where_text
from jixiao.model import Evaluation, Grade, ReadingNotes, SourceRef

PATH = re.compile(r"[a-z_]+(?:\.[a-z_]+|\[\d+\])")


def _damaged(example: Evaluation) -> Evaluation:
    example.stated_total = Decimal("95.19")
    example.stated_grade = Grade.GOOD
    example.indicators[0].stated_score = Decimal(6)
    example.indicators[1].stated_score = Decimal(-1)
    example.indicators[4].number = None
    example.budget.stated_execution_rate = Decimal("95.55")
    example.budget.income_items[1].amount = Decimal("803.87")
    example.unit.staff_parts[0].count = 41
    return example


def test_no_message_names_a_path(example):
    for evaluation in (_damaged(example), Evaluation(year=2024)):
        for finding in run_checks(evaluation):
            texts = [finding.message, finding.title, finding.arithmetic, where_text(finding),
                     *(fact_text(f) for f in finding.facts), *(reading_text(r) for r in finding.readings)]
            for text in texts:
                assert not PATH.search(text), (finding.code, text)


def test_readings_name_fields_in_chinese(example):
    example = _damaged(example)
    example.reading = ReadingNotes()
    example.provenance["indicators[2].stated_score"] = SourceRef(location="第31行", text="15", guessed=True)
    for finding in run_checks(example):
        for text in (finding.message, *(reading_text(r) for r in finding.readings)):
            assert not PATH.search(text), (finding.code, text)
