"""A grid a page's widget drew as separate tables — its column titles in a header table, its rows in a body table,
its totals in a footer table, each in a div of its own (a datagrid's "frozen" header, a report system's grid) —
joined back into the one table it shows."""

from __future__ import annotations

import re

from jixiao.readers.document import Block, Table

_FIGURE = re.compile(r"\d")


def _titles_only(rows: list[list[str]]) -> bool:
    """One row of column titles: every cell filled, none holding a figure."""
    return len(rows) == 1 and all(cell.strip() and not _FIGURE.search(cell) for cell in rows[0])


def _width(rows: list[list[str]]) -> int:
    return max(map(len, rows), default=0)


def join_split_grid(blocks: list[Block], rows: list[list[str]], name: str, split: set[int]) -> bool:
    """Append ``rows`` to the table just written when that table and ``rows`` are parts of one grid, nothing
    between them: a lone row of column titles (the grid's header) before rows of its width, or a lone row (the
    footer) after a grid already joined so, of its width. ``split`` holds the ids of the joined tables. True when
    joined."""
    last = blocks[-1] if blocks else None
    if not isinstance(last, Table) or not rows or _width(last.rows) != _width(rows):
        return False
    header = _titles_only(last.rows) and not _titles_only(rows[:1])
    footer = id(last) in split and len(rows) == 1
    if not (header or footer):
        return False
    joined = Table([*last.rows, *rows], last.name if header else name)
    blocks[-1] = joined
    split.add(id(joined))
    return True
