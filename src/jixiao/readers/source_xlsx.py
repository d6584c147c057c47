"""Excel (.xlsx) score tables → :class:`Document`: one table per sheet, merged cells filled in;
a title row above the table (one value across the row) becomes a paragraph."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.data import number_problem
from jixiao.limits.zips import check_container
from jixiao.readers.document import Block, Document, Paragraph, Table, column_letters
from jixiao.readers.formula import FormulaError, Value, column_index, evaluate
from jixiao.readers.running_heads import RUNNING_HEAD, sheet_running_head
from jixiao.readers.sheet_layouts import group_table, long_export, side_by_side
from jixiao.readers.textnorm import clean_line


def read_xlsx_document(path: Path) -> Document:
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}：不是有效的 Excel（.xlsx）文件，文件可能已损坏或实为旧版 .xls")
    scan = SheetScan()
    check_container(path, "Excel", scan.watch, depth=True)  # sizes, nesting, cells, merges before openpyxl
    scan.check(str(path))
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), data_only=True)
        # the formulas themselves only when some cell has one (a second load doubles time and memory)
        formulas = openpyxl.load_workbook(str(path), data_only=False) if scan.formulas else book
    except Exception as exc:
        raise InputError(f"{path}：Excel 文件已损坏，无法打开（{type(exc).__name__}）") from None
    blocks: list[Block] = []
    warnings: list[str] = []
    for sheet, written in _shown_sheets(book, formulas, warnings):
        rows = _sheet_rows(sheet, written, warnings, str(path))
        name = f"工作表“{sheet.title}”"
        table_rows: list[list[str]] = []
        for r, row in enumerate(rows):
            values = [v for v in row if v]
            lone = len(set(values)) == 1 and len(values[0]) >= 6 and _is_text(values[0])
            if lone and (not table_rows or _paragraph_row(values[0], table_rows, islice(rows, r + 1, None))):
                blocks += _tables(table_rows, name, r - len(table_rows))
                table_rows = []
                blocks.append(Paragraph(values[0], f"{name}第{r + 1}行"))
                continue
            table_rows.append(row)
        blocks += _tables(table_rows, name, len(rows) - len(table_rows))
    head = sheet_running_head(book.worksheets)
    return Document(str(path), blocks, warnings, {RUNNING_HEAD: head} if head else {})


# a row of one cell holding a sentence with its full stop (经自评，本单位自评得分88.5分，等级为良好。) or a caption with
# its amounts' unit (收支情况表（单位：元）): a report written down the sheet's first column, its paragraph between two
# tables, no row of either (the caption heads the table under it)
_SENTENCE = re.compile(r"[\u4e00-\u9fff）)%”’」』]。\s*$")
_CAPTION = re.compile(r"[(（]\s*(?:金额)?单位\s*[:：]\s*(?:万元|元|亿元)\s*[)）]\s*$")


_NOTE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|注\s*[:：])")  # a 填报说明's numbered note


def _paragraph_row(text: str, table_rows: list[list[str]], later: Iterable[list[str]]) -> bool:
    """A one-cell row after a table of two columns or more that is a caption (:data:`_CAPTION`), or a sentence
    (:data:`_SENTENCE`) the table does not go on under (a row of two cells or more next: a note across a form's
    indicator rows, "效益指标按全年目标考核。", is one of its rows) — and no numbered note ("1.金额单位为万元。": a
    填报说明 block is the sheet's, its examples no figures of the report)."""
    if _NOTE.match(text) or not any(len({cell for cell in row if cell}) >= 2 for row in table_rows):
        return False
    if _CAPTION.search(text):
        return True
    after = next((row for row in later if any(row)), [])
    return bool(_SENTENCE.search(text)) and len({cell for cell in after if cell}) < 2


def _tables(table_rows: list[list[str]], name: str, offset: int) -> list[Block]:
    """The sheet's rows from row ``offset`` as tables: one, or one each when they stand side by side."""
    if not table_rows:
        return []
    blocks: list[Block] = []
    groups = side_by_side(table_rows)  # tables side by side on the sheet: each a table of its own
    for first, part in groups:
        table = group_table(first, part, name, offset) if len(groups) > 1 else \
            Table(table_rows, name, offset, spreadsheet=True)
        blocks += long_export(table.rows, name, offset) or [table]
    return blocks


def _shown_sheets(book: Any, formulas: Any, warnings: list[str]) -> list[tuple[Any, Any]]:
    """The sheets the workbook shows, each with its formulas' sheet: a hidden sheet (a first draft, the lists behind
    drop-downs) is not what the unit sends, so it is left out with a warning — unless no shown sheet holds a cell."""
    pairs = list(zip(book.worksheets, formulas.worksheets, strict=True))
    shown = [(s, w) for s, w in pairs if s.sheet_state == "visible"]
    hidden = [s.title for s, _ in pairs if s.sheet_state != "visible" and s._cells]
    if not hidden or not any(s._cells for s, _ in shown):
        return pairs
    warnings.append(f"工作表“{'”“'.join(hidden)}”已隐藏，未读取（打开和打印时看不到）")
    return shown


class Formulas:
    """Cell values for formulas: the cached result when there is one, else the formula computed."""

    def __init__(self, sheet: Any, written: Any) -> None:
        self.sheet, self.written = sheet, written
        self.done: dict[tuple[int, int], Value] = {}
        self.busy: set[tuple[int, int]] = set()

    def value(self, row: int, col: int) -> Value:
        key = (row, col)
        if key in self.done:
            return self.done[key]
        if key in self.busy:
            raise FormulaError("公式循环引用")
        if len(self.busy) >= _CHAIN:
            raise FormulaError(f"公式引用链超过 {_CHAIN} 层")
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


# "=100%", "=95", "=0.95": a lone figure typed after "=" — a target's comparison sign Excel took for a formula
_LONE_FIGURE = re.compile(r"=\s*\+?\d+(?:\.\d+)?\s*%?\s*")


def formula_text(formula: str, value: Value, number_format: str) -> str:
    """A computed formula's cell as it would show: a percent written in the formula ("=90%+5%") or in the
    format shows as a percent; a lone figure after "=" keeps its "=" (typed as a target's sign, "=100%")."""
    if isinstance(value, Decimal) and "%" in formula and "%" not in (number_format or ""):
        shown: Value = f"{(value * 100).normalize():f}%"
    else:
        shown = _displayed(value, number_format)
    text = cell_text(shown, "")
    return "=" + text if _LONE_FIGURE.fullmatch(formula) and text else text


def _plain(value: Any) -> Value:
    if value is None or isinstance(value, (bool, Decimal)):
        return value
    if isinstance(value, (int, float)):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return str(value)


def _is_text(value: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]{2}", value))


_CHAIN = 40  # formulas referring to formulas: real score tables nest a few levels
_FORMULA_WARNINGS = 20  # per sheet; the rest are counted


def _sheet_rows(sheet: Any, written: Any, warnings: list[str], where: str) -> list[list[str]]:
    """Cell texts; a formula cell with no cached value (a file saved by a program other than Excel,
    e.g. openpyxl) is computed here when the formula is simple, else left empty with a warning.

    The grid is built from the cells the sheet holds (never by walking its whole used range, which a
    single cell at XFD1048576 makes 17 billion cells), and its area is capped by ``sheet_cells``."""
    cells = sheet._cells  # openpyxl's (row, col) → cell map: only the cells the file has
    height = max((r for r, _ in cells), default=0)
    width = max((c for _, c in cells), default=0)
    limits.check("sheet_cells", height * width, where, subject=f"工作表“{sheet.title}”",
                 name=f"使用区域 {height:,} 行 × {width:,} 列 =")
    grid = [[""] * width for _ in range(height)]
    for (r, c), cell in cells.items():
        if cell.value is not None:
            grid[r - 1][c - 1] = cell_text(cell.value, cell.number_format)
    missing = sorted((r - 1, c - 1, cell.value) for (r, c), cell in written._cells.items()
                     if r <= height and c <= width and not grid[r - 1][c - 1] and isinstance(cell.value, str)
                     and cell.value.startswith("="))
    if missing:
        values = Formulas(sheet, written)
        failed = 0
        for r, c, formula in missing:
            try:
                value = values.value(r + 1, c + 1)
                grid[r][c] = formula_text(formula, value, sheet.cell(r + 1, c + 1).number_format)
            except (FormulaError, ArithmeticError, ValueError) as exc:
                failed += 1
                if failed <= _FORMULA_WARNINGS:
                    why = f"（{exc}）" if isinstance(exc, FormulaError) else ""
                    shown = limits.shorten(formula, 60)
                    warnings.append(f"工作表“{sheet.title}”{column_letters(c)}{r + 1}：公式“{shown}”没有计算结果，"
                                    f"本程序也无法计算{why}，按空白处理")
        if failed > _FORMULA_WARNINGS:
            warnings.append(f"工作表“{sheet.title}”：另有 {failed - _FORMULA_WARNINGS} 个公式没有计算结果，按空白处理")
    for merged in sheet.merged_cells.ranges:
        top = merged.min_row - 1
        left = merged.min_col - 1
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                grid[r][c] = value
    _blank_hidden(sheet, grid, warnings)
    return [row for row in grid if any(row)]


def _blank_hidden(sheet: Any, grid: list[list[str]], warnings: list[str]) -> None:
    """Rows the sheet hides (a withdrawn indicator kept out of sight) are not what the sheet shows or prints:
    left empty, with a warning that says how many. (Hidden columns are read: a helper column of ratios is
    told apart by its header, and a form may hide a column whose money figures its other rows still need.)"""
    rows = [r - 1 for r, dim in sheet.row_dimensions.items() if dim.hidden and 0 < r <= len(grid)
            and any(grid[r - 1])]
    for r in rows:
        grid[r] = [""] * len(grid[r])
    if rows:
        warnings.append(f"工作表“{sheet.title}”有隐藏的{len(rows)}行，未读取（打印和显示时看不到）")


_FORMAT_SUFFIX = re.compile(r'"([^"%]{1,6})"\s*$')
_FIXED = re.compile(r"[#,]*0(?:\.([0#]+))?")


def fixed_places(number_format: str) -> int | None:
    """The decimals a number format shows a number to ("0.00", "#,##0.0", '0.00"万元"', "0.00_ ;-0.00"); None for
    General, text, dates, scientific and percent formats (a percent is shown by ``_displayed``)."""
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]|[_\\].', "", (number_format or "").split(";")[0]).strip()
    m = _FIXED.fullmatch(fmt)
    return len(m.group(1) or "") if m else None


