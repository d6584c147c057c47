"""Shapes of the forty-sixth set (docs/reader-corpora/fortysixth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_docx, read_page

from jixiao.readers import read_any


def test_a_instruction_naming_the_implementing_unit_label_names_no_body() -> None:
    """"本表由项目实施单位填写" (a workbook's 填表说明 sheet, read before the form): 实施单位 is a noun there, so no
    body is named (before, "项目" was the implementing unit, and in the workbook it won over the form's cell)."""
    evaluation = read_page("项目支出绩效自评表（2025年度）\n项目名称：2025年校舍维修项目\n本表由项目实施单位填写。\n")
    assert evaluation.project is not None and evaluation.project.implementing_unit is None


def test_b_execution_target_as_a_year_indicator_value_in_prose() -> None:
    """"预算执行率：年度指标值100%，实际完成95%，指标分值10分，实际得9.5分。" (scores told in prose): the target is
    the 年度指标值, as "年度目标100%" is (before, no target)."""
    evaluation = read_page("某县某医院2024年设备购置项目绩效自评报告\n"
                           "项目年初预算100万元，全年预算100万元，全年执行95万元，预算执行率95%。\n"
                           "二、绩效指标完成及得分情况\n"
                           "预算执行率：年度指标值100%，实际完成95%，指标分值10分，实际得9.5分。\n")
    rate = evaluation.indicators[0]
    assert (rate.name, rate.weight, rate.stated_score) == ("预算执行率", Decimal("10"), Decimal("9.5"))
    assert rate.target is not None and (rate.target.value, rate.target.unit) == (Decimal("100"), "%")


def test_c_outline_numbered_rows_give_levels_and_scores(tmp_path: Path) -> None:
    """A 序号 column numbering an outline ("1 | 产出指标", "1.1 | 数量指标", "1.1.1 | 见习人数 | … | 60 | 60"): the
    numbered level rows are the levels of the rows below, and an outline number is no misplaced figure (before, the
    rows were realigned by content, a score equal to its weight or an actual equal to its target dropped, no levels)."""
    evaluation = read_docx(tmp_path, ["项目支出绩效自评表（2025年度）", [
        ["序号", "指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["1", "产出指标", "", "", "", ""], ["1.1", "数量指标", "", "", "", ""],
        ["1.1.1", "见习人数", "≥150人", "158人", "60", "60"],
        ["1.2", "时效指标", "", "", "", ""], ["1.2.1", "补贴发放及时率", "100%", "100%", "30", "30"],
        ["2", "满意度指标", "", "", "", ""], ["2.1", "服务对象满意度指标", "", "", "", ""],
        ["2.1.1", "见习人员满意度", "≥90%", "96%", "10", "9.5"],
        ["", "合计", "", "", "100", "99.5"]]])
    assert indicator_rows(evaluation, "name", "level1", "level2", "weight", "stated_score") == [
        ("见习人数", "产出指标", "数量指标", Decimal("60"), Decimal("60")),
        ("补贴发放及时率", "产出指标", "时效指标", Decimal("30"), Decimal("30")),
        ("见习人员满意度", "满意度指标", "服务对象满意度指标", Decimal("10"), Decimal("9.5")),
    ]
    assert evaluation.indicators[1].target is not None and evaluation.indicators[1].target.value == Decimal("100")


def test_d_frame_cell_lines_around_a_nested_form(tmp_path: Path) -> None:
    """A one-column layout table whose cell holds "填报单位：X", the form's tables nested in it, then "自评等级：优":
    each line of the cell is a label of its own (before, the unit was "X   自评等级：优" and the grade was lost)."""
    import docx

    document = docx.Document()
    outer = document.add_table(rows=2, cols=1)
    outer.cell(0, 0).text = "项目支出绩效自评表（2025年度）"
    cell = outer.cell(1, 0)
    cell.paragraphs[0].text = "填报单位：某县就业服务中心"
    inner = cell.add_table(rows=2, cols=4)
    for c, (head, value) in enumerate(zip(["三级指标", "分值", "得分", "指标值"], ["见习人数", "100", "96", "≥150人"],
                                          strict=True)):
        inner.cell(0, c).text, inner.cell(1, c).text = head, value
    cell.add_paragraph("自评等级：优")
    path = tmp_path / "framed.docx"
    document.save(str(path))
    evaluation = read_any(path).evaluation
    assert evaluation.unit.name == "某县就业服务中心"
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "优"
