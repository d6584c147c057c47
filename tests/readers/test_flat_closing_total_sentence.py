"""A deduction table whose last row leaves its note empty, then a closing sentence that opens on the full mark
("满分100分，自评得分93.6分，自评结果为“优”。"), flattened one cell a line, as spaced rows and on one line: the sentence
is the form's total, full mark and grade, not the last row's note (the Word file has it as a paragraph). Invented
snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_TABLE = [["序号", "指标", "分值", "目标值", "实际值", "扣分", "得分", "扣分原因"],
          ["1", "预算执行率", "20", "≥95%", "96.1%", "0", "20", ""],
          ["2", "河道保洁长度", "30", "≥25公里", "22公里", "3.6", "26.4", "汛期清淤延后"],
          ["3", "保洁作业合格率", "30", "≥95%", "97%", "0", "30", ""],
          ["4", "沿河群众满意度", "20", "≥90%", "88%", "2.8", "17.2", "投诉回应偏慢"],
          ["5", "河长制巡查完成率", "0", "100%", "100%", "0", "0", ""]]
_HEAD = ["某县水务局2024年度部门整体支出绩效自评报告", "一、基本情况", "负责全县河道管护工作。", "自评得分"]
_TAIL = ["满分100分，自评得分93.6分，自评结果为“优”。"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_closing_sentence_gives_the_total_not_a_note(tmp_path: Path, shape: str) -> None:
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, _TAIL, shape))
    assert (evaluation.stated_total, evaluation.stated_grade, evaluation.full_mark) == (
        Decimal("93.6"), "优", Decimal("100"))
    assert not evaluation.indicators[-1].deviation_note
