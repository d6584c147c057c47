"""The invented form of :mod:`flat_forms` as a Word table laid out so that no cell wraps (landscape,
small type, wide columns), with or without ruling lines, for printing to PDF."""

from __future__ import annotations

from pathlib import Path

from flat_forms import ROWS, TITLE, YEAR_LINE

_WIDTHS_CM = (2.6, 7.2, 2.8, 3.4, 1.8, 1.8, 1.3, 1.3, 3.2)


def form_docx(path: Path, ruled: bool) -> Path:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(7.5)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    document.add_paragraph(TITLE)
    document.add_paragraph(YEAR_LINE)
    table = document.add_table(rows=len(ROWS), cols=len(_WIDTHS_CM))
    if ruled:
        table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, _WIDTHS_CM, strict=True):
        column.width = Cm(width)
    for r, row in enumerate(ROWS):
        cells = [c if c is not None else "" for c in row]
        if cells[0] == "总分":  # the full mark, the total and the grade under 分值, 得分 and the last column
            cells = ["总分", "", "", "", "", "", *cells[1:]]
        for c, width in enumerate(_WIDTHS_CM):
            cell = table.cell(r, c)
            cell.width = Cm(width)
            if c < len(cells):
                cell.text = cells[c]
    document.save(str(path))
    return path
