"""The two file shapes of the fifty-ninth set the earlier sets' renderers do not make: a Word report whose indicator
table sits nested in the left cell of a two-cell layout table, the result and a table of score bands nested in the
right one; and a PDF printed two pages to a sheet (two A4 pages side by side on one landscape A3 page, as a booklet
print or a viewer's "two pages per sheet" export gives it). Every unit, person and figure is invented."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium
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


def two_up_pdf(pdf: bytes) -> bytes:
    """``pdf``'s pages two to a sheet: pages 1 and 2 side by side on sheet 1, 3 and 4 on sheet 2, and so on."""
    src = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    for first in range(0, len(src), 2):
        sheet = out.new_page(2 * width, height)
        for k in range(2):
            if first + k < len(src):
                obj: Any = src.page_as_xobject(first + k, out).as_pageobject()
                obj.transform(pdfium.PdfMatrix().translate(k * width, 0))
                sheet.insert_obj(obj)
        sheet.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()
