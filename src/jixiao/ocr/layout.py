"""A read page → text lines in reading order and tables, for the shared page assembly.

Boxes inside a ruled grid become a table; the rest are grouped into lines. A page set in two
columns (a gutter no box crosses, with text on both sides at the same heights) is read band by
band: a full-width line (a title), then the left column, then the right one. Page numbers at the
top or bottom edge (``— 3 —``, which OCR may read as ``一3一``) are dropped here; running headers
and footers are dropped with the other pages' by the assembly.
"""

from __future__ import annotations

import re

from jixiao.ocr.result import PageScan, TextBox
from jixiao.ocr.tables import build_table, find_grids
from jixiao.ocr.text import tidy
from jixiao.readers.page_layout import Line, PageTables

_PAGE_NUMBER = re.compile(r"^[-—–－一_~\s·.]*\d{1,3}[-—–－一_~\s·.]*$")
_PAGE_NUMBER_EDGE = 0.15  # page numbers sit lower than running footers (GB/T 9704: 7 mm below the text)
_GUTTER_SPAN = (0.3, 0.7)  # where a column gutter may lie, as a share of the page width
_MIN_COLUMN_LINES = 4


def page_blocks(scan: PageScan, page: int) -> tuple[list[Line], PageTables]:
    """The page's text lines (numbered in reading order) and its tables with their tops."""
    boxes = [b for b in scan.boxes if b.text.strip()]
    tables: PageTables = []
    for grid in find_grids(scan.horizontal, scan.vertical):
        inside = [b for b in boxes if grid.contains((b.x0 + b.x1) / 2, b.middle)]
        table = build_table(grid, inside)
        if table is None:
            continue
        tables.append((grid.ys[0], table))
        boxes = [b for b in boxes if b not in inside]
    lines = _lines(boxes, scan, page)
    return lines, tables


def _lines(boxes: list[TextBox], scan: PageScan, page: int) -> list[Line]:
    boxes = [b for b in boxes if not _is_page_number(tidy(b.text), b.top / scan.height)]
    columns = _columns(boxes, scan.width)
    rows: list[tuple[int, list[TextBox]]] = []
    for box in sorted(boxes, key=lambda b: (columns[id(b)], b.middle)):
        column = columns[id(box)]
        row = next((r for c, r in reversed(rows[-4:]) if c == column and _same_row(r, box)), None)
        if row is None:
            rows.append((column, [box]))
        else:
            row.append(box)
    out: list[Line] = []
    for column, row in sorted(rows, key=lambda cr: (cr[0], min(b.top for b in cr[1]))):
        row.sort(key=lambda b: b.x0)
        text = tidy(" ".join(b.text for b in row))
        top = min(b.top for b in row)
        if not text:
            continue
        height = sorted(b.height for b in row)[len(row) // 2]
        out.append(Line(text, row[0].x0, max(b.x1 for b in row), top, top / scan.height, height * 0.9, page,
                        len(out) + 1, confidence=min(b.lowest for b in row), column=column))
    return out


def _same_row(row: list[TextBox], box: TextBox) -> bool:
    """The box sits on the row's line: its middle falls within the row's last box's height."""
    last = row[-1]
    return last.top <= box.middle <= last.bottom and box.top <= last.middle <= box.bottom


def _is_page_number(text: str, rel: float) -> bool:
    return (rel < _PAGE_NUMBER_EDGE or rel > 1 - _PAGE_NUMBER_EDGE) and _PAGE_NUMBER.match(text) is not None


def _columns(boxes: list[TextBox], width: int) -> dict[int, int]:
    """Each box's reading-order group: 0 on a single-column page; on a two-column page 3·band,
    3·band + 1 and 3·band + 2 for a full-width line, the left and the right column of a band."""
    gutter = _gutter(boxes, width)
    if gutter is None:
        return {id(b): 0 for b in boxes}
    full = sorted((b for b in boxes if b.x0 < gutter < b.x1), key=lambda b: b.middle)
    out: dict[int, int] = {}
    for box in boxes:
        band = sum(1 for f in full if f.middle <= box.middle)
        if box.x0 < gutter < box.x1:
            out[id(box)] = 3 * band
        else:
            out[id(box)] = 3 * band + (1 if box.x1 <= gutter else 2)
    return out


def _gutter(boxes: list[TextBox], width: int) -> float | None:
    """The x of a column gutter: no box crosses it, and lines on both sides share their heights."""
    if len(boxes) < 2 * _MIN_COLUMN_LINES:
        return None
    low, high = int(width * _GUTTER_SPAN[0]), int(width * _GUTTER_SPAN[1])
    best: tuple[int, float] | None = None
    for x in range(low, high, max(1, width // 200)):
        crossing = sum(1 for b in boxes if b.x0 < x < b.x1)
        if crossing <= len(boxes) // 10 and (best is None or crossing < best[0]):
            best = (crossing, float(x))
    if best is None:
        return None
    gutter = best[1]
    left = [b for b in boxes if b.x1 <= gutter]
    right = [b for b in boxes if b.x0 >= gutter]
    if len(left) < _MIN_COLUMN_LINES or len(right) < _MIN_COLUMN_LINES:
        return None
    beside = sum(1 for b in left if any(r.top < b.middle < r.bottom for r in right))
    return gutter if beside >= max(_MIN_COLUMN_LINES, len(left) // 3) else None

