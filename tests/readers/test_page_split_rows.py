"""A row of a form copied as space-separated rows that a page break split: the start of its name left at
the bottom of one page, the rest after the page's footer, the running title and the repeated header
(invented unit and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.readers.source_text import join_page_split_rows

HEADER = "指标名称 计量单位 指标性质 年初指标值 全年完成值 指标权重（分） 指标得分（分）"
TOP = f"""某区东湖街道办事处2024年度部门整体绩效自评表
{HEADER}
网格事件按期处置率 % 定量指标 95% 98% 40 40
城市管理案件结案率 % 定量指标 95% 97% 20 20
困难群众救助
"""
ROWS_AFTER = """资金发放及时率 % 定量指标 100% 100% 20 20
居民满意度 % 定量指标 90% 94% 20 19
"""
BREAKS = {
    "footer_title_and_header": "\n第 1 页，共 2 页\n\f\n某区东湖街道办事处2024年度部门整体绩效自评表（续）\n"
                               f"{HEADER}\n",
    "footer_only": "\n第 1 页 共 2 页\n",
    "repeated_header_only": f"{HEADER}\n",
}


@pytest.mark.parametrize("page_break", sorted(BREAKS))
def test_a_row_split_by_a_page_break_is_whole_again(page_break: str) -> None:
    evaluation = read_page(TOP + BREAKS[page_break] + ROWS_AFTER, "form.txt")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("网格事件按期处置率", Decimal(40), Decimal(40)), ("城市管理案件结案率", Decimal(20), Decimal(20)),
        ("困难群众救助资金发放及时率", Decimal(20), Decimal(20)), ("居民满意度", Decimal(20), Decimal(19))]


def test_a_short_line_before_a_page_number_that_is_no_piece_of_a_row_stays() -> None:
    text = "一、部门基本情况\n本街道共有社区六个。\n特此报告\n第 1 页\n二、绩效目标完成情况\n全年完成各项任务。\n"
    assert join_page_split_rows(text) == text
