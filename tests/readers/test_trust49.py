"""Sentences a viewer re-wrapped at a fixed width (stop 44, trust49): an amount cut before its unit ("…全年共 86.5" /
"万元，当年未使用，…") and a label cut from its figure ("…其中：行政编制" / "8人，工勤人员编制2人，…") are one
sentence, so a fund's own rate and a part's own count keep the subject the line above names. Invented snippets, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from pathlib import Path

from corpus import errors
from page_reading import read_saved

from jixiao.readers.prose_wraps import prose_continues


def _nothing_opens(_: int) -> int:
    return 0


def test_a_line_opening_on_the_amounts_unit_goes_on_the_line_above() -> None:
    lines = ["某某河道保洁补助资金全年共 86.5", "万元，当年未使用，预算执行率0%。"]
    assert prose_continues(lines, _nothing_opens) == [True, False]


def test_a_line_opening_on_a_lone_figure_clause_goes_on_the_label_above() -> None:
    lines = ["在职人员编制126人，其中：行政编制", "8人，工勤人员编制2人，事业编制116人。在职实有120人，其中："]
    assert prose_continues(lines, _nothing_opens) == [True, False]


def test_items_one_a_line_stay_apart() -> None:
    lines = ["资金拨付及时率，目标100%", "100%", "年初预算数（万元），全年执行", "86.5万元"]
    assert prose_continues(lines, _nothing_opens) == [False, False, False, False]


FUNDS_WRAPPED = "\n".join([
    "某县林业站2025年度项目支出绩效自评报告",
    "一、项目基本情况",
    "2025年县财政下达某某生态补助资金240万元，全部用于管护和补植。",
    "二、绩效目标完成情况",
    "负责组织实施，保证了管护工作的顺利开展。某某公益林补助资金全年共",
    "180万元，拨付使用了180万元，预算执行率100%。",
    "某某河道保洁补助资金全年共 60",
    "万元，当年未使用，预算执行率0%。",
]) + "\n"


def test_a_funds_rate_after_its_unit_wrapped_is_the_funds(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, FUNDS_WRAPPED)
    assert "budget.stated_execution_rate" not in evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


STAFF_WRAPPED = "\n".join([
    "某县卫生健康局2025年度部门整体支出绩效自评报告",
    "一、部门基本情况",
    "2.部门编制",
    "在职人员编制126人，其中：行政编制",
    "8人，工勤人员编制2人，事业编制116人。在职实有120人，其中：",
    "财政全供养90人，财政部分供养30人。",
]) + "\n"


def test_a_parts_count_after_its_label_wrapped_is_the_parts(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, STAFF_WRAPPED)
    assert evaluation.unit.staff_establishment == 126
    assert "unit.staff_establishment" not in evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
