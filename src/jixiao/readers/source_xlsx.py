"""Excel (.xlsx) score tables → :class:`Document`: one table per sheet, merged cells filled in;
a title row above the table (one value across the row) becomes a paragraph."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.textnorm import clean_line


def read_xlsx_document(path: Path) -> Document:
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}：不是有效的 Excel（.xlsx）文件，文件可能已损坏或实为旧版 .xls")
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), data_only=True)
        formulas = openpyxl.load_workbook(str(path), data_only=False)
    except Exception as exc:
        raise InputError(f"{path}：Excel 文件已损坏，无法打开（{type(exc).__name__}）") from None
    blocks: list[Block] = []
    for sheet, written in zip(book.worksheets, formulas.worksheets, strict=True):
        rows = _sheet_rows(sheet, written)
        name = f"工作表“{sheet.title}”"
        table_rows: list[list[str]] = []
        for r, row in enumerate(rows):
            values = [v for v in row if v]
            if not table_rows and len(set(values)) == 1 and len(values[0]) >= 6 and _is_text(values[0]):
                blocks.append(Paragraph(values[0], f"{name}第{r + 1}行"))
                continue
            table_rows.append(row)
        if table_rows:
            offset = len(rows) - len(table_rows)
            blocks.append(Table(table_rows, name, offset, spreadsheet=True))
    return Document(str(path), blocks)


_CONSTANT_FORMULA = re.compile(r"^=\s*[-+]?[\d.]+\s*%?$")


def _is_text(value: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]{2}", value))


def _sheet_rows(sheet: Any, written: Any) -> list[list[str]]:
    """Cell texts; a cell with no computed value shows what was typed ("=100%" is taken by Excel as
    a formula, and a file saved by a program other than Excel has no cached results)."""
    grid = [[_text(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
    for r, row in enumerate(written.iter_rows()):
        for c, cell in enumerate(row):
            if r < len(grid) and c < len(grid[r]) and not grid[r][c] and isinstance(cell.value, str) \
                    and _CONSTANT_FORMULA.match(cell.value):
                grid[r][c] = cell.value.strip()
    for merged in sheet.merged_cells.ranges:
        top = merged.min_row - 1
        left = merged.min_col - 1
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                grid[r][c] = value
    return [row for row in grid if any(row)]


def _text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (number_format or ""):
            return f"{(number * 100).normalize():f}%"
        if number == number.to_integral_value():
            return str(int(number))
        return f"{number.normalize():f}"
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y年%m月%d日")
    return clean_line(str(value))
