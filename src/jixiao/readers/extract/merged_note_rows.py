"""An indicator's deviation note written in a row of its own under it, one cell merged across the table
("偏差原因及改进措施：辖区出生人口下降…"): the label is a 偏差原因 column's header word naming the deviation, the rest
the note of the row above. :func:`deviation_note` decides what such a line is, here and for the same row flattened
into a line of its own (:mod:`jixiao.readers.flat_note_rows`)."""

from __future__ import annotations

import re

from jixiao.readers.document import Table
from jixiao.readers.extract.facts import IndicatorDraft, cell_ref
from jixiao.readers.extract.table_columns import cell_role

_LABELLED_NOTE = re.compile(r"^\s*(?P<label>[^:：]{2,16})[:：]\s*(?P<note>\S.*)$", re.S)
_DEVIATION = ("偏差", "原因")  # a label that names the deviation, not a column's other note words (说明, 备注)


def deviation_note(text: str) -> tuple[str, str] | None:
    """(label, note) of a text opening on a label that names the deviation ("偏差原因及改进措施：…",
    "未完成原因：…"), or None: "说明：…" or "备注：…" under a table is the table's own footnote, no row's note."""
    m = _LABELLED_NOTE.match(text)
    if m is None or cell_role(m.group("label")) != "deviation" or not any(w in m.group("label") for w in _DEVIATION):
        return None
    return m.group("label").strip(), m.group("note").strip()


def merged_note(table: Table, r: int, row: list[str], drafts: list[IndicatorDraft]) -> bool:
    """Whether row ``r`` is the note of the indicator read from the row right above it: every filled cell the same
    text (one cell merged across), opening on a deviation label; the note is then put on that indicator (when it
    has none)."""
    filled = [cell.strip() for cell in row if cell.strip()]
    if len(filled) < 2 or len(set(filled)) != 1 or not drafts:
        return False
    found = deviation_note(filled[0])
    if found is None:
        return False
    last = drafts[-1]
    name_ref = last.refs.get("name")
    if name_ref is None or name_ref.location != table.cell_location(r - 1, _name_column(table, r - 1, last.name)):
        return False
    if "deviation_note" not in last.fields:
        col = next(c for c, cell in enumerate(row) if cell.strip())
        last.put("deviation_note", found[1], cell_ref(table, r, col, filled[0]))
    return True


def _name_column(table: Table, r: int, name: str) -> int:
    return next((c for c, cell in enumerate(table.rows[r]) if cell.strip() == name), -1)
