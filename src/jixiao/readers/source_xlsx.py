"""Excel (.xlsx) score tables → :class:`Document`: one table per sheet, merged cells filled in;
a title row above the table (one value across the row) becomes a paragraph."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.readers.document import Block, Document, Paragraph, Table, column_letters
from jixiao.readers.formula import FormulaError, Value, evaluate
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
    warnings: list[str] = []
    for sheet, written in zip(book.worksheets, formulas.worksheets, strict=True):
        rows = _sheet_rows(sheet, written, warnings)
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
    return Document(str(path), blocks, warnings)


class _Formulas:
    """Cell values for formulas: the cached result when there is one, else the formula computed."""

    def __init__(self, sheet: Any, written: Any) -> None:
        self.sheet, self.written = sheet, written
        self.done: dict[tuple[int, int], Value] = {}
        self.busy: set[tuple[int, int]] = set()

    def value(self, row: int, col: int) -> Value:
        key = (row, col)
        if key in self.done:
            return self.done[key]
        if key in self.busy or len(self.busy) > 200:
            raise FormulaError("公式循环引用")
        cached = self.sheet.cell(row, col).value
        typed = self.written.cell(row, col).value
        self.busy.add(key)
        try:
            if cached is None and isinstance(typed, str) and typed.startswith("="):
                result = evaluate(typed, self.value)
            else:
                result = _plain(cached)
        finally:
            self.busy.discard(key)
        self.done[key] = result
        return result


def _displayed(value: Value, number_format: str) -> Value:
    """A computed number as the cell shows it: percent formats ×100 with "%", rounded to the format's
    decimals (two when the format does not say)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        return value
    places = re.search(r"0\.(0+)", number_format or "")
    digits = len(places.group(1)) if places else (0 if re.search(r"(^|[^.\d])0(%|$)", number_format or "") else 2)
    percent = "%" in (number_format or "")
    shown = (value * 100 if percent else value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return f"{shown.normalize():f}%" if percent else shown


def _plain(value: Any) -> Value:
    if value is None or isinstance(value, (bool, Decimal)):
        return value
    if isinstance(value, (int, float)):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return str(value)


def _is_text(value: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]{2}", value))


def _sheet_rows(sheet: Any, written: Any, warnings: list[str]) -> list[list[str]]:
    """Cell texts; a formula cell with no cached value (a file saved by a program other than Excel,
    e.g. openpyxl) is computed here when the formula is simple, else left empty with a warning."""
    grid = [[_text(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
    missing = [(r, c, cell.value) for r, row in enumerate(written.iter_rows()) for c, cell in enumerate(row)
               if r < len(grid) and c < len(grid[r]) and not grid[r][c] and isinstance(cell.value, str)
               and cell.value.startswith("=")]
    if missing:
        values = _Formulas(sheet, written)
        for r, c, formula in missing:
            try:
                value = values.value(r + 1, c + 1)
            except (FormulaError, ArithmeticError, ValueError):
                warnings.append(f"工作表“{sheet.title}”{column_letters(c)}{r + 1}：公式“{formula}”没有计算结果，"
                                "本程序也无法计算，按空白处理")
                continue
            grid[r][c] = _text(_displayed(value, sheet.cell(r + 1, c + 1).number_format), "")
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


_FORMAT_SUFFIX = re.compile(r'"([^"%]{1,6})"\s*$')


def _text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (number_format or "").split('"')[0]:
            return f"{(number * 100).normalize():f}%"
        # a unit written as the format's literal suffix (General"次", 0"人") belongs to the value
        suffix = _FORMAT_SUFFIX.search(number_format or "")
        unit = suffix.group(1) if suffix else ""
        if number == number.to_integral_value():
            return str(int(number)) + unit
        return f"{number.normalize():f}" + unit
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y年%m月%d日")
    return clean_line(str(value))
