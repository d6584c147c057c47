"""One list of the words a score table's total row opens on (lexicon ``total_row``), read by every reader: the
flattened sheet whose weights sit in its cells knew only four of them (invented unit and figures)."""

from __future__ import annotations

import pytest
from page_reading import read_page

from jixiao.readers.extract.table_total_row import TOTAL_ROW
from jixiao.readers.flat_table_cells import is_total

_SHEET = ("某县某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全县某某工作。\n"
          "2023 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标任务(10 分) "
          "相关性(5 分)\n5 明确性(5 分)\n5 预算编制(10 分) 测算依据(10 分)\n8 部门绩 效(\n80 分) 履职效果(60 分) "
          "重点工作完成率(60 分)\n55 社会满意度(20 分) 服务对象满意度(20 分)\n19 {total}\n92\n二、结果应用\n"
          "自评结果已报县财政局。\n")


@pytest.mark.parametrize("total", ["总分", "综合得分", "自评总分"])
def test_a_weighted_sheet_ends_on_any_total_word(total: str) -> None:
    evaluation = read_page(_SHEET.format(total=total), "report.txt")
    names = [indicator.name for indicator in evaluation.indicators]
    assert names == ["相关性", "明确性", "测算依据", "重点工作完成率", "服务对象满意度"]
    assert evaluation.stated_total == 92


def test_a_table_cell_opens_on_the_word_a_flattened_cell_is() -> None:
    assert TOTAL_ROW.match("合计金额") and not is_total("合计金额")
    assert is_total("综合得分") and not is_total("综合得分说明")
    # (the full mark in brackets after the word is part of the label: "合计（100分）", "总分（满分100分）")
    assert is_total("合计（100分）") and is_total("总分（满分100分）") and not is_total("合计100分")
