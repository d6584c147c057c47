"""Prose shapes of the thirteenth set (whole-unit and project reports; invented units and figures): a negative
actual, indicators chained in one paragraph per 一级, 2013-framework block headings scored in prose, "一级：二级——名称"
items, the budget-execution score in a sentence, and 扣分原因 at the end of a numbered item."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document
from jixiao.scoring import load_pack

_TITLE = "某省某县方志馆\n2023年度部门整体支出绩效自评报告\n二、绩效指标完成情况\n"


def _read(body: str, title: str = _TITLE) -> Evaluation:
    evaluation, _ = extract(text_to_document(title + body, "report.txt"))
    return evaluation


def _errors(evaluation: Evaluation) -> list[str]:
    return [f.code for f in run_checks(evaluation, load_pack(evaluation.rule_pack)) if f.severity == Severity.ERROR]


# O — a minus sign before an actual ---------------------------------------------------------------------------


@pytest.mark.parametrize(("stated", "value"), [("-4.2%", "-4.2"), ("－0.8%", "-0.8"), ("2.5%", "2.5")])
def test_a_negative_actual_keeps_its_sign(stated: str, value: str) -> None:
    body = ("1.在职人员控制率（5分）：目标值≤100%，实际93%，得5分。\n"
            f"2.“三公经费”变动率（5分）：“三公”经费变动率为{stated}，目标值≤0%，得5分。\n")
    evaluation = _read(body)
    change = evaluation.indicators[1]
    assert change.actual is not None and change.actual.value == Decimal(value)
    assert ("FULL_SCORE_BELOW_TARGET" in _errors(evaluation)) is (not value.startswith("-"))


def test_a_dash_between_two_figures_is_a_range_not_a_sign() -> None:
    body = "1.设备完好率（10分）：目标值≥95%，实际完成情况为95-98%，得10分。\n"
    actual = _read(body).indicators[0].actual
    assert actual is not None and actual.value is not None and actual.value > 0
