"""An indicator table whose weight column carries the score in brackets, its heading naming both:

    三级指标 | 年度指标值 | 实际完成值 | 分值（得分）
    立案数   | ≥45件      | 41件       | 10（9）

read as a weight column and a new 得分 column at the end: "10（9）" gives 10 and 9, a cell with no brackets its weight
alone (the total row's "100（98.5）" gives the full mark and the stated total the same way)."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import indicator_header

_HEAD = pattern("weight_score_column")
_CELL = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:分)?\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*(?:分)?\s*[）)]\s*$")
_MIN_CELLS = 2


def unbracketed(table: Table) -> Table:
    """``table`` with its "weight（score）" column read as two columns, or ``table`` itself (no such heading over an
    indicator header holding no score column, or fewer than two cells of that shape under it)."""
    for h, row in enumerate(table.rows):
        header = indicator_header(row) if len(row) > 3 else None
        if header is None or "score" in header:
            continue
        col = next((c for c, cell in enumerate(row) if _HEAD.match("".join(cell.split()))), None)
        body = table.rows[h + 1:]
        if col is None or sum(1 for r in body if col < len(r) and _CELL.match(r[col])) < _MIN_CELLS:
            return table
        width = max(len(r) for r in table.rows)
        rows = [[*r, *[""] * (width - len(r)), ""] for r in table.rows]  # the new column: index ``width``
        rows[h][col], rows[h][width] = "分值", "得分"
        for r in range(h + 1, len(rows)):
            if m := _CELL.match(rows[r][col]):
                rows[r][col], rows[r][width] = m.group(1), m.group(2)
        return replace(table, rows=rows)
    return table
