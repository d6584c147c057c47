"""Shapes of the thirteenth set's tables and copied forms (invented units and figures): a Markdown indicator
table whose 一级 is only in bold rows, a 支出 table by category with its 合计 row last, levels joined in one
指标类型 cell of a Word table, a project form copied with spaces between cells whose 得分计算方法 text, dashes and
block weights stand on lines of their own."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
from page_reading import read_saved as _read

from jixiao.readers import read_any
from jixiao.readers.extract.joined_levels import joined_levels, names_both_levels
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.flat_rule_lines import rule_lines


def test_a_bold_level_row_names_the_level_of_the_rows_below_and_its_block_weight(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| **效益指标（35分）** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 农技培训人次 | 20 | ≥600人次 | 640人次 | 20 |",
        "|  | 可持续影响指标 | 耕地保护机制 | 15 | 持续运行 | 持续运行 | 15 |",
        "| **满意度指标（15分）** |  |  |  |  |  |  |",
        "|  | 服务对象满意度指标 | 农户满意度 | 15 | ≥85% | 88% | 14 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("农技培训人次", "效益指标", "社会效益指标", Decimal(20), Decimal(20)),
                   ("耕地保护机制", "效益指标", "可持续影响指标", Decimal(15), Decimal(15)),
                   ("农户满意度", "满意度指标", "服务对象满意度指标", Decimal(15), Decimal(14))]
    assert evaluation.stated_block_weights == {"效益指标": Decimal(35), "满意度指标": Decimal(15)}


def test_a_lone_row_that_is_no_level_is_not_taken_for_one(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| 产出指标 | 数量指标 | 农技培训人次 | 50 | ≥600人次 | 640人次 | 50 |",
        "| **说明：以下为效益类** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 耕地保护机制 | 50 | 持续运行 | 持续运行 | 50 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    assert [i.level1 for i in evaluation.indicators] == ["产出指标", "产出指标"]
    assert evaluation.stated_block_weights == {}


def test_a_spending_table_by_category_gives_the_items_and_takes_the_budget_from_its_total_row(tmp_path: Path) -> None:
    rows = [("基本支出", "812.40", "866.10", "860.25", "99.32%"), ("项目支出", "95.00", "140.00", "121.75", "86.96%"),
            ("合计", "907.40", "1,006.10", "982.00", "97.60%")]
    for order in (rows, rows[-1:] + rows[:-1]):  # the 合计 row last, then first
        text = "\n".join(["# 某县司法局2022年度部门整体支出绩效自评报告", "",
                          "| 支出类别 | 年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率 |",
                          "| --- | --- | --- | --- | --- |", *("| " + " | ".join(row) + " |" for row in order)])
        budget = _read(tmp_path, text, "report.md").budget
        assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
            Decimal("907.40"), Decimal("1006.10"), Decimal("982.00"), Decimal("97.60"))
        assert budget.expenditure_total == Decimal("982.00")
        assert [(i.name, i.amount) for i in budget.expenditure_items] == [
            ("基本支出", Decimal("860.25")), ("项目支出", Decimal("121.75"))]


def test_a_money_block_whose_rows_are_fund_sources_gives_no_spending_items(tmp_path: Path) -> None:
    text = "\n".join(["# 某县司法局2022年度部门整体支出绩效自评报告", "",
                      "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |", "| --- | --- | --- | --- | --- |",
                      "| 财政拨款 | 800.00 | 900.00 | 880.00 | 97.78% |",
                      "| 其他资金 | 20.00 | 20.00 | 10.00 | 50.00% |",
                      "| 合计 | 820.00 | 920.00 | 890.00 | 96.74% |"])
    budget = _read(tmp_path, text, "report.md").budget
    assert budget.expenditure_items == [] and budget.expenditure_total is None
    assert budget.executed == Decimal("890.00")


def test_levels_joined_in_one_type_cell_are_the_first_and_second_level(tmp_path: Path) -> None:
    rows = [["指标类型", "指标名称", "指标性质", "权重", "年度目标值", "实际完成值", "完成率", "得分"],
            ["产出指标-数量指标", "义诊服务场次", "定量", "30", "≥24场", "26场", "108.33%", "30"],
            ["产出指标／时效指标", "筛查报告按时出具率", "定量", "30", "≥95%", "97%", "102.11%", "30"],
            ["效益指标", "居民健康素养水平", "定量", "20", "≥25%", "26.1%", "104.40%", "20"],
            ["满意度指标—服务对象满意度指标", "受检群众满意度", "定量", "20", "≥90%", "88%", "97.78%", "18"]]
    document = docx.Document()
    document.add_paragraph("某县妇幼保健院2022年度健康筛查项目支出绩效自评报告")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in read_any(path).evaluation.indicators]
    assert got == [("义诊服务场次", "产出指标", "数量指标", Decimal(30), Decimal(30)),
                   ("筛查报告按时出具率", "产出指标", "时效指标", Decimal(30), Decimal(30)),
                   ("居民健康素养水平", "效益指标", None, Decimal(20), Decimal(20)),
                   ("受检群众满意度", "满意度指标", "服务对象满意度指标", Decimal(20), Decimal(18))]


def test_the_same_rows_typed_as_pipe_text_without_a_rule_row_keep_their_levels_and_pass_the_completion_rate(
        tmp_path: Path) -> None:
    text = "\n".join([
        "某县妇幼保健院2022年度健康筛查项目支出绩效自评报告",
        "| 指标类型 | 指标名称 | 指标性质 | 权重 | 年度目标值 | 实际完成值 | 完成率 | 得分 |",
        "| 产出指标-数量指标 | 义诊服务场次 | 定量 | 60 | ≥2.4万人次 | 2.61万人次 | 108.75% | 60 |",
        "| 满意度指标-服务对象满意度指标 | 受检群众满意度 | 定量 | 40 | ≥90% | 88% | 97.78% | 36 |",
    ])
    got = [(i.name, i.level1, i.level2, i.actual.value if i.actual else None, i.weight, i.stated_score)
           for i in _read(tmp_path, text).indicators]
    assert got == [("义诊服务场次", "产出指标", "数量指标", Decimal("2.61"), Decimal(60), Decimal(60)),
                   ("受检群众满意度", "满意度指标", "服务对象满意度指标", Decimal(88), Decimal(40), Decimal(36))]


def test_a_type_cell_of_other_words_names_no_level() -> None:
    assert joined_levels("产出指标 - 质量指标") == {"level1": "产出指标", "level2": "质量指标"}
    assert joined_levels("数量指标") == {"level2": "数量指标"}
    assert joined_levels("定量") == {} and joined_levels("共性指标/个性指标") == {}
    assert joined_levels("数量指标-产出指标") == {}  # the halves in the wrong order: not a pair of levels


def test_a_cell_naming_both_levels_with_any_mark_between() -> None:
    """One rule for the cell kinds and the flattened-text tokens: every mark joined_levels cuts at, the arrow too."""
    for mark in ("-", "/", " > ", "→", "—", "›"):
        assert names_both_levels(f"产出指标{mark}数量指标")
    assert not names_both_levels("产出指标数量指标") and not names_both_levels("数量指标-产出指标")
    assert not names_both_levels("产出指标-数量指标" + "（某某县某某中心某某项目的说明）")  # too long for one cell


_COPIED_FORM = [
    "某镇综合文化站2022年度区级部门预算项目支出绩效自评表",
    "三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法",
    "(70分)",
    "数量指标 送戏下乡场次 ≥30场 28场 40 37.33 部分村点因雨取消",
    "定量指标计算：完成值达到指标值，记满分；未达到指标值，按B/A*该指标分值记分。",
    "定性指标计算：按好、中、差三档记分。",
    "-",
    "质量指标 演出安全事故次数 =0次 0次 30 30",
    "-",
    "(30分)",
    "服务对象满意度指标 观众满意度 ≥85% 91% 30 30",
    "—",
    "总分 100 97.33",
]


def test_a_form_copied_with_spaces_keeps_its_rows_past_rule_text_dashes_and_weight_lines(tmp_path: Path) -> None:
    evaluation = _read(tmp_path, "\n".join(_COPIED_FORM))
    got = [(i.level2, i.name, i.target.value if i.target else None, i.actual.value if i.actual else None,
            i.weight, i.stated_score, i.deviation_note) for i in evaluation.indicators]
    assert got == [
        ("数量指标", "送戏下乡场次", Decimal(30), Decimal(28), Decimal(40), Decimal("37.33"), "部分村点因雨取消"),
        ("质量指标", "演出安全事故次数", Decimal(0), Decimal(0), Decimal(30), Decimal(30), None),
        ("服务对象满意度指标", "观众满意度", Decimal(85), Decimal(91), Decimal(30), Decimal(30), None)]
    assert [i.level1 for i in evaluation.indicators] == [None, None, None]  # the 一级 cells kept only "(70分)"
    assert evaluation.stated_total == Decimal("97.33")


def test_only_lines_under_a_scoring_rule_header_after_a_row_are_left_out() -> None:
    assert rule_lines(_COPIED_FORM) == {4, 5, 6, 8, 9, 11}
    assert rule_lines([line for line in _COPIED_FORM if "得分计算方法" not in line]) == set()
    lone = [_COPIED_FORM[1], "-", "定量指标计算：完成值达到指标值，记满分。", *_COPIED_FORM[3:4]]
    assert rule_lines(lone) == set()  # no row above them: nothing to leave out


def test_an_actual_column_ending_in_target_words_is_the_actual() -> None:
    assert (cell_role("预期指标值(A)"), cell_role("实际完成指标值(B)"), cell_role("全年完成指标值")) == (
        "target", "actual", "actual")
    assert cell_role("全年指标值") == "target"  # the year's target, no 实际 / 完成 in it


def test_a_type_word_beside_a_first_level_column_is_the_second_level(tmp_path: Path) -> None:
    text = ("某县第二中学2023年度项目支出绩效自评表\n"
            "| 一级指标 | 指标类型 | 指标内容 | 目标值 | 完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n"
            "| 产出指标 | 成本指标 | 生均补助标准 | ≤5元 | 5元 | 10 | 10 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% | 93% | 10 | 10 |\n")
    levels = [(i.level1, i.level2) for i in _read(tmp_path, text).indicators]
    assert levels == [("产出指标", "成本指标"), ("满意度指标", "服务对象满意度指标")]
    assert joined_levels("成本指标") == {"level1": "成本指标"}  # alone, the column names the 一级
