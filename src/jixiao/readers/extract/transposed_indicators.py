"""An indicator table laid on its side: the column labels down its first column (三级指标 / 权重（分） / 年度目标 /
实际完成 / 自评得分) and one indicator a column, as a bureau prints a block of few indicators across the page."""

from __future__ import annotations

from dataclasses import replace

from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import indicator_headers


def upright(table: Table) -> Table:
    """The table turned upright when its first column is an indicator header (a name label and at least two more
    roles, every cell a label, none twice, no figure) and its first row is none; each cell cited where it stood."""
    rows = table.rows
    if len(rows) < 3 or min(len(row) for row in rows) < 2:
        return table
    labels = [row[0].strip() for row in rows]
    if not all(labels) or len(set(labels)) < len(labels) or any(c.isdigit() for label in labels for c in label):
        return table  # (the cheap test first; a label said twice opens a second record: record_views' to read)
    found = indicator_headers(labels)
    if not found or "name" not in found[0] or len(found[0]) < 3 or indicator_headers(rows[0]):
        return table
    width = max(len(row) for row in rows)
    turned = [[row[c] if c < len(row) else "" for row in rows] for c in range(width)]
    origins = {(c, r): table.cell_location(r, c) for r in range(len(rows)) for c in range(width)}
    scanned = table.confidences  # (turned too: a row's lowest confidence marks what is read from the row a guess)
    confidences = None if scanned is None else [
        [scanned[r][c] if r < len(scanned) and c < len(scanned[r]) else 1.0 for r in range(len(rows))]
        for c in range(width)]
    return replace(table, rows=turned, origins=origins, confidences=confidences,
                   guessed=frozenset((c, r) for r, c in table.guessed))
