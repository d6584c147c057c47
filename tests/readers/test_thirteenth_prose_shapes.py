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


# C — 2013-framework block headings scored in prose -----------------------------------------------------------


@pytest.mark.parametrize("tail", ["，扣1分，得19分。", "，不扣分，得20分。", "，得19分。", "；扣除1分，得分19分。"])
def test_a_scored_block_heading_groups_the_items_below_it(tail: str) -> None:
    body = (f"（一）投入（20分）{tail}\n"
            "1.在职人员控制率（10分）：标准≤100%，实际97%，不扣分，得10分。\n"
            "2.“三公经费”变动率（10分）：标准≤0%，实际上升1.2%，扣1分，得9分。\n"
            "（二）效果（80分），不扣分，得80分。\n"
            "3.业务办结率（80分）：标准≥95%，实际98%，得80分。\n"
            "经自评，本馆2023年度部门整体支出综合得分99分。\n")
    evaluation = _read(body)
    assert [(i.name, i.level1, i.weight) for i in evaluation.indicators] == [
        ("在职人员控制率", "投入", Decimal(10)), ("“三公经费”变动率", "投入", Decimal(10)),
        ("业务办结率", "效果", Decimal(80))]
    assert evaluation.stated_block_weights == {"投入": Decimal(20), "效果": Decimal(80)}
    assert "WEIGHTS_NOT_100" not in _errors(evaluation)


def test_a_scored_item_that_names_no_level_stays_an_indicator() -> None:
    body = ("（一）资金到位率（10分），扣1分，得9分。\n（二）群众满意度（90分），不扣分，得90分。\n")
    indicators = _read(body).indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators] == [
        ("资金到位率", Decimal(10), Decimal(9)), ("群众满意度", Decimal(90), Decimal(90))]
