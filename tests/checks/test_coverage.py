"""READ_INCOMPLETE: a parsed report that was not understood says so; a hand-made evaluation never does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.checks import Severity
from jixiao.model import Budget, Evaluation, ReadingNotes, SourceRef
from jixiao.readers import read_any

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed" / "daxing-2024.txt"


def _parsed(evaluation: Evaluation, **notes) -> Evaluation:
    evaluation.reading = ReadingNotes(**notes)
    return evaluation


def test_the_seed_report_is_read_completely(found):
    assert found(read_any(SEED_TEXT).evaluation, "READ_INCOMPLETE") == []


def test_a_hand_made_evaluation_is_never_incomplete(found):
    assert found(Evaluation(year=2024), "READ_INCOMPLETE", infos=True) == []


def test_a_report_with_nothing_read(found, tmp_path):
    path = tmp_path / "thin.txt"
    path.write_text("某某区文化馆2024年度整体支出绩效自评报告\n一、基本情况\n本馆负责群众文化活动。\n"
                    "二、绩效评价情况\n见附表。\n", encoding="utf-8")
    [f] = found(read_any(path).evaluation, "READ_INCOMPLETE")
    assert f.severity is Severity.WARNING
    assert f.message == "未读出任何绩效指标；未读出综合得分；未读出预算金额，相关检查未能进行，请人工查看原文"


def test_a_table_seen_but_not_understood(example, found):
    _parsed(example, tables_not_understood=[SourceRef(location="表2", text="一级指标 | 二级指标 | 三级指标")])
    [f] = found(example, "READ_INCOMPLETE")
    assert "表2「一级指标 | 二级指标 | 三级指标」的表格未能识别" in f.message


def test_a_document_that_is_no_self_evaluation(example, found):
    _parsed(example, looks_like_report=False)
    [f] = found(example, "READ_INCOMPLETE")
    assert "没有绩效自评的用语" in f.message


@pytest.mark.parametrize(("change", "words"), [
    (lambda e: e.indicators.__delitem__(slice(2, None)), "读出的 2 项指标分值合计仅 10 分（满分 100 分）"),
    (lambda e: [setattr(i, "stated_score", None) for i in e.indicators[:6]], "11 项指标中 6 项未读出得分"),
    (lambda e: setattr(e, "stated_total", None), "未读出综合得分"),
    (lambda e: (setattr(e, "budget", Budget()), setattr(e.indicators[3], "actual", None)), "未读出预算金额"),
    (lambda e: setattr(e.indicators[0], "weight", Decimal(120)), "读出的 11 项指标分值合计 215 分，远超满分 100 分"),
    (lambda e: setattr(e.indicators[4], "name", "≥3200件"), "1 项指标的行可能读错位（“≥3200件”）"),
    (lambda e: setattr(e.indicators[4], "name", "12.8公里"), "1 项指标的行可能读错位（“12.8公里”）"),
    (lambda e: setattr(e.indicators[4], "name", "质量指标"), "1 项指标的行可能读错位（“质量指标”）"),
])
def test_each_gap_is_named(example, found, change, words):
    _parsed(example)
    change(example)
    [f] = found(example, "READ_INCOMPLETE")
    assert words in f.message


def test_a_complete_parse_has_no_finding(example, found):
    _parsed(example)
    example.indicators[0].stated_score = None  # one score missing out of eleven is not "not read"
    example.full_mark = Decimal(100)
    assert found(example, "READ_INCOMPLETE") == []


def test_a_score_table_stating_only_the_rate_has_its_budget_read(example, found):
    _parsed(example)
    example.budget = Budget()  # no amounts: only 预算执行率 93.55% in its row
    assert found(example, "READ_INCOMPLETE") == []


@pytest.mark.parametrize("name", ["12345热线按期办结率", "110接警及时率", "3处以上灌区改造完成率", "质量指标达标率"])
def test_a_name_that_only_starts_with_a_number_or_a_level_is_a_name(example, found, name):
    _parsed(example)
    example.indicators[4].name = name
    assert found(example, "READ_INCOMPLETE") == []
