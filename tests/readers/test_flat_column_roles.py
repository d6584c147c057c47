"""Header columns and headings of a flattened form that must be known to keep its rows aligned (found by
``flat_shapes.py``): a sheet's helper and quarter columns read past, an earlier year's actual beside the year's, a
name column headed with its target, a two-level form, a bare 偏差 column of figures, stacked target and actual rows
under a kind column, amounts added to or cut from the initial budget, the form's amount unit in a cell of its own
above its labels, and a report's indicator headings whose style the copy lost. Each on an invented snippet."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.ocr_words import read_back_words

_TITLE = "某县农技站2024年度耕地保护项目绩效自评表"


def _spaced(cells: list[str], width: int) -> list[str]:
    """The same cells as spaced rows: the title alone, then ``width`` cells a line."""
    return [cells[0], *(" ".join(cells[k: k + width]) for k in range(1, len(cells), width))]


def _indicators(tmp_path: Path, cells: list[str]) -> list[tuple[object, ...]]:
    return [(i.name, i.target.value if i.target else None, i.actual.value if i.actual else None, i.weight,
             i.stated_score) for i in _read_rows(tmp_path, cells).indicators]


@pytest.mark.parametrize("extra", [["辅助列"], ["完成率（辅助）"]])
def test_a_sheet_s_helper_column_is_read_past(extra: list[str], tmp_path: Path) -> None:
    cells = [_TITLE, "一级指标", "二级指标", "三级指标", *extra, "年度指标值", "实际完成值", "分值", "得分",
             "产出指标", "数量指标", "高标准农田建设面积", "1.02", "≥3000亩", "3060亩", "60", "60",
             "效益指标", "经济效益指标", "亩均增产", "0.9", "≥50公斤", "45公斤", "40", "36"]
    want = [("高标准农田建设面积", 3000, 3060, 60, 60), ("亩均增产", 50, 45, 40, 36)]
    assert _indicators(tmp_path, cells) == want


def test_quarter_columns_before_the_year_s_are_read_past_in_the_money_block_and_the_indicators(
        tmp_path: Path) -> None:
    cells = [_TITLE, "项目资金（万元）", "年初预算数", "全年预算数", "一季度", "二季度", "三季度", "四季度",
             "全年执行数", "执行率", "分值", "得分", "年度资金总额", "200.00", "210.00", "30.00", "95.00", "150.00",
             "205.80", "205.80", "98.00%", "10", "9.80",
             "一级指标", "二级指标", "三级指标", "年度指标值", "第一季度", "第二季度", "第三季度", "第四季度",
             "全年完成值", "分值", "得分", "产出指标", "数量指标", "耕地质量监测点", "≥40个", "10", "20", "30", "42",
             "42个", "50", "50", "效益指标", "社会效益指标", "农户培训人次", "≥800人次", "—", "300", "500", "760",
             "760人次", "40", "38"]
    evaluation = _read_rows(tmp_path, cells)
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("200.00"), Decimal("210.00"), Decimal("205.80"))
    assert _indicators(tmp_path, cells)[1:] == [("耕地质量监测点", 40, 42, 50, 50), ("农户培训人次", 800, 760, 40, 38)]


_TWO_YEARS = [_TITLE, "一级指标", "二级指标", "三级指标", "年度指标值", "上年实际值", "本年实际值", "分值", "得分",
              "偏差原因", "产出指标", "数量指标", "土壤检测样本数", "≥500个", "460个", "520个", "50", "50",
              "效益指标", "生态效益指标", "化肥使用量减少", "≥3%", "2.1%", "2.6%", "50", "45", "春季连阴雨"]


@pytest.mark.parametrize("spaced", [False, True])
def test_an_earlier_year_s_actual_beside_the_year_s_is_read_past(spaced: bool, tmp_path: Path) -> None:
    cells = _spaced(_TWO_YEARS, 9) if spaced else _TWO_YEARS
    assert _indicators(tmp_path, cells) == [("土壤检测样本数", 500, 520, 50, 50),
                                           ("化肥使用量减少", 3, Decimal("2.6"), 50, 45)]


def test_a_column_of_the_year_before_on_a_header_line_is_no_misread_word_of_the_form() -> None:
    line = "一级指标 二级指标 三级指标 年度指标值 上年实际值 本年实际值 分值 得分"
    assert read_back_words(line) == line


def test_a_name_column_headed_with_its_target_keeps_each_name_s_bracketed_target(tmp_path: Path) -> None:
    cells = [_TITLE, "一级指标", "二级指标", "三级指标（年度指标值）", "实际完成值", "分值", "得分", "产出指标",
             "数量指标", "测土配方施肥面积（≥2万亩）", "2.1万亩", "60", "60", "满意度指标", "服务对象满意度指标",
             "种植户满意度（≥90%）", "93%", "40", "40"]
    assert _indicators(tmp_path, cells) == [("测土配方施肥面积", 2, Decimal("2.1"), 60, 60),
                                           ("种植户满意度", 90, 93, 40, 40)]


def test_a_two_level_form_s_second_level_names_its_rows_and_a_bare_deviation_column_holds_figures(
        tmp_path: Path) -> None:
    cells = [_TITLE, "一级指标", "二级指标", "指标值", "实际值", "偏差", "权重", "得分率", "得分",
             "产出指标", "秸秆还田面积", "≥1万亩", "1.2万亩", "+0.2万亩", "50", "100.00%", "50",
             "培训合格率", "100%", "100%", "0", "20", "100.00%", "20",
             "效益指标", "土壤有机质提升", "≥0.1个百分点", "0.08个百分点", "-0.02个百分点", "30", "90.00%", "27"]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.level1, i.name, i.weight, i.stated_score, i.deviation_note) for i in evaluation.indicators] == [
        ("产出指标", "秸秆还田面积", 50, 50, "+0.2万亩"), ("产出指标", "培训合格率", 20, 20, "0"),
        ("效益指标", "土壤有机质提升", 30, 27, "-0.02个百分点")]


@pytest.mark.parametrize("unit_cell", ["金额单位：元", "单位：元"])
def test_the_form_s_amount_unit_in_a_cell_above_its_labels_is_the_money_block_s(
        unit_cell: str, tmp_path: Path) -> None:
    cells = ["项目支出绩效自评表（2024年度）", unit_cell, "项目名称", "耕地保护补助", "实施单位", "某县农技站",
             "项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "1200000",
             "1250000", "1212500", "10", "97.00%", "9.70"]
    budget = _read_rows(tmp_path, cells).budget
    assert (budget.source_unit, budget.initial, budget.executed) == ("元", Decimal("120.00"), Decimal("121.25"))


_STACKED = [_TITLE, "一级指标", "二级指标", "三级指标", "类别", "指标值", "分值", "得分", "偏差原因",
            "产出指标", "数量指标", "耕地质量监测点", "年度目标", "≥40个", "50", "50", "实际完成", "42个",
            "效益指标", "社会效益指标", "农户培训人次", "年度目标", "≥800人次", "50", "45", "汛期停训一月", "实际完成",
            "760人次", "总分", "100", "95"]


@pytest.mark.parametrize("spaced", [False, True])
def test_stacked_target_and_actual_rows_under_a_kind_column_read_as_one_indicator(spaced: bool,
                                                                                  tmp_path: Path) -> None:
    # the actual's row keeps only its kind and its value ("实际完成 42个": a spaced line of two)
    cells = [*_STACKED[:9], *(_STACKED[9:])] if not spaced else [
        _STACKED[0], " ".join(_STACKED[1:9]), " ".join(_STACKED[9:16]), " ".join(_STACKED[16:18]),
        " ".join(_STACKED[18:26]), " ".join(_STACKED[26:28]), " ".join(_STACKED[28:])]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.level1, i.name, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.weight, i.stated_score, i.deviation_note) for i in evaluation.indicators] == [
        ("产出指标", "耕地质量监测点", 40, 42, 50, 50, None),
        ("效益指标", "农户培训人次", 800, 760, 50, 45, "汛期停训一月")]
    assert evaluation.stated_total == 95


def test_a_short_line_over_a_paragraph_about_that_indicator_names_it(tmp_path: Path) -> None:
    # a Word report's indicator headings, their style lost in the copy: "该指标…" speaks of the line above
    rows = ["某县农技站2024年度部门整体支出绩效自评报告", "绩效指标完成情况", "耕地质量监测点",
            "该指标分值50分，年度目标≥40个，实际完成42个，自评得50分。", "服务对象满意度",
            "该指标分值50分，年度目标≥90%，实际完成93%，自评得50分。"]
    got = [(i.name, i.weight, i.stated_score) for i in _read_rows(tmp_path, rows).indicators]
    assert got == [("耕地质量监测点", 50, 50), ("服务对象满意度", 50, 50)]


def test_a_name_with_its_weight_alone_on_a_line_over_its_scored_paragraph_is_that_indicator(tmp_path: Path) -> None:
    rows = ["某县文化馆2024年度部门整体支出绩效自评报告", "绩效指标完成情况", "群众文化活动场次（60分）",
            "全年举办群众文化活动210场，年度目标200场，得60分。", "观众满意度（40分）",
            "问卷调查观众500人，满意度94%，得38分。", "评价结论", "综合得分98分，评价等级为优。"]
    got = [(i.name, i.weight, i.stated_score) for i in _read_rows(tmp_path, rows).indicators]
    assert got == [("群众文化活动场次", 60, 60), ("观众满意度", 40, 38)]


@pytest.mark.parametrize("changes", [["追加数", "调减数"], ["本年追加", "本年调减"]])
def test_amounts_added_to_and_cut_from_the_initial_budget_are_read_past(changes: list[str], tmp_path: Path) -> None:
    cells = [_TITLE, "项目资金（万元）", "年初预算数", *changes, "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", "300", "40", "12.5", "327.5", "320.3", "10", "97.80%", "9.78"]
    budget = _read_rows(tmp_path, cells).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("300.00"), Decimal("327.50"), Decimal("320.30"), Decimal("97.80"))


def test_the_rate_s_points_under_a_money_block_are_its_execution_rate_indicator(tmp_path: Path) -> None:
    # "预算执行率分值 | 10 | 得分 | 9.84" under the fund rows: read as a row of the block, its 10 went to 全年执行数
    cells = [_TITLE, "资金构成", "年初预算", "本年追加", "调整后预算", "执行数", "执行率", "合计", "400.00", "50.00",
             "450.00", "441.00", "98.00%", "预算执行率分值", "10", "得分", "9.80"]
    evaluation = _read_rows(tmp_path, cells)
    assert evaluation.budget.executed == Decimal("441.00")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [("预算执行率", 10, Decimal("9.80"))]


def test_a_spaced_money_header_of_words_not_the_form_s_is_cut_into_its_columns(tmp_path: Path) -> None:
    # "资金构成 年初预算 本年追加 …": two words of the form only (执行数, 执行率), so the line stayed whole and the
    # block had no header; the rate's points under it ("预算执行率分值 10 得分 9.80") are four cells as well
    lines = [_TITLE, "资金构成 年初预算 本年追加 本年调减 调整后预算 执行数 执行率",
             "合计 400.00 50.00 8.00 442.00 433.16 98.00%", "基本支出 300.00 20.00 0.00 320.00 320.00 100.00%",
             "预算执行率分值 10 得分 9.80"]
    evaluation = _read_rows(tmp_path, lines)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("400.00"), Decimal("442.00"), Decimal("433.16"), Decimal("98.00"))
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [("预算执行率", 10, Decimal("9.80"))]


def test_a_table_s_number_before_its_caption_on_one_line_is_no_column(tmp_path: Path) -> None:
    # "表1 产出指标完成情况" cut at its space: the caption's 完成情况 opened the header as a column of actuals and
    # every row was read one cell off (its actual taken for its name)
    line = " ".join([_TITLE.replace("绩效自评表", "绩效自评报告"), "二、绩效指标完成情况", "表1", "产出指标完成情况",
                     "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因",
                     "数量指标", "土壤改良示范面积", "≥1200亩", "1260亩", "20", "20",
                     "质量指标", "示范区验收合格率", "≥95%", "96.5%", "20", "20"])
    assert _indicators(tmp_path, [line]) == [("土壤改良示范面积", 1200, 1260, 20, 20),
                                             ("示范区验收合格率", 95, Decimal("96.5"), 20, 20)]


def test_a_kind_cell_naming_both_levels_stays_one_cell(tmp_path: Path) -> None:
    # "产出指标-数量指标" under 指标类型, one cell a line: cut at the form's words into 产出指标 | - | 数量指标, it
    # made a row of its own and the indicator kept its 二级 only
    cells = [_TITLE, "指标类型", "指标名称", "分值", "年度指标值", "实际完成值", "得分",
             "产出指标-数量指标", "秸秆还田面积", "60", "≥2万亩", "2.1万亩", "60",
             "效益指标-生态效益指标", "耕地有机质提升", "40", "≥0.1%", "0.12%", "40"]
    evaluation = _read_rows(tmp_path, cells)
    assert [(i.name, i.level1, i.level2, i.weight) for i in evaluation.indicators] == [
        ("秸秆还田面积", "产出指标", "数量指标", 60), ("耕地有机质提升", "效益指标", "生态效益指标", 40)]
