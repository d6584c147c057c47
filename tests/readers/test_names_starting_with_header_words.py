"""An indicator's name (or a note) that begins with one of the form's header words, one cell a line
("绩效指标明确性" after the 二级 cell "绩效目标", "预算执行率" after "预算执行", a note "执行率略低"): one
cell, not the header word and a value."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_any
from jixiao.readers.flat_tokens import line_cells

FORM = """某县文化馆2024年度部门整体支出绩效自评表
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
决策
绩效目标
绩效指标明确性
明确
明确
5
5
绩效目标合理性
合理
合理
5
4
目标设定偏宽
过程
预算执行
预算执行率
100%
96.5%
10
9.65
执行率略低
预算执行进度
≥90%
92%
5
5
产出
数量指标
演出场次
≥40场
42场
20
20
"""


def test_names_that_begin_with_a_header_word_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text(FORM, encoding="utf-8")
    rows = [(i.level1, i.level2, i.name, i.weight, i.stated_score) for i in read_any(path).evaluation.indicators]
    assert rows == [
        ("决策", "绩效目标", "绩效指标明确性", Decimal(5), Decimal(5)),
        ("决策", "绩效目标", "绩效目标合理性", Decimal(5), Decimal(4)),
        ("过程", "预算执行", "预算执行率", Decimal(10), Decimal("9.65")),
        ("过程", "预算执行", "预算执行进度", Decimal(5), Decimal(5)),
        ("产出", "数量指标", "演出场次", Decimal(20), Decimal(20)),
    ]


@pytest.mark.parametrize("cell", ["绩效指标明确性", "指标名称规范性", "执行率略低", "分值设置合理性"])
def test_a_cell_that_merely_begins_with_a_header_word_stays_one_cell(cell: str) -> None:
    assert line_cells(cell) is None


@pytest.mark.parametrize(("line", "cells"), [
    ("项目名称乡村文化站提升", ["项目名称", "乡村文化站提升"]),  # a label with its value run onto it
    ("主管部门某县文化广电局", ["主管部门", "某县文化广电局"]),
    ("分值10", ["分值", "10"]),  # a header word with a figure
    ("执行率95%", ["执行率", "95%"]),
])
def test_a_header_word_with_its_value_run_onto_it_is_still_cut(line: str, cells: list[str]) -> None:
    assert line_cells(line) == cells
