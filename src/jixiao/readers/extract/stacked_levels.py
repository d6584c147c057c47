"""A 二级 and a 三级 stacked in one column of an indicator table: its header cell "二级指标" over "三级指标" (two lines
of one cell, or "二级指标/三级指标"), each row's cell the 二级 over the 三级 ("数量指标" / "年接待读者人次"). The
column is cut in two, the 二级 before the 三级, so the rows read as any three-level form's; every cell keeps the
place it was read from."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role

_STACK = re.compile(r"\s*(?:\s|[/／])\s*")  # a line break (a web page's <br> read as a space), or a slash


def _parts(cell: str) -> list[str]:
    return [part for part in _STACK.split(cell.strip()) if part]


def _stacked_column(table: Table) -> tuple[int, int] | None:
    """(header row, column) of a cell heading a 二级 over a 三级, in the table's first rows."""
    for r, row in enumerate(table.rows[:4]):
        for c, cell in enumerate(row):
            parts = _parts(cell)
            if len(parts) == 2 and cell_role(parts[0]) == "level2" and cell_role(parts[1]) == "name":
                return r, c
    return None


def unstacked_levels(table: Table) -> Table:
    """``table`` with a stacked 二级 / 三级 column cut in two (else ``table`` itself): a cell of two lines gives its
    first to the 二级 and the rest to the 三级; a cell of one line (a total row's label, a 三级 under the 二级
    above) stays in the 三级 column."""
    found = _stacked_column(table)
    if found is None:
        return table
    head, col = found
    rows: list[list[str]] = []
    origins: dict[tuple[int, int], str] = {}
    for r, row in enumerate(table.rows):
        if col >= len(row):  # (a row short of the column keeps its cells and the places they were read from)
            rows.append(list(row))
            origins.update({(r, c): table.cell_location(r, c) for c in range(len(row))})
            continue
        parts = _stacked_line(row[col]) if r > head else _parts(row[col])
        first, rest = (parts[0], parts[1]) if len(parts) == 2 else ("", row[col])
        rows.append([*row[:col], first, rest, *row[col + 1:]])
        for c in range(len(row) + 1):
            source = c if c <= col else c - 1
            origins[r, c] = table.cell_location(r, source)
    # (a guessed stacked cell leaves both its halves guessed)
    guessed = {(r, c + (c > col)) for r, c in table.guessed} | {(r, col + 1) for r, c in table.guessed if c == col}
    return replace(table, rows=rows, origins=origins, guessed=frozenset(guessed))


def _stacked_line(cell: str) -> list[str]:
    """A body cell cut at its first break (a line break, or the space a page's <br> became): [二级, 三级], or [cell]
    when it holds one line (a total row's label, a 三级 under the 二级 above). Only a 二级's word opens a cut: a 三级
    alone whose name a page spaced ("免费开放 天数") is one name, no 二级 "免费开放"."""
    lines = cell.strip().split(None, 1)
    return [lines[0], lines[1].strip()] if len(lines) == 2 and _level2_word(lines[0]) else [cell]


def _level2_word(word: str) -> bool:
    """A 二级's name: one of the lexicon's 二级 words, or any name ending on 指标 that heads no column."""
    return cell_role(word) is None and bool(
        pattern("levels.level2").match(word) or pattern("levels.unit_level2").match(word) or word.endswith("指标"))
