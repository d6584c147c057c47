"""What this stop's real pages still left (docs/reader-corpora/left-pages-62.md): each test an invented snippet
(invented units, figures and wording)."""

from __future__ import annotations

import pytest
from page_reading import read_page

from jixiao.readers.flat_fused import fused_cells


@pytest.mark.parametrize("line", ["主管部门审核意见:", "主管部门审核意见", "主管部门意见：情况属实",
                                  "主管部门 审核意见", "项目单位自评意见：已达到预期"])
def test_an_opinion_box_label_is_one_cell(line: str) -> None:
    """"主管部门审核意见:" (the box where the supervisor signs) was cut into the label 主管部门 and the value 审核意见
    (before: ["主管部门", "审核意见"]); the label is one, left to the text reader."""
    assert fused_cells(line) is None


@pytest.mark.parametrize(("line", "cells"), [("主管部门某县水利局", ["主管部门", "某县水利局"]),
                                             ("主管部门某县意见征集中心", ["主管部门", "某县意见征集中心"])])
def test_a_label_run_onto_its_value_is_still_cut(line: str, cells: list[str]) -> None:
    """A guard: a label run onto its value is cut as before, a name holding 意见 further on too."""
    assert fused_cells(line) == cells


def test_an_opinion_box_under_a_form_names_no_supervisor() -> None:
    """A guard: the form's opinion boxes under its sign-off are no supervising department (none before either)."""
    text = ("某县某中心2023年度项目支出绩效自评表\n项目名称：某村道路硬化项目\n实施单位：某县某中心\n"
            "主管部门审核意见:\n财政部门审核意见:\n填报日期 2024 年 3月12日\n")
    assert read_page(text).unit.supervising_department is None


_BOND = ("某区某街道办事处2023年度专项债券项目绩效自评表\n"
         "项目名称 | 某社区雨污分流改造工程 | |||||\n"
         "项目单位 | 某区某街道办事处 | |||||\n"
         "绩效指标 | 专项债券资金管理指标(10分) | 支出进度 (实际支出/当年下达额度) | 实际支出 金额 | "
         "下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因及改进措施 |\n"
         "{figures}\n"
         "一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 | |\n"
         "产出指标 (50分) | 数量指标 | 改造管网长度 | 8公里 | 8.2公里 | 10 | 10 ||\n")


def test_a_money_item_in_one_header_row() -> None:
    """A special-bond form's block, its money item (a formula after it), the money and score columns in one header
    row, the figures in the next row with no amount unit: before, both lines were text (no budget, no item)."""
    read = read_page(_BOND.format(figures="2,160 | 2,400 | 90% | 10 | 9 | ||||"))
    assert (read.budget.adjusted, read.budget.executed) == (2400, 2160)
    assert read.provenance["budget.adjusted"].guessed  # no unit stated: 万元 a guess, as for any money block
    assert read.stated_block_weights["专项债券资金管理指标"] == 10
    [item] = [ind for ind in read.indicators if ind.name == "支出进度"]
    assert (item.level1, item.weight, item.stated_score) == ("专项债券资金管理指标", 10, 9)
    assert item.actual is not None and (item.actual.value, item.actual.unit) == (90, "%")


def test_a_money_item_whose_figures_stop_before_the_score_is_not_read_so() -> None:
    """A guard: figures that do not reach the score column are no indicator row of that header (no item scored)."""
    read = read_page(_BOND.format(figures="2,160 | 2,400 | ||||"))
    assert all(ind.name != "支出进度" for ind in read.indicators)


def test_a_money_item_with_a_blank_cell_keeps_its_columns() -> None:
    """A blank 实际完成值 between the amounts and the points: each figure stays under its own column."""
    read = read_page(_BOND.format(figures="2,160 | 2,400 |  | 10 | 9 | ||||"))
    [item] = [ind for ind in read.indicators if ind.name == "支出进度"]
    assert (item.weight, item.stated_score) == (10, 9)
    assert item.actual is None or item.actual.value is None
    assert (read.budget.adjusted, read.budget.executed) == (2400, 2160)
