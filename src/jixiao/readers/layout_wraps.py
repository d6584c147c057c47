"""A cell wrapped inside its column in a text layer laid out by columns (``pdftotext -layout``): its rest
sits alone on the next line, under the cell's own column ("供水工程长期发挥效" / "益", "服务对象满意度" / "指标",
a deviation note's second line). The rest goes back onto its cell; the line it took is left blank, so every
cell keeps its line number."""

from __future__ import annotations

import re

from jixiao.readers.cells import Kind, kind
from jixiao.readers.textnorm import display_width

_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: words with single spaces between them, two spaces or more around
_MIN_CELLS = 4  # cells in the row above: a row of a form laid out by columns
_MAX_PIECES = 2  # cells a continuation line holds
_MAX_PIECE = 16  # characters of one continued piece
_SLACK = 2  # display columns a piece may start off its cell's start
_MAX_RESTS = 3  # continuation lines of one row (a cell wraps over a few lines, not hundreds)


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(display column, character offset, text) of each cell of a line cut at runs of two spaces."""
    out = []
    column = at = 0
    for match in _GAP.finditer(line):
        column += display_width(line[at: match.start()])  # counted piece by piece: linear in the line
        at = match.start()
        out.append((column, at, match.group(0)))
    return out


def join_column_wraps(text: str) -> str:
    """The text with each wrapped cell's rest joined back onto its cell (see the module)."""
    if "    " not in text:
        return text
    lines = text.split("\n")
    above: int | None = None  # index of the last row of cells (four or more)
    rests = 0  # continuation lines joined onto it so far
    changed = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        pieces = _cells(line)
        if above is not None and line[:1] == " " and 1 <= len(pieces) <= _MAX_PIECES and rests < _MAX_RESTS:
            row = _cells(lines[above])
            targets = [_owner(row, column) for column, _, piece in pieces if _continues(piece)]
            if len(targets) == len(pieces) and None not in targets:
                lines[above] = _joined(lines[above], row, [(t, p[2]) for t, p in zip(targets, pieces, strict=True)])
                lines[index] = ""
                changed, rests = True, rests + 1
                continue
        above, rests = (index if len(pieces) >= _MIN_CELLS else None), 0
    return "\n".join(lines) if changed else text


def _continues(piece: str) -> bool:
    """A cell's rest: short text, no figure, no level word of its own."""
    return len(piece) <= _MAX_PIECE and kind(piece) is Kind.TEXT and not any(ch.isdigit() for ch in piece)


def _owner(row: list[tuple[int, int, str]], column: int) -> int | None:
    """The cell of ``row`` whose column the piece starts under (a continuation never opens the row)."""
    for position, (start, _, _) in enumerate(row):
        if abs(start - column) <= _SLACK:
            return position if position > 0 or column > 0 else None
    return None


def _joined(line: str, row: list[tuple[int, int, str]], rests: list[tuple[int | None, str]]) -> str:
    for position, rest in sorted(rests, key=lambda pair: -(pair[0] or 0)):  # from the right: offsets hold
        assert position is not None
        _, offset, cell = row[position]
        end = offset + len(cell)
        line = line[:end] + rest + (line[end:] if line[end: end + 2] == "  " or end >= len(line) else "  " + line[end:])
    return line
