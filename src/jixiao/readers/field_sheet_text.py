"""A system's long field sheet — 序号 | 对象 | 属性 | 值 | 计量单位, one row a field ("5 | 项目资金 | 年初预算数 | 520 |
万元") — as flattened text gives it: each row on a line, its cells spaced ("5 项目资金 年初预算数 520 万元"); one cell a
line, the empty unit cells dropped; a web page's cells ending in "|", a lone "|" an empty cell; or the whole sheet run
on one line. The rows are cut at their serial numbers, each the one before plus one and followed by the row's object
(a value equal to the next serial number is a value: no object follows it). The rows then read as the sheet's reader
reads them (:func:`.sheet_layouts.field_lines`): a "【object】" heading per object and an "attribute：value" line per
row, the lines :mod:`.csv_triples` writes for a CSV of the same triples.

Only a header that names a serial, an object, an attribute and a value column (the lexicon's ``triple_columns``),
over eight rows or more, is taken; any other text is left as it is."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.csv_triples import triple_lines
from jixiao.readers.textnorm import compact

_HEADS = ("serial", "object", "attribute", "value")
_ROW_BREAK = re.compile(r"^\|{3,}$")  # a web table's "|||||||" between rows
_SERIAL = re.compile(r"^\d{1,4}$")
_UNIT = re.compile(r"^[^\d\s：:，,。]{1,4}$")  # a unit cell: a few characters, no figure ("万元", "%", "公里")
_MIN_ROWS = 8


def field_sheet_text(text: str) -> str:
    """``text`` with a flattened field sheet (a header naming 序号, 对象, 属性 and 值, eight numbered rows or more
    under it) written as headings and "attribute：value" lines; otherwise unchanged."""
    if "序号" not in text:
        return text
    cells = text_cells(text)
    head = _header(cells)
    if head is None:
        return text
    first, width = head
    rows, end = _rows(cells, first + width, width)
    if len(rows) < _MIN_ROWS:
        return text
    lines = text.splitlines()
    start_line, end_line = cells[first][0], cells[end - 1][0]
    before = [c for line, c in cells[:first] if line == start_line]
    after = [c for line, c in cells[end:] if line == end_line]
    middle = triple_lines(rows)
    out = [*lines[:start_line], *([" ".join(before)] if before else []), *middle, "",
           *([" ".join(after)] if after else []), *lines[end_line + 1:]]
    return "\n".join(out) + "\n"


def text_cells(text: str) -> list[tuple[int, str]]:
    """Each cell of the text with its line's index: a line of "|" cells cut at them (a lone "|" an empty cell), any
    other line at its spaces; blank lines and a web table's row breaks hold none."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line or _ROW_BREAK.match(line):
            continue
        if "|" in line:
            parts = [part.strip() for part in line.split("|")]
            out += [(n, part) for part in (parts[:-1] if line.endswith("|") else parts)]
        else:
            out += [(n, part) for part in line.split()]
    return out


def _header(cells: list[tuple[int, str]]) -> tuple[int, int] | None:
    """Where the header's 序号 cell stands and how many heads it has (a unit head after 值 counted), or None."""
    for i, (_, text) in enumerate(cells):
        if not pattern("triple_columns.serial").match(text) or i + 4 > len(cells):
            continue
        if all(pattern(f"triple_columns.{name}").match(compact(cells[i + k][1])) for k, name in enumerate(_HEADS)):
            unit = i + 4 < len(cells) and pattern("triple_columns.unit").match(compact(cells[i + 4][1]))
            return i, 5 if unit else 4
    return None


def _rows(cells: list[tuple[int, str]], i: int, width: int) -> tuple[list[tuple[str, str, str]], int]:
    """The rows from ``cells[i]`` on, each (object, attribute, value with its unit), and the index after the last
    cell read; rows whose value is empty are left out."""
    rows: list[tuple[str, str, str]] = []
    serial = cells[i][1] if i < len(cells) and _SERIAL.match(cells[i][1]) else None
    while serial is not None:
        following = str(int(serial) + 1)
        # (a row of more cells than a value spaced in two and its unit explain ends the sheet)
        nxt = next((k for k in range(i + 3, min(i + width + 4, len(cells))) if cells[k][1] == following
                    and (k + 1 == len(cells) or (not _SERIAL.match(cells[k + 1][1]) and cells[k + 1][1]))), None)
        last = nxt if nxt is not None else min(i + width, len(cells))
        row = [text for _, text in cells[i + 1:last]]
        if nxt is None and len(row) == width - 1 and width == 5 and row[-1] and not _UNIT.match(row[-1]):
            row, last = row[:-1], last - 1  # the last row: a cell after its value that is no unit is the next text
        if len(row) < 3:
            break
        obj, attribute, *value = row
        if width == 5 and len(value) > 1 and (not value[-1] or _UNIT.match(value[-1])):
            value = [" ".join(value[:-1]) + value[-1]]
        rows.append((obj, attribute, " ".join(value).strip()))
        i, serial = last, (following if nxt is not None else None)
    return [r for r in rows if r[2]], i
