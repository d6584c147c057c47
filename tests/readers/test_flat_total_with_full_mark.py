"""A form's total row labelled with its full mark in brackets ("总分（满分100分） | 100 | 88.5"), flattened one cell a
line after a last row whose note ends it: the label closes the indicator rows as "总分" does (it was read as one
more indicator's cell, the last row's note its name), and the total row gives the full mark and the stated total.
Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved_rows

_ROWS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"],
         ["产出指标", "数量指标", "全民健身活动场次", "≥40场", "42场", "50", "50"],
         ["满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "85%", "50", "38.5", "活动宣传不够到位"]]


@pytest.mark.parametrize("label", ["总分（满分100分）", "总分(100分)"])
def test_a_total_labelled_with_its_full_mark_ends_the_rows(tmp_path: Path, label: str) -> None:
    cells = [cell for row in _ROWS for cell in row]
    evaluation = read_saved_rows(tmp_path, ["某县体育局2024年度部门整体支出绩效自评表", *cells, label, "100", "88.5",
                                            "评价等级", "良"])
    assert [i.name for i in evaluation.indicators] == ["全民健身活动场次", "参与群众满意度"]
    assert evaluation.indicators[1].deviation_note == "活动宣传不够到位"
    assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("88.5"), Decimal(100))
