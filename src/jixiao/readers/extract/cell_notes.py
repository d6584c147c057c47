"""Notes written inside a value cell ("96.2%（截至2023年12月31日）", "14.1（扣0.9分）", "96.99%（按全年预算数计算）"):
the value before the bracket is what the column holds (:func:`jixiao.readers.cells.without_note`). A money block's
score cell giving its weight ("9.72分（满分10分）") hands that weight to its column's header
("预算执行得分（满分10分）"), where the money block reads a weight in brackets."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.cells import without_note
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import money_role
from jixiao.readers.textnorm import match_text

_WEIGHT_NOTE = re.compile(r"[(]\s*(?:满分|分值|权重)\s*:?\s*\d+(?:\.\d+)?\s*分\s*[)]\s*$")


def without_cell_notes(table: Table) -> Table:
    """The table with the remarks inside its value cells dropped (the rows' other cells as they are)."""
    rows = [[without_note(cell) for cell in row] for row in table.rows]
    if rows == table.rows:
        return table
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            note = _WEIGHT_NOTE.search(match_text(cell)) if rows[r][c] != cell else None
            header = next((k for k in range(r - 1, -1, -1) if c < len(rows[k]) and rows[k][c].strip()), None)
            if note is not None and header is not None and money_role(rows[header][c]) == "rate_score" \
                    and "分" not in rows[header][c].replace("得分", ""):
                rows[header][c] = rows[header][c] + cell[note.start():].strip()
    return replace(table, rows=rows)
