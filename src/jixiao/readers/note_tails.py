"""A form's rows copied out of a viewer with one space between cells, the long 偏差原因 cell at the row's end run on
to a line of its own ("… 10 8.89 两项培训师资未到位，已与省中" / "医院签订帮扶协议"): the line is that cell's rest,
joined back onto its row. Only under a header of single-spaced cells whose last is a 偏差原因 column; only a row
with every cell filled whose note stops mid-clause and is long enough to have filled its cell (a short "无" or
"已完成" runs on to no line: a line after it is the next row's name, a viewer's tall cell cut); only a line of one
piece of text (no space, no label's colon, no figure first, no outline number, no form word, no level's word) with
a row of cells or the form's total right after it."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.table_columns import cell_role
from jixiao.readers.line_joins import join_next_line

_PIECE = re.compile(r"^[\u4e00-\u9fff][^\s:：]{0,39}$")  # (a "label：…" line is a field of its own)
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(]|第.{1,3}[章节条部分]|—)")
_CLAUSE_END = "。；;！!"
_WRAP_MIN = 6  # characters of a note at least before a viewer runs it on to a line of its own


def join_note_tails(text: str) -> str:
    """``text`` with each such note's rest joined back onto its row (see the module)."""
    if "偏差" not in text and "原因" not in text:
        return text
    lines = text.split("\n")
    width = 0  # the cells of the last header whose last column is a 偏差原因 one (0: none above)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        cells = line.split(" ") if "\t" not in line and "  " not in line.strip() else []
        if len(cells) >= 5 and cell_role(cells[-1]) == "deviation" and any(cell_role(c) == "name" for c in cells):
            width = len(cells)
        elif width and len(cells) == width and _cut_note(cells[-1]) and index + 2 < len(lines) \
                and _rest(lines[index + 1].strip()) and _goes_on(lines[index + 2], width):
            join_next_line(lines, index)
            line = lines[index]
        elif width and not line.strip():
            pass
        elif width and len(cells) < 3 and not _rest(line.strip()):
            width = 0  # past the table
        out.append(line)
        index += 1
    return "\n".join(out)


def _cut_note(note: str) -> bool:
    """A note a viewer may have cut: long enough to fill its cell, stopping mid-clause."""
    return len(note) >= _WRAP_MIN and note[-1:] not in _CLAUSE_END


def _rest(line: str) -> bool:
    """A piece of text that may be a note's rest: no heading, no column's word, no total, no level's word (a
    一级 / 二级 on a line of its own opens rows of its own)."""
    return bool(_PIECE.match(line)) and not _HEADING.match(line) and cell_role(line) is None \
        and not any(pattern(p).match(line) for p in ("total_row", "levels.level1", "levels.level2"))


def _goes_on(line: str, width: int) -> bool:
    """A row of the form's cells, or its total row, after the line."""
    cells = line.split()
    return len(cells) >= min(3, width) or bool(cells and pattern("total_row").match(cells[0]))
