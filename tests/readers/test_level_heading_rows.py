"""An indicator table with no level column, its levels written as rows spanning the table ("一、产出指标（60分）",
"（一）数量指标"), flattened one cell a line: each such heading is a row of its own, its level carried down to the
rows under it, never a cell of the row above (a note) nor left out; so are the 一级 headings over a table whose only
level column is the 二级. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_any

_CELLS = ["某镇卫生院2024年度部门整体支出绩效自评表",
          "指标", "年度目标值", "实际完成值", "分值", "得分", "偏差原因",
          "一、产出指标（60分）", "（一）数量指标",
          "门诊服务人次", "≥12000人次", "12630人次", "30", "30",
          "（二）质量指标", "处方合格率", "≥95%", "93%", "30", "28", "新进医师培训未完成",
          "二、效益指标（30分）", "（一）社会效益指标", "慢病随访率", "≥85%", "88%", "30", "30",
          "三、满意度指标（10分）", "（一）服务对象满意度指标", "患者满意度", "≥90%", "95%", "10", "10",
          "总分", "100", "98"]


def test_heading_rows_give_their_levels(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    path.write_text("\n".join(_CELLS) + "\n", encoding="utf-8")
    indicators = read_any(path).evaluation.indicators
    assert [(i.level1, i.level2, i.name, i.weight, i.stated_score) for i in indicators] == [
        ("产出指标", "数量指标", "门诊服务人次", Decimal(30), Decimal(30)),
        ("产出指标", "质量指标", "处方合格率", Decimal(30), Decimal(28)),
        ("效益指标", "社会效益指标", "慢病随访率", Decimal(30), Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "患者满意度", Decimal(10), Decimal(10))]
    assert indicators[1].deviation_note == "新进医师培训未完成"


# a table with a 二级 column and no 一级 one: the 一级 headings are rows of their own (in the cells and in spaced rows)
_LEVEL2_TABLE = [["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                 ["一、产出指标（40分）"],
                 ["数量指标", "送医下乡场次", "≥60场", "64场", "20", "20"],
                 ["质量指标", "体检报告合格率", "100%", "100%", "20", "20"],
                 ["二、效益指标（30分）"],
                 ["社会效益指标", "村民建档率", "≥90%", "92%", "30", "30"],
                 ["三、满意度指标（20分）"],
                 ["服务对象满意度指标", "村民满意度", "≥90%", "93%", "20", "20"],
                 ["合计", "90", "90"]]


@pytest.mark.parametrize("spaced", [False, True])
def test_first_level_headings_over_a_second_level_column(tmp_path: Path, spaced: bool) -> None:
    lines = [" ".join(row) for row in _LEVEL2_TABLE] if spaced else [cell for row in _LEVEL2_TABLE for cell in row]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(["项目支出绩效自评表", "项目名称", "送医下乡项目", *lines]) + "\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert [(i.level1, i.level2, i.name) for i in evaluation.indicators] == [
        ("产出指标", "数量指标", "送医下乡场次"), ("产出指标", "质量指标", "体检报告合格率"),
        ("效益指标", "社会效益指标", "村民建档率"), ("满意度指标", "服务对象满意度指标", "村民满意度")]
    assert evaluation.stated_block_weights == {"产出指标": Decimal(40), "效益指标": Decimal(30),
                                               "满意度指标": Decimal(20)}
