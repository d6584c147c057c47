"""An indicator table with a 绩效目标 column between the 二级 and the 三级 (一级指标 | 二级指标 | 绩效目标 | 三级指标 |
年度指标值 | 实际完成值 | 分值 | 得分: each 二级's goal in a sentence), flattened one cell a line and as spaced rows:
the header keeps every column, so each row keeps its levels, as the Word table reads. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers import read_any

_TABLE = [["一级指标", "二级指标", "绩效目标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["产出指标", "数量指标", "全年培训农村实用人才不少于300人", "培训人数", "≥300人", "326人", "30", "30"],
          ["产出指标", "质量指标", "培训考核合格", "考核合格率", "≥90%", "94%", "30", "30"],
          ["效益指标", "社会效益指标", "带动农户增收", "带动增收户数", "≥100户", "96户", "20", "18"],
          ["满意度指标", "服务对象满意度指标", "学员满意", "学员满意度", "≥90%", "95%", "10", "10"]]


@pytest.mark.parametrize("spaced", [False, True])
def test_the_goal_column_keeps_the_levels(tmp_path: Path, spaced: bool) -> None:
    lines = [" ".join(row) for row in _TABLE] if spaced else [cell for row in _TABLE for cell in row]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(["项目支出绩效自评表", "项目名称", "农村实用人才培训项目", *lines]) + "\n",
                    encoding="utf-8")
    indicators = read_any(path).evaluation.indicators
    assert [(i.level1, i.level2, i.name, i.weight, i.stated_score) for i in indicators] == [
        ("产出指标", "数量指标", "培训人数", Decimal(30), Decimal(30)),
        ("产出指标", "质量指标", "考核合格率", Decimal(30), Decimal(30)),
        ("效益指标", "社会效益指标", "带动增收户数", Decimal(20), Decimal(18)),
        ("满意度指标", "服务对象满意度指标", "学员满意度", Decimal(10), Decimal(10))]
