"""A project form on the central template whose 经济效益指标 holds only its empty slot ("指标1：" and no values),
copied one cell a line and as spaced rows: the slot's row holds its levels alone, as the Word table has it, so the
rows below keep their 一级 (项目效益, not the 项目产出 above) and the next row's cells are not pulled into it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved

from jixiao.readers.flat_spaced import spaced_cells

_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]
_ROWS = [["项目产出（60分）", "数量指标（30分）", "改造老旧供水管网长度", "30", "≥12公里", "12.4公里", "30"],
         ["质量指标（30分）", "管网改造验收合格率", "30", "100%", "100%", "30"],
         ["项目效益（40分）", "经济效益指标", "指标1："],
         ["社会效益指标", "管网漏损率下降", "20", "≥3个百分点", "2.6个百分点", "17", "部分老旧小区未完成改造"],
         ["服务对象满意度指标（20分）", "居民满意度", "20", "≥90%", "94%", "20"]]
_HEAD = ["某县2024年度老旧供水管网改造项目绩效自评表", "项目名称", "老旧供水管网改造", "实施单位", "某县供水公司"]


@pytest.mark.parametrize("spaced", [False, True])
def test_the_rows_below_an_empty_slot_keep_its_levels(tmp_path: Path, spaced: bool) -> None:
    rows = [" ".join(row) for row in [_HEADER, *_ROWS]] if spaced else [c for row in [_HEADER, *_ROWS] for c in row]
    evaluation = read_saved(tmp_path, "\n".join([*_HEAD, *rows, "总分", "100", "97"]) + "\n")
    found = {i.name: (i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators}
    assert found["管网漏损率下降"] == ("项目效益", "社会效益指标", Decimal("20"), Decimal("17"))
    assert found["居民满意度"][0] == "项目效益"
    assert set(found) == {"改造老旧供水管网长度", "管网改造验收合格率", "管网漏损率下降", "居民满意度"}


def test_a_spaced_slot_row_is_cut_into_its_cells() -> None:
    assert spaced_cells("项目效益（40分） 经济效益指标 指标1：") == ["项目效益（40分）", "经济效益指标", "指标1："]
    assert spaced_cells("某县 某局 指标1：") is None  # no level cells before it: no such row
