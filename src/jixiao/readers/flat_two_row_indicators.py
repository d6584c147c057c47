"""An indicator table of two rows per indicator flattened ("一级／二级指标" / "三级指标" / "分值" / "得分", then for
each indicator "产出指标／数量指标" / its name / its marks and "指标值：≥3000亩" / "完成值：3120亩": one cell a line,
" |" cells, a row a line or the whole table on one line). The heads fix the columns; a row opens on its two levels
in one cell (or, under an indicator above, on its name), then its name and as many figures as the heads have mark
columns; its labelled values follow; a 总分 / 合计 row closes the table. The rows make the table a Word file gives,
for :func:`jixiao.readers.labelled_value_rows.labelled_value_rows` to read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from jixiao.readers.cells import Kind, kind
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.flat_table_cells import MARK_CELL, FlatTable, is_total
from jixiao.readers.flat_token import Token, spaced_pieces
from jixiao.readers.labelled_value_rows import BOTH_LEVELS, labelled_role
from jixiao.readers.textnorm import compact

_LEVEL_PAIR = re.compile(r"^([\u4e00-\u9fff]{2,12})\s*[／/]\s*([\u4e00-\u9fff]{2,16})$")
_MOST_HEADS = 6
_MIN_ROWS = 2


def _heads(pieces: list[tuple[str, int]]) -> int | None:
    """How many of the first pieces are the table's heads (the two levels' head, the name's, then only marks'),
    else None."""
    if not pieces or not BOTH_LEVELS.match(pieces[0][0]):
        return None
    n = 1
    while n < len(pieces) and cell_role(compact(pieces[n][0])) in ("name", "weight", "score"):
        n += 1
    roles = [cell_role(compact(text)) for text, _ in pieces[1:n]]
    if roles[:1] != ["name"] or not roles[1:] or any(r not in ("weight", "score") for r in roles[1:]):
        return None
    return n


def two_row_indicators(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The table whose heads start at ``i`` and the index of the token past its last row, else None (no such
    heads, fewer than two indicators)."""
    heads = _heads(list(islice(spaced_pieces(tokens, i), _MOST_HEADS)))
    if heads is None:
        return None
    pieces = [(part, k) for text, k in spaced_pieces(tokens, i) for part in _cut_values(text)]
    texts = [text for text, _ in pieces]
    marks = heads - 2
    table = FlatTable()
    table.add(texts[:heads], [tokens[k].line for _, k in pieces[:heads]])
    at = heads
    while (row := _row(texts, at, marks, len(table.rows) > 1)) is not None:
        for cells in row[0]:
            table.add([texts[c] if c is not None else "" for c in cells],
                      [tokens[pieces[c][1]].line if c is not None else None for c in cells])
        at = row[1]
    if len(table.rows) <= _MIN_ROWS:
        return None
    end = pieces[at - 1][1] + 1
    table.used.update(range(i, end))
    return table, end


def _cut_values(text: str) -> list[str]:
    """A line of labelled values spaced apart ("指标值：≥3000亩 完成值：3120亩") cut into its values; else the text."""
    parts = text.split()
    return parts if len(parts) > 1 and all(labelled_role(part) is not None for part in parts) else [text]


def _levels(text: str) -> bool:
    """Two level words in one cell ("产出指标／数量指标"; "满意度指标" is a 一级 or a 二级 word)."""
    pair = _LEVEL_PAIR.match(text)
    return pair is not None and all(kind(part) in (Kind.LEVEL1, Kind.LEVEL2) for part in pair.groups())


def _row(texts: list[str], at: int, marks: int, under: bool) -> tuple[list[list[int | None]], int] | None:
    """The rows (the indicator's, then its labelled values', each cell's piece or None) from ``at`` and the index
    past them, else None. A total row opens on its word; an indicator's on its levels, or on its name when an
    indicator is above (its levels merged down)."""
    if at >= len(texts):
        return None
    total = is_total(texts[at])
    lead: list[int | None]
    if total or _levels(texts[at]):
        lead, at = [at], at + 1
    elif under and not MARK_CELL.match(texts[at]) and labelled_role(texts[at]) is None:
        lead = [None]
    else:
        return None
    name: list[int | None] = [None] if total else [at]
    at += 0 if total else 1
    figures: list[int] = []
    while len(figures) < marks and at < len(texts) and MARK_CELL.match(texts[at]):
        figures.append(at)
        at += 1
    if len(figures) < marks or (not total and (name[0] is None or MARK_CELL.match(texts[name[0]]))):
        return None
    rows: list[list[int | None]] = [[*lead, *name, *figures]]
    values: list[int | None] = []  # "指标值：…" then "完成值：…", each once
    roles: list[str] = []
    while len(values) < 2 and at < len(texts) and (role := labelled_role(texts[at])) is not None \
            and role not in roles:
        values.append(at)
        roles.append(role)
        at += 1
    if values:
        rows.append([None, *values, *([None] * (marks + 1 - len(values)))])
    return rows, at
