"""A web table copied one cell a line, each cell after its left rule: a row's first cell at the line's start
("产出指标"), each next cell on an indented line opening on its rule ("        | 数量指标"), a wrapped cell going on
on an indented line with no rule ("       指标"), and the row closed by a line of rules only ("        | |",
its trailing empty cells). The rows from a header row on (three column headings or more), each closed so and
following the last, are rebuilt as cells, a short row aligned to the right (the header's caption cell and a
row's level cells are merged down from above, on the left); they then read like any pipe table's."""

from __future__ import annotations

import re

from jixiao.readers.extract.table_columns import cell_role, money_role

_RULED = re.compile(r"^[ \t]+\|")  # "        | 数量指标": a cell after its left rule
_CLOSING = re.compile(r"^[ \t]+\|[\s|]*$")  # "        | ||": the row's trailing empty cells
_FIRST = re.compile(r"^[^\s|]")  # a row's first cell, at the line's start
_WRAPPED = re.compile(r"^[ \t]+[^\s|]")  # a cell going on from the line above
_HEADINGS = 3  # column headings that make a row a grid's header
_MAX_CELLS = 20  # cells of one row (a real form's: ≤ 16)
_MAX_LINES = 60  # lines of one row, its wrapped cells counted


def ruled_cell_rows(lines: list[str]) -> dict[int, list[str]]:
    """Line index → the cells of the row that ends there (its earlier lines map to ``[]``: read past)."""
    rows: dict[int, list[str]] = {}
    index = 0
    while index < len(lines):
        row = _row_at(lines, index)
        if row is None or not _is_header(row[1]):
            index += 1
            continue
        chain = [row]
        while (following := _row_at(lines, chain[-1][0] + 1)) is not None:
            chain.append(following)
        if len(chain) >= 2:
            start, width = index, len(chain[0][1])
            for end, cells in chain:
                rows.update({i: [] for i in range(start, end)})
                rows[end] = [""] * (width - len(cells)) + cells  # the cells merged down from above are the left ones
                start = end + 1
        index = chain[-1][0] + 1
    return rows


def _row_at(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """(closing line, cells) of the row whose first cell opens line ``start``, or None."""
    if start >= len(lines) or not _FIRST.match(lines[start]):
        return None
    cells = [lines[start].strip()]
    for index in range(start + 1, min(len(lines), start + _MAX_LINES)):
        line = lines[index]
        if _CLOSING.match(line):
            return (index, cells) if len(cells) >= 3 else None
        if _RULED.match(line):
            if len(cells) >= _MAX_CELLS:
                return None
            cells.append(line.strip()[1:].strip())
        elif _WRAPPED.match(line):
            cells[-1] += line.strip()
        else:
            return None
    return None


def _is_header(cells: list[str]) -> bool:
    return sum(1 for cell in cells if cell and (money_role(cell) or cell_role(cell))) >= _HEADINGS
