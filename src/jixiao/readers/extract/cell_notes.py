"""Notes written inside a value cell ("96.2%（截至2023年12月31日）", "14.1（扣0.9分）", "96.99%（按全年预算数计算）"):
the value before the bracket is what the column holds (:func:`jixiao.readers.cells.without_note`)."""

from __future__ import annotations

from dataclasses import replace

from jixiao.readers.cells import without_note
from jixiao.readers.document import Table


def without_cell_notes(table: Table) -> Table:
    """The table with the remarks inside its value cells dropped (the rows' other cells as they are)."""
    rows = [[without_note(cell) for cell in row] for row in table.rows]
    return table if rows == table.rows else replace(table, rows=rows)
