"""One line joined onto the line above it (:mod:`jixiao.readers.line_joins`): no blank left where the text ran
on, every line past the text's next break keeping its number."""

from __future__ import annotations

from jixiao.readers.document import Table
from jixiao.readers.line_joins import join_next_line
from jixiao.readers.source_text import text_to_document


def test_the_joined_lines_place_goes_to_the_next_break() -> None:
    lines = ["项目 | 分值 | 得分 |", "甲 | 20 | 19", ".5 |", "乙 | 10 | 9 |", "", "三、问题", "某某"]
    join_next_line(lines, 1)
    assert lines == ["项目 | 分值 | 得分 |", "甲 | 20 | 19.5 |", "乙 | 10 | 9 |", "", "", "三、问题", "某某"]


def test_with_no_break_after_the_place_goes_to_the_end() -> None:
    lines = ["某某镇卫生院 年初预算 12", "0.5", "全年预算 130"]
    join_next_line(lines, 0)
    assert lines == ["某某镇卫生院 年初预算 120.5", "全年预算 130", ""]


def test_a_figure_split_inside_a_table_leaves_it_one_table() -> None:
    """A figure a viewer cut at its point in a table's middle row: the table is read whole, the joined row's figure
    and the next row's read."""
    text = ("三级指标 | 分值 | 得分 |\n|---|---|---|\n某某设备采购数量 | 20 | 19\n.5 |\n某某服务满意度 | 10 | 9 |\n\n"
            "说明：无。\n")
    tables = [b for b in text_to_document(text, "t.md").blocks if isinstance(b, Table)]
    assert len(tables) == 1 and ["某某设备采购数量", "20", "19.5"] in tables[0].rows
    assert ["某某服务满意度", "10", "9"] in tables[0].rows
