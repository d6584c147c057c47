"""A table of its own after the indicators that gives each indicator's 偏差原因 (指标名称 | 偏差情况 | 偏差原因 |
改进措施): its rows become notes for the indicators of the same name, never indicators of their own."""

from __future__ import annotations

import re

from jixiao.lexicon import lexicon
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import IndicatorDraft, cell_ref
from jixiao.readers.textnorm import compact

_WORDS = lexicon()["deviation_table"]
_NAME, _REASON, _SCORED = (re.compile(_WORDS[key]) for key in ("name", "reason", "scored"))


def deviation_notes(table: Table) -> list[IndicatorDraft]:
    """Name and 偏差原因 of each row under the table's header row (the first row holding both a name cell and
    a reason cell, and no 分值 / 得分 / 指标值 cell: an indicator table's own note column is read with its rows)."""
    out: list[IndicatorDraft] = []
    columns: tuple[int, int] | None = None
    for r, row in enumerate(table.rows):
        cells = [compact(cell) for cell in row]
        if columns is None:
            name = next((c for c, cell in enumerate(cells) if _NAME.match(cell)), None)
            reason = next((c for c, cell in enumerate(cells) if _REASON.match(cell)), None)
            if name is not None and reason is not None and not any(_SCORED.search(cell) for cell in cells):
                columns = (name, reason)
            continue
        name_col, reason_col = columns
        if max(columns) >= len(row):
            continue
        label, note = row[name_col].strip(), row[reason_col].strip()
        if not label or not note or compact(note) in ("无", "/", "-", "—"):
            continue
        draft = IndicatorDraft()
        draft.put("name", label, cell_ref(table, r, name_col, label))
        draft.put("deviation_note", note, cell_ref(table, r, reason_col, note))
        out.append(draft)
    return out
