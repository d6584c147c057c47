"""A file shape of the fifty-ninth set the earlier sets' renderers do not make: a Word report whose indicator table
sits nested in the left cell of a two-cell layout table, the result and a table of score bands nested in the right
one (the PDF printed two pages to a sheet is ``two_up``'s). Every unit, person and figure is invented."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm
from eighteenth_facts import doc, docx_bytes, table
from make_seventeenth import convert

Block = str | list[list[str]]


def nested_word(blocks: list[Block], form: list[list[str]], result: list[list[str]], name: str, target: str) -> bytes:
    """The blocks as Word (then ``target`` through LibreOffice; wps: a .doc saved through .odt), the ``form`` block
    nested in a layout table's left cell and the ``result`` block's total, grade and bands in its right cell."""
    d = doc()
    for b in blocks:
        if b is result:
            continue
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b is form:
            outer = d.add_table(rows=1, cols=2)
            left, right = outer.cell(0, 0), outer.cell(0, 1)
            left.width, right.width = Cm(19), Cm(5)
            left.paragraphs[0].text = "部门整体支出绩效自评表"
            table(left, form)
            right.paragraphs[0].text = "自评结果"
            right.add_paragraph(f"{result[1][0]}：{result[1][1]}分")
            right.add_paragraph(f"{result[2][0]}：{result[2][1]}")
            right.add_paragraph("等级标准：")
            table(right, [["分数区间", "等级"], *([r[2], r[3]] for r in result[1:])])
        else:
            table(d, b)
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width  # landscape
    data = docx_bytes(d)
    if target == "wps":
        return convert(convert(data, name, "docx", "odt"), name, "odt", "doc")
    return convert(data, name, "docx", target)
