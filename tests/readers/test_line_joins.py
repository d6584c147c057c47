"""One line joined onto the line above it (:mod:`jixiao.readers.line_joins`), every line keeping its number."""

from __future__ import annotations

from jixiao.readers.document import Table
from jixiao.readers.line_joins import join_next_line
from jixiao.readers.source_text import text_to_document


def test_the_joined_line_is_left_blank_in_its_place() -> None:
    lines = ["项目 | 分值 | 得分 |", "甲 | 20 | 19 ", " .5 |", "乙 | 10 | 9 |"]
    join_next_line(lines, 1)
    assert lines == ["项目 | 分值 | 得分 |", "甲 | 20 | 19.5 |", "", "乙 | 10 | 9 |"]


def test_a_figure_split_inside_a_table_leaves_it_one_table() -> None:
    """A figure a viewer cut at its point in a table's middle row: the blank left in its place ends no table, the
    joined row's figure and the next row's are read."""
    text = "三级指标 | 分值 | 得分 |\n某某设备采购数量 | 20 | 19\n.5 |\n某某服务满意度 | 10 | 9 |\n\n说明：无。\n"
    tables = [b for b in text_to_document(text, "t.txt").blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows[1:] == [["某某设备采购数量", "20", "19.5"], ["某某服务满意度", "10", "9"]]
