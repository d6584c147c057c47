"""An indicator's deviation note written in a row of its own under it, one cell merged across the form
("偏差原因及改进措施：辖区出生人口下降…"), as flattened text gives it: a line of its own between two rows of a table
the flat readers rebuilt, which they leave as a paragraph after the table. The Word reader gives such a row's note to
the indicator above it (:mod:`.extract.merged_note_rows`); here the line goes back into the rebuilt table as that
row's note, in a 偏差原因 column added after the last (the cells of the other rows empty).

Only a line opening on a deviation label ("偏差原因：", "偏差原因及改进措施：") standing right after a row with a name
(before the next row, or at most a few lines after the table's last), under a header of no deviation column."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.document import Block, Paragraph, Table
from jixiao.readers.extract.merged_note_rows import deviation_note
from jixiao.readers.extract.table_columns import cell_role

_LINE = re.compile(r"^第(\d+)行$")
_AFTER_LAST = 3  # lines after the table's last row where its last row's note may stand (blank lines between)


def noted_rows(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each such note line put back into its table as its row's note (see the module)."""
    tables = [(t, b) for t, b in enumerate(blocks) if isinstance(b, Table) and b.origins and len(b.rows) >= 2]
    if not tables:  # (the tables first: a report with no table of rows, most prose, has no paragraph tried)
        return blocks
    notes = [(k, b) for k, b in enumerate(blocks) if isinstance(b, Paragraph) and _note(b.text) is not None]
    if not notes:
        return blocks
    out = list(blocks)
    taken: set[int] = set()
    for t, block in tables:
        roles = [cell_role(c) for c in block.rows[0]]
        if "deviation" in roles or "name" not in roles:
            continue
        spans = _row_lines(block)
        placed: dict[int, tuple[Paragraph, str, str]] = {}
        for k, paragraph in notes:
            line = _line(paragraph.location)
            row = _row_before(spans, line) if line is not None and k not in taken else None
            if row is None or row in placed or not block.rows[row][roles.index("name")].strip():
                continue
            label, note = _note(paragraph.text) or ("", "")
            placed[row] = (paragraph, label, note)
            taken.add(k)
        if placed:
            out[t] = _with_notes(block, placed)
    return [b for k, b in enumerate(out) if k not in taken]


def _note(text: str) -> tuple[str, str] | None:
    """(label, note) of a line opening on a deviation label (a cell's rule left at its end read past)."""
    return deviation_note(text.rstrip("| "))


def _line(location: str) -> int | None:
    m = _LINE.match(location)
    return int(m.group(1)) if m else None


def _row_lines(table: Table) -> dict[int, tuple[int, int]]:
    """Each row's first and last line in the text (rows none of whose cells tell are left out)."""
    spans: dict[int, tuple[int, int]] = {}
    for (row, _), where in table.origins.items():
        line = _line(where)
        if line is None:
            continue
        first, last = spans.get(row, (line, line))
        spans[row] = (min(first, line), max(last, line))
    return spans


def _row_before(spans: dict[int, tuple[int, int]], line: int) -> int | None:
    """The row (not the header) whose last line is right above ``line``, with no row's cell between them."""
    above = [r for r, (_, last) in spans.items() if last < line]
    if not above:
        return None
    row = max(above, key=lambda r: spans[r][1])
    if row == 0 or any(first <= line <= last for first, last in spans.values()):
        return None
    later = [first for first, _ in spans.values() if first > line]
    if not later and line - spans[row][1] > _AFTER_LAST:
        return None
    return row


def _with_notes(table: Table, placed: dict[int, tuple[Paragraph, str, str]]) -> Table:
    width = max(len(r) for r in table.rows)
    label = next(iter(placed.values()))[1]
    rows = [[*row, *[""] * (width - len(row)), label if r == 0 else (placed[r][2] if r in placed else "")]
            for r, row in enumerate(table.rows)]
    origins = {**table.origins, **{(r, width): p.location for r, (p, _, _) in placed.items()}}
    return replace(table, rows=rows, origins=origins)
