"""Tables an OA system draws with <div>s: a grid element whose children are rows and whose rows' children are
cells, marked as such by their style (display: table / table-row / table-cell) or their class names
(el-table__row, oa-row, grid-row …; cell, td, col …):

    <div class="oa-grid"><div class="oa-row"><div class="oa-cell">一级指标</div>…</div>…</div>

read as the table it shows, one row a row.
"""

from __future__ import annotations

import re
from typing import Any

from jixiao.readers.html_table import collapse_space, tag_of, text_of

_ROW_MARK = re.compile(r"display\s*:\s*table-row|(?:^|[\s_-])(?:tr|row)(?:$|[\s_-])", re.IGNORECASE)
_CELL_MARK = re.compile(r"display\s*:\s*table-cell|(?:^|[\s_-])(?:td|th|cell|col)(?:$|[\s_-]|\d)", re.IGNORECASE)
_BOXES = frozenset({"div", "span", "li", "p"})
_MIN_ROWS = 2
_LONG_CELL = 300  # a cell holding more text (or a table, a heading) is a page column of a layout grid, not a cell
_NOT_IN_CELLS = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})


def _marked(element: Any, mark: re.Pattern[str]) -> bool:
    return bool(mark.search(element.get("class") or "") or mark.search(element.get("style") or ""))


def _cells(row: Any) -> list[Any] | None:
    cells = [child for child in row if tag_of(child)]
    if len(cells) < 2 or not all(tag_of(c) in _BOXES and _marked(c, _CELL_MARK) for c in cells):
        return None
    if any(len(text_of(c)) > _LONG_CELL or any(tag_of(e) in _NOT_IN_CELLS for e in c.iter()) for c in cells):
        return None
    return cells


def div_grid_rows(element: Any) -> list[list[str]] | None:
    """The rows of ``element`` when it is such a grid (two rows or more, every child a marked row of marked
    cells), each cell's text on one line; else None."""
    if tag_of(element) not in _BOXES:
        return None
    rows = [child for child in element if tag_of(child)]
    if len(rows) < _MIN_ROWS or not all(tag_of(r) in _BOXES and _marked(r, _ROW_MARK) for r in rows):
        return None
    out = []
    for row in rows:
        cells = _cells(row)
        if cells is None:
            return None
        out.append([" ".join(collapse_space(text_of(c)).split()) for c in cells])
    return out
