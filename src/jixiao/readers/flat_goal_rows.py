"""The rows of a goal table written one cell a line (指标类型 | 指标名称 | 绩效目标 | 绩效标准, then 产出指标 /
name / goal / name / goal …): what is to be done, with no figure a row could end on, so rows are cut by count.

Each level word starts a block; the cells between two level words are its rows, all of one width. An empty
column leaves no line, so the width is 2 up to the header's (name and every goal column): taken only when one
width fits every block (a block cut by the end of the text may end short), and every cell is marked guessed (a
row's cut rests on the count). When no width, or more than one, fits, nothing is read."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token

_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)


def is_goal_header(cols: Sequence[str]) -> bool:
    """A header of a level column, names and goal text only (no figure column)."""
    return "goal" in cols and set(cols) <= {"levels", "level1", "name", "goal"} and cols.count("name") == 1 \
        and cols.index("name") < cols.index("goal")


def goal_rows(tokens: Sequence[Token], start: int, end: int, cols: list[str],
              out: FlatTable) -> bool:
    """Rows of tokens[start:end] into ``out`` (the header row already there); False when they are not one cell a
    line or no single row width fits."""
    if any(t.in_row for t in tokens[start:end]) or start >= end or kind(tokens[start].text) not in _LEVELS:
        return False
    blocks: list[tuple[int, list[int]]] = []  # (level cell, its text cells)
    for index in range(start, end):
        if not tokens[index].text:
            continue
        if kind(tokens[index].text) in _LEVELS:
            blocks.append((index, []))
        else:
            blocks[-1][1].append(index)
    last_ends_text = not any(t.text for t in tokens[end:])
    name_at = cols.index("name")
    widths = [w for w in range(2, len(cols) - name_at + 1)
              if all(len(cells) % w == 0 or (last_ends_text and k == len(blocks) - 1)
                     for k, (_, cells) in enumerate(blocks)) and all(cells for _, cells in blocks)]
    if len(widths) != 1:
        return False
    width = widths[0]
    for level, cells in blocks:
        for at in range(0, len(cells), width):
            row = [""] * len(cols)
            lines: list[int | None] = [None] * len(cols)
            row[0], lines[0] = tokens[level].text, tokens[level].line
            for offset, index in enumerate(cells[at: at + width]):
                row[name_at + offset], lines[name_at + offset] = tokens[index].text, tokens[index].line
            out.add(row, lines, [c for c, cell in enumerate(row) if cell])
            out.used.update([level, *cells[at: at + width]])
    return True
