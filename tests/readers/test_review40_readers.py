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


_NOTED_ROWS = ["一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析",
               "产出指标 | 数量指标 | 巡查河道长度 | ≥120公里 | 118公里 | 20 | 18 | "
               "汛期两次强降雨致部分河段封闭，巡查里程略低于年初计划，已在汛后补足",
               "产出指标 | 质量指标 | 保洁合格率 | ≥95% | 93% | 20 | 17 | "
               "第三季度新增河段的保洁队伍到位较晚，抽检合格率未达到预期目标值",
               "效益指标 | 社会效益指标 | 水面漂浮物清除率 | ≥90% | 88% | 20 | 18 | "
               "上游来水携带大量漂浮物，清除作业受水位影响，部分时段无法及时打捞"]


def _wrapped(line: str, width: int) -> list[str]:
    from jixiao.readers.textnorm import display_width

    pieces = [""]
    for char in line:
        if display_width(pieces[-1] + char) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def test_bar_rows_wrapped_inside_their_last_cell_are_joined() -> None:
    """Rows with bars between their cells wrapped at a fixed width inside their long 偏差原因 cell: every line cut
    at the width holds one count of bars, but the line after each is the cell's tail, with none. 3edf005c took them
    for rows each ended in the source and kept each note's first words only ("汛期")."""
    from page_reading import read_page

    from jixiao.readers.hard_wrap import unwrap_fixed_width

    text = "\n".join(["某某区水务局2023年度河道保洁项目绩效自评报告", "一、绩效指标完成情况",
                      *(piece for row in _NOTED_ROWS for piece in _wrapped(row, 72))]) + "\n"
    assert all(row in unwrap_fixed_width(text) for row in _NOTED_ROWS[1:])
    assert [i.deviation_note for i in read_page(text).indicators] == [row.rsplit(" | ", 1)[1]
                                                                      for row in _NOTED_ROWS[1:]]
