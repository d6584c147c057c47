"""Indicator rows whose last columns are the actual and a note (… | 年度目标值 | 实际完成值 | 偏差原因), flattened one
cell a line, a blank note left out: a row ends on its actual, a value with its unit ("186场", "43.2万人次"), or on
the note after it, whether the actual bears a unit or a % ("7.1% | 入境游客恢复慢于预期"). Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any

_HEADER = ["序号", "三级指标", "得分", "权重", "一级指标", "二级指标", "年度目标值", "实际完成值", "偏差原因"]
_ROWS = [["1", "送戏下乡场次", "20", "20", "产出指标", "数量指标", "≥120场", "126场"],
         ["2", "农家书屋更新册数", "18", "20", "产出指标", "数量指标", "≥3万册", "2.7万册", "图书招标延后"],
         ["3", "文化场馆开放率", "20", "20", "产出指标", "质量指标", "100%", "100%"],
         ["4", "群众参与率增幅", "17", "20", "效益指标", "社会效益指标", "≥6%", "5.1%", "雨季活动取消"],
         ["5", "群众满意度", "20", "20", "满意度指标", "服务对象满意度指标", "≥90%", "93%"]]


def test_each_row_keeps_its_actual_and_note(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    cells = ["某县文化馆2024年度部门整体支出绩效自评表", *_HEADER, *(c for row in _ROWS for c in row),
             "总分", "95", "100"]
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    indicators = read_any(path).evaluation.indicators
    assert [(i.number, i.name, i.weight, i.stated_score, i.level2) for i in indicators] == [
        (1, "送戏下乡场次", Decimal(20), Decimal(20), "数量指标"),
        (2, "农家书屋更新册数", Decimal(20), Decimal(18), "数量指标"),
        (3, "文化场馆开放率", Decimal(20), Decimal(20), "质量指标"),
        (4, "群众参与率增幅", Decimal(20), Decimal(17), "社会效益指标"),
        (5, "群众满意度", Decimal(20), Decimal(20), "服务对象满意度指标")]
    assert [(i.actual.value, i.actual.unit) for i in indicators[:2]] == [(Decimal(126), "场"), (Decimal("2.7"), "万册")]
    assert [i.deviation_note for i in indicators] == [None, "图书招标延后", None, "雨季活动取消", None]
