"""An indicator table laid on its side: the column labels down its first column (三级指标 / 权重（分） / 年度目标 /
实际完成 / 自评得分) and one indicator a column, as a bureau prints a block of few indicators across the page."""

from __future__ import annotations

from dataclasses import replace

from jixiao.readers.document import Table
from jixiao.readers.extract.forms import rows_of
from jixiao.readers.extract.table_columns import cell_role, indicator_headers


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


def upright_parts(table: Table) -> list[Table] | None:
    """A sheet whose upper rows stand upright (项目名称 | …, a money block's header over its figures) and whose
    indicator block lies on its side below them (its column labels down the first column, one indicator a column), a
    总分 row after it: the rows before and after the block kept as tables of their own, the block alone turned
    upright. None when no such block stands between rows of another kind (the whole table is then :func:`upright`'s
    to turn, or no indicator block on its side)."""
    rows = table.rows
    labelled = [bool(row) and cell_role(row[0].strip()) is not None for row in rows]
    if sum(labelled) < 3 or all(labelled):
        return None
    start = labelled.index(True)
    end = start
    while end < len(rows) and labelled[end]:
        end += 1
    if not (start or end < len(rows)) or any(labelled[end:]):
        return None
    block = rows_of(table, start, end)
    turned = upright(block)
    if turned is block:
        return None
    return [part for part in (rows_of(table, 0, start), turned, rows_of(table, end, len(rows))) if part.rows]
