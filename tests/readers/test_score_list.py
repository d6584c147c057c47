"""A bare score list written with single spaces: "序号 评价指标 分值 得分", then "1 名称 15 13.2" rows
and "合计 100 81.2" — no levels, no targets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

_TITLE = "某县档案馆2023年度部门整体支出绩效自评报告\n二、绩效自评情况\n对照评价指标逐项打分，结果如下：\n"


@pytest.mark.parametrize("name_column", ["评价指标", "指标名称", "考核指标", "评价内容"])
def test_score_list_rows_are_indicators(name_column: str) -> None:
    text = (_TITLE + f"序号 {name_column} 分值 得分\n"
            "1 预算执行率 20 18.6\n2 档案数字化率 45 40\n3 查档群众满意度 35 35\n合计 100 93.6\n"
            "三、存在的问题\n数字化进度偏慢。\n")
    evaluation = read_page(text, "x.txt")
    rows = [(i.number, i.name, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [(1, "预算执行率", Decimal(20), Decimal("18.6")), (2, "档案数字化率", Decimal(45), Decimal(40)),
                    (3, "查档群众满意度", Decimal(35), Decimal(35))]
    assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("93.6"), Decimal(100))


def test_words_that_name_no_columns_stay_text() -> None:
    text = _TITLE + "序号 名称 说明 备注\n1 档案整理 完成 良好 一般\n"
    evaluation = read_page(text, "x.txt")
    assert evaluation.indicators == []
