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
