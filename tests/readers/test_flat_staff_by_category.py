"""A whole-unit report's staff table by category (人员类别 | 编制数（人） | 实有人数（人） | 退休人数（人） over
行政编制 | 40 | 37 | 12 …, 合计), flattened one cell a line, as spaced rows and run on one line: read as the Word
table (the 合计 row's 编制 and 实有 counts, the categories' 实有 counts as the staff's parts), not left as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_reading import flattened, read_saved

_ROWS = [["人员类别", "编制数（人）", "实有人数（人）", "退休人数（人）"],
         ["行政编制", "40", "37", "12"],
         ["事业编制", "22", "19", "8"],
         ["合计", "62", "56", "20"]]
_HEAD = ["某县林业局2024年度部门整体支出绩效自评报告", "一、基本情况", "本局内设办公室、林政股2个股室。人员情况如下："]
_TAIL = ["二、预算执行情况", "全年预算1250.00万元，全年支出1201.35万元，预算执行率96.11%。",
         "三、绩效目标完成情况", "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
         "产出指标 数量指标 营造林面积（万亩） ≥2 2.4 20 20", "效益指标 生态效益指标 森林覆盖率 ≥62% 62.5% 20 20",
         "四、存在的问题", "部分项目前期工作准备不足，资金拨付进度偏慢，绩效目标设置不够细化。",
         "五、改进措施", "加强项目储备和前期论证，按月调度资金支出进度，细化量化绩效指标。"]


def _text(rows: list[list[str]], shape: str) -> str:
    return "\n".join(flattened(_HEAD, rows, _TAIL, shape)) + "\n"


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_the_total_row_and_the_categories_are_read(tmp_path: Path, shape: str) -> None:
    unit = read_saved(tmp_path, _text(_ROWS, shape)).unit
    assert (unit.staff_establishment, unit.staff_total) == (62, 56)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("行政编制", 37), ("事业编制", 19)]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_a_label_column_headed_fen_lei_is_read_as_the_one_headed_lei_bie(tmp_path: Path, shape: str) -> None:
    """分类 | 编制数（人） | 实有人数（人）: the label column's word 分类, as the staff header's pattern allows."""
    rows = [["分类", "编制数（人）", "实有人数（人）"], ["行政编制", "18", "16"], ["事业编制", "9", "9"],
            ["合计", "27", "25"]]
    unit = read_saved(tmp_path, _text(rows, shape)).unit
    assert (unit.staff_establishment, unit.staff_total) == (27, 25)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("行政编制", 16), ("事业编制", 9)]


def test_a_header_of_one_staff_label_is_no_staff_table(tmp_path: Path) -> None:
    """类别 | 退休人数 | 离休人数: no 编制 or 实有 column, so no count is the unit's staff."""
    rows = [["类别", "退休人数", "离休人数"], ["行政", "12", "1"], ["事业", "8", "0"], ["合计", "20", "1"]]
    unit = read_saved(tmp_path, _text(rows, "cells")).unit
    assert unit.staff_total is None and unit.staff_establishment is None and not unit.staff_parts
