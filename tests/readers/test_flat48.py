"""Stop 43, flat48: a Word form's own reading (the reference every flattened shape is measured against) made
right where a template was filled with figures — a goal row of figures over the indicator table, a "0" in the
reason column — and the flattened shapes' causes of the stop. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_docx, read_saved

_MONEY = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["项目资金（万元）", "年度资金总额", "42.5", "42.5", "40.1", "10", "94.35%", "9.4"]]
_GOAL_FIGURES = [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
                 ["年度总体目标", "42.5", "", "", "40.1", "", "", ""]]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"],
               ["产出指标", "数量指标", "指标1更换灭火器数量", "≥120具", "126具", "20", "20", "0"],
               ["满意度指标", "服务对象满意度指标", "指标1住校生满意度", "≥90%", "95%", "20", "18",
                "宿舍改造期间有噪声"]]
_HEAD = ["项目支出绩效自评表", "项目名称：宿舍楼消防改造经费"]


def test_a_goal_row_of_figures_gives_no_goal_from_the_indicator_header(tmp_path: Path) -> None:
    project = read_docx(tmp_path, [*_HEAD, [*_MONEY, *_GOAL_FIGURES, *_INDICATORS]]).project
    assert project.goal_expected is None


def test_a_zero_in_the_reason_column_is_no_note(tmp_path: Path) -> None:
    indicators = read_docx(tmp_path, [*_HEAD, [*_MONEY, *_GOAL_FIGURES, *_INDICATORS]]).indicators
    notes = {i.name: i.deviation_note for i in indicators}
    assert notes["更换灭火器数量"] is None
    assert notes["住校生满意度"] == "宿舍改造期间有噪声"



def test_a_zero_in_a_bare_deviation_column_is_kept(tmp_path: Path) -> None:
    """Under a bare 偏差 column (how far off the target: "+12所", "0") the "0" is a fact, kept as written."""
    head = ["一级指标", "三级指标", "指标值", "实际值", "偏差", "分值", "得分"]
    rows = [head, ["产出指标", "标准化考点改造数", "≥40所", "52所", "+12所", "20", "20"],
            ["产出指标", "考务经费足额拨付率", "100%", "100%", "0", "10", "10"]]
    indicators = read_docx(tmp_path, [*_HEAD, [*_MONEY, *rows]]).indicators
    assert {i.name: i.deviation_note for i in indicators}["考务经费足额拨付率"] == "0"


_DASHED_FIRST = ["部门整体支出绩效自评报告", "单位名称：某县文物保护中心", "二、绩效指标完成情况",
                 ["指标名称", "指标值", "实际完成值", "分值", "得分"],
                 ["预算执行率", "—", "97.40%", "10", "9.74"],
                 ["文物巡查次数", "≥48次", "52次", "30", "30"],
                 ["游客满意度", "≥85%", "91%", "20", "20"],
                 "三、自评结论：自评得分99.74分。"]


def _shaped(blocks: list[str | list[str]], shape: str) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        elif shape == "cells":
            lines.extend(block)
        else:
            lines.append(" ".join(block))
    return "\n".join(lines) if shape != "one_line" else " ".join(lines)


@pytest.mark.parametrize("shape", ["rows_spaced", "cells", "one_line"])
def test_a_first_row_named_by_a_money_word_after_the_header(tmp_path: Path, shape: str) -> None:
    """"预算执行率" (a money block's column word) opening the first row under an indicator header, its target "—":
    the row's name, not one more header cell."""
    indicators = read_saved(tmp_path, _shaped(_DASHED_FIRST, shape) + "\n").indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators][:2] == [
        ("预算执行率", Decimal("10"), Decimal("9.74")), ("文物巡查次数", Decimal("30"), Decimal("30"))]
    assert indicators[0].actual is not None and indicators[0].actual.value == Decimal("97.40")


_STAFF_SIDE = ["某县群艺馆2024年度部门整体支出绩效自评报告", "一、单位基本情况", "表1 人员情况",
               ["编制数", "实有人数", "其中：管理人员", "专业技术人员", "工勤人员"],
               ["27", "25", "4", "18", "3"],
               "二、收支情况"]


@pytest.mark.parametrize("shape", ["rows_spaced", "cells"])
def test_a_staff_table_on_its_side(tmp_path: Path, shape: str) -> None:
    """A row of staff labels over a row of whole counts: the table a Word file gives, its 编制数 and 实有人数 read."""
    unit = read_saved(tmp_path, _shaped(_STAFF_SIDE, shape) + "\n").unit
    assert (unit.staff_establishment, unit.staff_total) == (27, 25)

_SIDE_CELL = ["某县林业局2024年度部门整体支出绩效自评表",
              ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施"],
              ["绩效指标", "预算执行", "预算执行", "预算执行率", "100%", "95.80%", "10", "9.58"],
              ["产出指标", "数量指标", "人工造林面积", "≥3000亩", "3150亩", "40", "40"],
              ["时效指标", "造林任务完成及时率", "100%", "92%", "20", "18.4", "春季干旱致部分地块补植推迟"],
              ["总分", "70", "67.98"]]


@pytest.mark.parametrize("shape", ["rows_spaced", "cells"])
def test_a_side_cell_before_the_first_row_is_no_column(tmp_path: Path, shape: str) -> None:
    """"绩效指标" (the table's left column merged down its rows) printed before the first row: read past, not a
    column after the notes that took every row's note."""
    indicators = read_saved(tmp_path, _shaped(_SIDE_CELL, shape) + "\n").indicators
    assert (indicators[0].name, indicators[0].level1) == ("预算执行率", "预算执行")
    assert indicators[-1].deviation_note == "春季干旱致部分地块补植推迟"
