"""A project form copied as spaced rows: its head's label and value pairs on one line ("主管部门及代码 [118]某县
农业农村局 实施单位 某县农技推广站"), the goal row's label and its sentence, and indicator rows whose weight comes
before the values and whose scoring sentence comes before the score (三级指标 | 分值 | 年度指标值 | 全年实际值 |
得分计算方法 | 得分), a row with no level cells among them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_spaced import spaced_cells

_RULE = "完成值达到指标值，记满分；未达到指标值，按B/A×该指标分值记分。"
_ROWS = ["项目支出绩效自评表", "（2024年度）", "项目名称 农技推广服务补助",
         "主管部门及代码 [118]某县农业农村局 实施单位 某县农技推广站",
         "项目资金（万元） 年初预算数（A） 全年执行数（B） 分值（10分） 执行率（B/A） 得分",
         "年度资金总额： 120.00 117.60 10 98.00% 9.8",
         "年度总体目标 完成全县农技推广培训，提升种植技术水平。",
         "一级指标 二级指标 三级指标 分值 年度指标值（A） 全年实际值（B） 得分计算方法 得分 未完成原因分析",
         f"产出指标（60分） 数量指标 培训农户人次 30 ≥1500人次 1620人次 {_RULE} 30",
         f"质量指标 培训合格率 15 ≥95% 97% {_RULE} 15",
         f"示范田亩产增幅 15 ≥5% 4.6% {_RULE} 13.8",
         f"满意度指标（30分） 服务对象满意度指标 农户满意度 30 ≥90% 93% {_RULE} 30",
         "总分 100 98.6"]


def test_a_line_of_label_pairs_is_cut_at_its_labels() -> None:
    assert spaced_cells("主管部门及代码 [118]某县农业农村局 实施单位 某县农技推广站") == [
        "主管部门及代码", "[118]某县农业农村局", "实施单位", "某县农技推广站"]
    assert spaced_cells("项目名称 实施单位 主管部门 某县农业农村局") is None  # two labels in a row: no pairs


def test_the_goal_label_and_its_sentence_are_two_cells() -> None:
    assert spaced_cells("年度总体目标 完成全县农技推广培训，提升种植技术水平。") == [
        "年度总体目标", "完成全县农技推广培训，提升种植技术水平。"]
    assert spaced_cells("年度总体目标 全年完成") is None  # no sentence: a header's words, read otherwise


def test_a_row_weighted_before_its_values_is_cut() -> None:
    assert spaced_cells(f"示范田亩产增幅 15 ≥5% 4.6% {_RULE} 13.8") == [
        "示范田亩产增幅", "15", "≥5%", "4.6%", _RULE, "13.8"]
    assert spaced_cells(f"示范田亩产增幅 15 ≥5% 4.6% {_RULE} 16") is None  # a score above its weight


def test_the_form_reads_whole(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, _ROWS)
    assert evaluation.unit.supervising_department == "某县农业农村局"
    assert evaluation.project is not None
    assert evaluation.project.goal_expected == "完成全县农技推广培训，提升种植技术水平。"
    found = {i.name: (i.level2, i.weight, i.stated_score) for i in evaluation.indicators}
    assert found["示范田亩产增幅"] == ("质量指标", 15, Decimal("13.8"))
    assert len(found) == 5  # (the budget row is the rate's indicator)
