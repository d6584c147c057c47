"""Shapes of the real pages still below 90 % after stop 35 (docs/reader-corpora/left-pages-37.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.readers.stream_rows import stream_rows

# a web table copied one cell a line, each row's last cell carrying the row's empty cells on its own line
_BY_DIRECTION = """某某市某某局部门整体支出绩效自评报告
部门整体支出绩效自评基础信息表
1-1:2023年度部门整体预算收支情况(单位:万元) | |||||||
实际明细支出 |
年度 |
市本级支出 |
市本级支出(其中: 部门预算支出) |
转移支付 县(区)支出 | |||
2022 |
512.30 |
512.30 |
|||||
2023 |
9876.54 |
9876.54 |
|||||
按方向划分 |
资金使用方向 |
安排年度 |
实际下达额度 |
实际支出金额 | |||
基本支出 |
1234.56 |
1234.56 | |||||
项目支出 |
8641.98 |
8641.98 | |||||
1-2:评价人员(最少3位) | |||||||
"""


def test_a_rows_last_cell_may_carry_its_empty_cells() -> None:
    """"1234.56 | |||||": the row's last cell and its trailing empties on one line end the row, as a line of
    rules alone does."""
    lines = _BY_DIRECTION.splitlines()
    rows = [cells for cells in stream_rows(lines).values() if cells]
    assert ["基本支出", "1234.56", "1234.56", "", "", "", "", ""] in rows
    assert ["按方向划分", "资金使用方向", "安排年度", "实际下达额度", "实际支出金额", "", "", ""] in rows


def test_a_pipe_tables_one_cell_row_on_its_own_line_stays_text() -> None:
    """"质量指标 | ||||||" alone on its line is a whole row of a pipe table, one row a line: no stream row."""
    lines = ["项目名称 | 某某项目 | 实施单位 | 某某镇 | ||||", "质量指标 | ||||||||",
             "合格率 | 5 | 95% | 96% | 5 | ||||", "时效指标 | ||||||||", "完成及时率 | 5 | 100% | 100% | 5 | ||||"]
    assert stream_rows(lines) == {}


def test_spending_by_direction_gives_the_expenditure_items() -> None:
    """基本支出 / 项目支出 rows under a header whose last cell is 实际支出金额, no total row: the items, each
    row's last figure (its columns a guess: the row is shorter than the header)."""
    read = read_page(_BY_DIRECTION)
    items = [(item.name, item.amount) for item in read.budget.expenditure_items]
    assert items == [("基本支出", Decimal("1234.56")), ("项目支出", Decimal("8641.98"))]
    assert read.provenance["budget.expenditure_items"].guessed


def test_a_special_funds_evaluation_report_is_a_projects() -> None:
    """"某某专项资金绩效评价报告" fused to its first heading: the kind is 项目支出, not the default."""
    read = read_page("资料简介\n1 2022年某某扶持专项资金绩效评价报告一、项目基本情况(一)项目背景。某某工作事关全局。\n")
    assert read.kind == "项目支出"
