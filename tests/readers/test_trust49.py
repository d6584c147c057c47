"""Sentences a viewer re-wrapped at a fixed width (stop 44, trust49): an amount cut before its unit ("…到位 86.5" /
"万元，尚未支出，…") and a label cut from its figure ("…其中：机关编制" / "8名，下属中心人员编制118名。…") are one
sentence, so a fund's own rate and a part's own count keep the subject the line above names. Invented snippets, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

from jixiao.readers.prose_wraps import prose_continues


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _nothing_opens(_: int) -> int:
    return 0


def test_a_line_opening_on_the_amounts_unit_goes_on_the_line_above() -> None:
    lines = ["某某河道保洁补助资金到位 86.5", "万元，尚未支出，执行率0%。"]
    assert prose_continues(lines, _nothing_opens) == [True, False]


def test_a_line_opening_on_a_lone_figure_clause_goes_on_the_label_above() -> None:
    lines = ["本局核定人员编制126名，其中：机关编制", "8名，下属中心人员编制118名。年末实有人员120人，其中："]
    assert prose_continues(lines, _nothing_opens) == [True, False]


def test_items_one_a_line_stay_apart() -> None:
    lines = ["资金拨付及时率，目标100%", "100%", "年初预算数（万元），全年执行", "86.5万元"]
    assert prose_continues(lines, _nothing_opens) == [False, False, False, False]


FUNDS_WRAPPED = _text(
    "某县林业站2025年度项目支出绩效自评报告",
    "一、项目基本情况",
    "2025年县财政下达某某生态补助资金240万元，全部用于管护和补植。",
    "二、绩效目标完成情况",
    "补植工作按计划推进，管护队伍全年在岗。某某公益林补助资金到位",
    "180万元，已支付180万元，执行率100%。",
    "某某河道保洁补助资金到位 60",
    "万元，尚未支出，执行率0%。",
)


def test_a_funds_rate_after_its_unit_wrapped_is_the_funds(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, FUNDS_WRAPPED)
    assert "budget.stated_execution_rate" not in evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


STAFF_WRAPPED = _text(
    "某县卫生健康局2025年度部门整体支出绩效自评报告",
    "一、部门基本情况",
    "2.人员情况",
    "本局核定人员编制126名，其中：机关编制",
    "8名，下属中心人员编制118名。年末实有人员120人，其中：",
    "在岗110人，借调10人。",
)


def test_a_parts_count_after_its_label_wrapped_is_the_parts(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, STAFF_WRAPPED)
    assert evaluation.unit.staff_establishment == 126
    assert "unit.staff_establishment" not in evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


ROW_WITH_GAPS = _text(
    "某县供销服务中心2025年度部门整体支出绩效自评报告",
    "一、预算执行情况",
    "2025年全年预算512.00万元，实际支出487.42万元，预算执行率95.20%。",
    "二、绩效指标完成情况",
    "运行成本    资金管理    预算执行率   100%    95.20%",
    "8      7.62",
)


def test_a_rate_in_a_row_of_cells_a_wide_gap_apart_is_an_indicators(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, ROW_WITH_GAPS)  # (a tab-separated row a viewer re-wrapped: tabs now spaces)
    assert evaluation.budget.stated_execution_rate == Decimal("95.20")
    assert "budget.stated_execution_rate" not in evaluation.alternatives


JOINED_FORM = " ".join([
    "某某种植补助资金2025年度绩效自评表 项目名称 | 某某种植补助资金 | 实施单位 | 某县农业服务中心 |",
    "资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 年度资金总额 | 120.00 | 130.00 | 126.10 |",
    "执行率 | 97.00% | 分值 | 得分 | 10／9.70 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 补助种植面积 | 40 | 40 | 效益指标 | 经济效益指标 | 户均增收 | 50 | 46.2 |",
    "总分 | | 100 | 95.90 | 自评等级 | 优 |",
]) + "\n"


def test_a_weight_and_score_pair_after_score_is_no_total(tmp_path: Path) -> None:
    assert read_saved(tmp_path, JOINED_FORM).stated_total == Decimal("95.90")


def test_a_score_out_of_its_full_mark_is_still_the_total(tmp_path: Path) -> None:
    text = "某县某中心2025年度项目支出绩效自评报告\n经自评，项目综合得分96/100分，自评等级为优。\n"
    assert read_saved(tmp_path, text).stated_total == 96
