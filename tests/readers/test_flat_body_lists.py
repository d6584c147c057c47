"""A whole-unit report's basic-facts sheet (部门基本情况) copied one cell a line and as spaced rows: the 内设机构 and
下属单位 cells, each beside its list ("办公室、财务股、执法股（3个）"), and the staff labels with their counts on
one spaced line ("编制数（人） 42 实有人数（人） 39")."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_reading import read_saved

from jixiao.readers.flat_spaced import spaced_cells

_ROWS = [["单位名称", "某县水利局"], ["编制数（人）", "42", "实有人数（人）", "39"],
         ["内设机构", "办公室、财务股、执法股（3个）"], ["下属单位", "某县水利工程管理站、某县水土保持站（2个）"]]
_HEAD = ["某县水利局2024年度部门整体支出绩效自评报告", "表1 部门基本情况"]
_TAIL = ["二、绩效目标完成情况", "全年完成小型水库除险加固5座，农村供水保障人口4.1万人。"]


@pytest.mark.parametrize("spaced", [False, True])
def test_the_lists_and_counts_are_read(tmp_path: Path, spaced: bool) -> None:
    rows = [" ".join(row) for row in _ROWS] if spaced else [cell for row in _ROWS for cell in row]
    unit = read_saved(tmp_path, "\n".join([*_HEAD, *rows, *_TAIL]) + "\n").unit
    assert unit.internal_bodies == ["办公室", "财务股", "执法股"]
    assert unit.subordinate_bodies == ["某县水利工程管理站", "某县水土保持站"]
    assert (unit.internal_bodies_count, unit.subordinate_bodies_count) == (3, 2)
    assert (unit.staff_establishment, unit.staff_total) == (42, 39)


def test_a_count_is_a_value_only_after_a_staff_label() -> None:
    assert spaced_cells("编制数（人） 42 实有人数（人） 39") == ["编制数（人）", "42", "实有人数（人）", "39"]
    assert spaced_cells("单位名称 42 主管部门 某县人民政府") != ["单位名称", "42", "主管部门", "某县人民政府"]
