"""Excel writer: the score table (the report's appendix tables, :mod:`jixiao.writers.scoretable`) on
one sheet, through XlsxWriter.

Every number is a number with a number format (money ``#,##0.00``, percentages ``0.00%``, counts with
their unit as a format suffix); every total, subtotal, execution rate and copied score is a formula
written *with its cached result*, so a reader that does not recalculate (openpyxl, pandas, preview
panes, jixiao's own reader) sees the same numbers as Excel. Borders on every table cell, the header
row repeated on every printed page, A4 landscape, a page-number footer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from jixiao.model import Evaluation
from jixiao.writers.document import Cell, Formula, Paragraph, Report, Table

FONT = "仿宋_GB2312"
HEADER_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
FORMATS = {"money": "#,##0.00", "percent": "0.00%", "score": "General", "number": "General"}
COLUMN_UNIT = 7.0  # Excel width units per relative width unit
LINE_HEIGHT = 15  # points per line of 11 pt text
MIN_ROW_HEIGHT = 22


@dataclass
class _Placed:
    row: int
    column: int
    cell: Cell
    header: bool


def _number_format(cell: Cell) -> str:
    base = FORMATS.get(cell.kind, "General")
    if cell.kind == "number" and cell.unit and cell.unit != "%":
        return f'{base}"{cell.unit}"'
    return base


def _excel_value(cell: Cell) -> float | int:
    value = cell.value if cell.value is not None else Decimal(0)
    if cell.kind == "percent":
        value = value / 100
    number = float(value)
    return int(number) if number.is_integer() and cell.kind != "percent" else number


def _formula_text(formula: Formula, where: dict[str, str]) -> str | None:
    refs = [where.get(key) for key in formula.keys]
    if any(ref is None for ref in refs):
        return None
    if formula.op == "sum":
        return "=SUM(" + ",".join(refs) + ")"  # type: ignore[arg-type]
    if formula.op == "ratio":
        numerator, denominator = refs
        return f'=IF(N({denominator})>0,{numerator}/{denominator},"")'
    return f"={refs[0]}"


def _layout(report: Report) -> tuple[int, list[tuple[int, Paragraph | Table]], int]:
    """Where each appendix block starts (row), the sheet's column count and the indicator header row."""
    columns = max((block.columns for block in report.appendix if isinstance(block, Table)), default=1)
    placed: list[tuple[int, Paragraph | Table]] = []
    row = 2
    header_row = 0
    for block in report.appendix:
        if isinstance(block, Paragraph):
            placed.append((row, block))
            row += 1
        elif isinstance(block, Table):
            placed.append((row, block))
            if block.header:  # the last table's header (the indicators') repeats on every printed page
                header_row = row
            row += len(block.header) + len(block.rows) + 1
    return columns, placed, header_row


class _Sheet:
    def __init__(self, book: Any, sheet: Any, widths: list[float]) -> None:
        self.book, self.ws = book, sheet
        self.widths = widths
        self.lines: dict[int, int] = {}
        self.formats: dict[tuple[str, bool, bool, str], Any] = {}

    def style(self, number_format: str = "General", *, header: bool = False, strong: bool = False,
              align: str = "center") -> Any:
        key = (number_format, header, strong, align)
        if key not in self.formats:
            self.formats[key] = self.book.add_format({
                "font_name": HEADER_FONT if header or strong else FONT, "font_size": 11, "bold": False,
                "border": 1, "align": align, "valign": "vcenter", "text_wrap": True,
                "num_format": number_format, **({"bg_color": "#D9E1F2"} if header else {})})
        return self.formats[key]

    def measure(self, row: int, column: int, span: int, text: str) -> None:
        width = sum(self.widths[column:column + span]) * COLUMN_UNIT - 1.5
        needed = sum(2 if ord(char) > 0x2E7F else 1 for char in text)
        self.lines[row] = max(self.lines.get(row, 1), math.ceil(needed / max(width, 1)))


def write_xlsx(evaluation: Evaluation, report: Report, out_path: Path) -> Path:
    """Write the score table of ``report`` (built from ``evaluation``) to ``out_path``."""
    columns, placed, header_row = _layout(report)
    tables = [block for _, block in placed if isinstance(block, Table)]
    widths = next((t.widths for t in tables if len(t.widths) == columns), [1.0] * columns)
    cells: list[_Placed] = []
    where: dict[str, str] = {}
    for start, block in placed:
        if not isinstance(block, Table):
            continue
        for offset, row in enumerate(block.header + block.rows):
            column = 0
            for cell in row:
                cells.append(_Placed(start + offset, column, cell, offset < len(block.header)))
                if cell.key:
                    where[cell.key] = xl_rowcol_to_cell(start + offset, column)
                column += cell.span
    out_path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(out_path), {"strings_to_numbers": False, "strings_to_formulas": False})
    book.set_properties({"title": report.appendix_title, "author": report.unit, "company": report.unit,
                         "comments": ""})
    ws = book.add_worksheet("绩效自评表")
    sheet = _Sheet(book, ws, widths)
    title = book.add_format({"font_name": TITLE_FONT, "font_size": 16, "align": "center", "valign": "vcenter"})
    ws.merge_range(0, 0, 0, columns - 1, report.appendix_title, title)
    ws.set_row(0, 30)
    for start, block in placed:
        if isinstance(block, Paragraph):
            caption = block.role == "caption"
            fmt = book.add_format({"font_name": HEADER_FONT if caption else FONT, "font_size": 11,
                                   "text_wrap": True, "valign": "vcenter"})
            ws.merge_range(start, 0, start, columns - 1, block.text, fmt)
            sheet.measure(start, 0, columns, block.text)
    for item in cells:
        _write(sheet, item, where)
    for line_row, lines in sheet.lines.items():
        ws.set_row(line_row, max(MIN_ROW_HEIGHT, LINE_HEIGHT * lines + 6))
    for column, width in enumerate(widths):
        ws.set_column(column, column, width * COLUMN_UNIT)
    if header_row:
        ws.repeat_rows(header_row)
        ws.freeze_panes(header_row + 1, 0)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_footer("&C— &P —")
    book.close()
    return out_path


def _write(sheet: _Sheet, item: _Placed, where: dict[str, str]) -> None:
    cell, ws = item.cell, sheet.ws
    row, column = item.row, item.column
    last = column + cell.span - 1
    if cell.is_number:
        fmt = sheet.style(_number_format(cell), strong=cell.strong, align="right")
        value = _excel_value(cell)
        formula = _formula_text(cell.formula, where) if cell.formula is not None else None
        if cell.span > 1:
            ws.merge_range(row, column, row, last, None, fmt)
        if formula is not None:
            ws.write_formula(row, column, formula, fmt, value)
        else:
            ws.write_number(row, column, value, fmt)
        return
    fmt = sheet.style(header=item.header, strong=cell.strong, align="center" if len(cell.text) <= 12 else "left")
    sheet.measure(row, column, cell.span, cell.text)
    if cell.span > 1:
        ws.merge_range(row, column, row, last, cell.text, fmt)
    else:
        ws.write_string(row, column, cell.text, fmt)
