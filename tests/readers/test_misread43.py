"""Readings left wrong after probe43 (docs/reader-corpora/misread-43.md), each as an invented snippet (invented units
and figures) that the code before the fix read wrong."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.registry import CHECKS
from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.prose_value_pairs import value_pair_indicators
from jixiao.readers.source_text import text_to_document

_PROJECT = "某县某某中心2024年度某某设备购置项目支出绩效自评表\n"


def test_short_result_beside_a_detached_goal_is_guessed() -> None:
    """A pipe line of a long goal and a one-word result under a detached goal header: the result is read, marked
    guessed (the cells are not aligned to the header's; before: read as certain)."""
    evaluation = read_page(_PROJECT + "总体目标完成情况 | 总体目标 | 全年实际完成情况 |\n"
                           "新建某某设施设备八套并投入使用。 | 完成 |\n")
    assert evaluation.project is not None and evaluation.project.goal_actual == "完成"
    assert evaluation.provenance["project.goal_actual"].guessed
    assert not evaluation.provenance["project.goal_expected"].guessed


def _value_pairs(line: str) -> list[str]:
    outline = build_outline(text_to_document(_PROJECT + line + "\n", "page.txt"))
    return [draft.fields["name"] for draft in value_pair_indicators(outline)]


def test_long_line_of_target_words_is_read_in_one_pass() -> None:
    """5,000 characters of 年度目标 / 指标值为1 and a 实际 (no comma before an actual): no clause (a clause was tried
    at each character, 0.5-0.7 s a line; the time is measured by ``bench/bench_hostile.py``, not here)."""
    for line in ("年度目标" * 1250 + "实际", "指标值为1" * 1000 + "实际完成值", ("某某指标值12" * 700) + "实际"):
        assert _value_pairs(line) == []


def test_value_pairs_with_runs_of_spaces() -> None:
    """Runs of spaces beside a name and its values (a PDF line's gaps): the clause is read as with one space, and
    no all-space value is (three runs of 15 spaces took 90 s before the spaces were matched possessively)."""
    gap = " " * 15
    assert _value_pairs(f"某某覆盖率{gap},年初目标值{gap}≥90%{gap},实际完成值{gap}95%{gap}。") == ["某某覆盖率"]
    assert _value_pairs(f"某指标{gap}年度目标{gap},实际完成值{gap}:") == []


def test_value_pairs_read_as_before() -> None:
    """The clauses a report states in sentences are read as they were."""
    line = "1.某某覆盖率,年初目标值≥90%,实际完成值≥95%,自评得分20分;2.某某人数,年度目标1200人,全年完成值1180人。"
    assert _value_pairs(line) == ["某某覆盖率", "某某人数"]


_TITLE = "某县某某局2024年度部门整体支出绩效自评报告"


def test_title_ends_where_a_sentence_without_its_stop_starts() -> None:
    """A body line with no closing "。" under the title (its clauses, a figure with its unit, a body's opening
    words) is no part of the title (before: the title ran on into it); the budget is read either way."""
    for body in ("全年预算100万元，实际支出95万元", "全年预算100万元", "根据县财政局要求开展自评",
                 "年度预算执行率95%；实际支出95万元"):
        assert read_page(_TITLE + "\n" + body + "\n").title == _TITLE, body


def test_title_shapes_kept_whole() -> None:
    """A title wrapped over two lines, a title over its 发文字号, over the unit's name alone, over its year in brackets,
    then a body line with no stop: each title whole and the body cut off (before: the body ran on into each but the
    发文字号 one)."""
    assert read_page("某县某某局2024年度部门整体支出\n绩效自评报告\n全年预算100万元，实际支出95万元\n").title == _TITLE
    assert read_page(_TITLE + "\n某财〔2024〕12号\n全年预算100万元\n").title == _TITLE
    assert read_page("2024年度部门整体支出绩效自评报告\n某县某某局\n全年预算100万元，实际支出95万元\n").title == _TITLE
    assert read_page("某县某某中心某某设备购置项目支出绩效自评报告\n（2024年度）\n全年预算100万元\n").title \
        == "某县某某中心某某设备购置项目支出绩效自评报告（2024年度）"


def test_broken_check_says_so_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check that fails inside says which check in one Chinese sentence, no exception's English name or text
    (before: "检查出错（ZeroDivisionError: division by zero）")."""
    def broken(evaluation: object, ctx: object) -> list[object]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.delenv("JIXIAO_DEBUG", raising=False)
    monkeypatch.setitem(CHECKS, "NEGATIVE_SCORE", replace(CHECKS["NEGATIVE_SCORE"], run=broken))
    said = [f.message for f in run_checks(read_page(_TITLE + "\n全年预算100万元，实际支出95万元\n"))
            if f.code == "NEGATIVE_SCORE"]
    assert said == ["未能核对：“指标得分为负数”检查出错（程序内部错误）"]
    assert not re.search(r"[A-Za-z]", said[0])
