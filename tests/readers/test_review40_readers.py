"""Review of the stop's first round of reader changes (rev10): invented snippets each of which the merged round
(3edf005c) read wrong."""

from __future__ import annotations

from pathlib import Path


def _labels_then_form(path: Path) -> Path:
    """A form's labels and their values set apart at a tab stop above its ruled table, a line each."""
    from docx import Document as WordDocument
    from docx.shared import Cm

    word = WordDocument()
    word.add_paragraph("某区水务局2024年度项目支出绩效自评表")
    for label, value in (("项目名称：", "某某河道保洁项目"), ("主管部门：", "某区水务局"),
                         ("实施单位：", "某某河道管理所"), ("项目负责人：", "张某某"), ("联系电话：", "0000-1234567")):
        paragraph = word.add_paragraph(label + "\t" + value)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(8))
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "保洁河道长度", "≥12公里", "12.5公里", "50", "50"],
            ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", "50", "48"],
            ["合计", "", "", "", "", "100", "98"]]
    grid = word.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    word.save(str(path))
    return path


def test_labels_set_apart_at_a_tab_stop_above_a_form_are_no_text_columns(tmp_path: Path) -> None:
    """Labels on the left, their values at a tab stop past the page's middle, above a ruled form: the gap between
    them is no gutter of two text columns (3edf005c read the labels as a left column and the values as a right
    one, parting every label from its value: 主管部门 and 实施单位 were lost)."""
    from jixiao.readers import read_any
    from jixiao.writers.pdf import docx_to_pdf

    evaluation = read_any(docx_to_pdf(_labels_then_form(tmp_path / "form.docx"), tmp_path / "form.pdf")).evaluation
    assert evaluation.unit.supervising_department == "某区水务局"
    assert evaluation.project.implementing_unit is not None
    assert evaluation.project.implementing_unit.startswith("某某河道管理所")
    assert {i.name for i in evaluation.indicators} == {"保洁河道长度", "群众满意度"}