def cell_text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float, Decimal)):
        if number_problem(value) is not None:  # inf, NaN, 1E+999999999: shown as written, no arithmetic
            return str(value) if not isinstance(value, int) else f"{value:.6e}"
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (number_format or "").split('"')[0]:  # the rate as shown (0.00% → two decimals), not the ratio
            return str(_displayed(number, number_format.split('"')[0]))
        places = fixed_places(number_format)
        if places is not None and number.as_tuple().exponent < -places:  # type: ignore[operator]
            # the figure as the cell shows it: 2416.3752 under "#,##0.00" is 2416.38 on the sheet and on paper
            number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        # a unit written as the format's literal suffix (General"次", 0"人") belongs to the value
        suffix = _FORMAT_SUFFIX.search(number_format or "")
        unit = suffix.group(1) if suffix else ""
        if number == number.to_integral_value():
            return str(int(number)) + unit
        return f"{number.normalize():f}" + unit
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y年%m月%d日")
    return clean_line(str(value))


_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')
_TAIL = 64  # bytes kept between chunks, so that a tag cut by a chunk boundary is still seen


class SheetScan:
    """Counts, while the container is inflated, each worksheet's cells, formulas and merged area."""

    def __init__(self) -> None:
        self.cells: dict[str, int] = {}
        self.merged: dict[str, int] = {}
        self.formulas = 0

    def watch(self, name: str) -> Callable[[bytes], None] | None:
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            return None
        self.cells[name] = self.merged[name] = 0
        tail = b""

        def see(chunk: bytes) -> None:
            nonlocal tail
            data = tail + chunk
            skip = len(tail)  # matches ending inside the old tail were counted with the previous chunk
            self.cells[name] += sum(1 for m in _CELL_TAG.finditer(data) if m.end() > skip)
            self.formulas += sum(1 for m in _FORMULA_TAG.finditer(data) if m.end() > skip)
            for m in _MERGE.finditer(data):
                if m.end() > skip:
                    self.merged[name] += _area(*m.groups())
            tail = data[-_TAIL:]

        return see

    def check(self, where: str) -> None:
        limits.check("sheet_cells", sum(self.cells.values()), where, name="工作簿单元格")  # openpyxl: ~20 µs each
        for name, count in self.cells.items():
            sheet = name.rsplit("/", 1)[-1]
            limits.check("sheet_cells", count, where, subject=sheet, name="单元格")
            limits.check("sheet_cells", self.merged[name], where, subject=sheet, name="合并单元格覆盖")


def _area(left: bytes, top: bytes, right: bytes | None, bottom: bytes | None) -> int:
    if right is None or bottom is None:
        return 1
    cols = abs(column_index(right.decode()) - column_index(left.decode())) + 1
    return cols * (abs(int(bottom) - int(top)) + 1)
