"""A header cell naming two columns at once ("分值/得分", "权重／得分", "得分/分值") over cells holding both
figures ("10/9.5"): the column split in two, the header's order saying which figure is which.

Text rows (tabs or runs of two spaces between cells) are split before the rows are laid out; tables of the
other formats (Word, web pages, Markdown pipes, workbooks) are split as tables. Only the joined column's own
cells are split, and only where they are two numbers; any other cell there keeps its text in the first half.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.document import Block, Document, Table
from jixiao.readers.extract.table_columns import cell_role

_JOINED = re.compile(r"^\s*([^/／]{1,8}?)\s*[/／]\s*([^/／]{1,8}?)\s*$")
_PAIR = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})?)\s*(?:分)?\s*[/／]\s*(\d{1,3}(?:\.\d{1,3})?)\s*(?:分)?\s*$")
_TEXT_GAP = re.compile(r"\t| {2,}|\u3000")
_ROLES = {"weight", "score"}


def joined_header(cell: str) -> tuple[str, str] | None:
    """The two column names of a header cell naming a weight and a score together, in its order, or None."""
    if "/" not in cell and "／" not in cell:
        return None
    found = _JOINED.match(cell)
    if found is None:
        return None
    first, second = found.group(1), found.group(2)
    roles = {cell_role(first), cell_role(second)}
    return (first, second) if roles == _ROLES else None


def split_pair(cell: str) -> tuple[str, str] | None:
    """"10/9.5" → ("10", "9.5"); None for any other cell."""
    found = _PAIR.match(cell) if ("/" in cell or "／" in cell) else None
    return (found.group(1), found.group(2)) if found else None


def split_joined_tables(document: Document) -> Document:
    """``document`` with every table's joined weight/score column split in two (unchanged when none)."""
    if not any(isinstance(b, Table) and _joined_at(b) is not None for b in document.blocks):
        return document
    blocks: list[Block] = [_split_table(b) if isinstance(b, Table) else b for b in document.blocks]
    return replace(document, blocks=blocks)


def _joined_at(table: Table) -> tuple[int, int] | None:
    for r, row in enumerate(table.rows[:40]):
        for c, cell in enumerate(row):
            if joined_header(cell) is not None:
                return r, c
    return None


def _split_table(table: Table) -> Table:
    at = _joined_at(table)
    if at is None:
        return table
    top, col = at
    rows: list[list[str]] = []
    for r, row in enumerate(table.rows):
        if r < top or col >= len(row):
            rows.append(list(row))
            continue
        names = joined_header(row[col]) if r == top else None
        halves = names or split_pair(row[col]) or (row[col], "")
        rows.append([*row[:col], *halves, *row[col + 1:]])
    origins = {(r, c + (1 if r >= top and c > col else 0)): where for (r, c), where in table.origins.items()}
    guessed = frozenset((r, c + (1 if r >= top and c > col else 0)) for r, c in table.guessed)
    return replace(table, rows=rows, origins=origins, guessed=guessed, confidences=None)


def split_joined_lines(text: str) -> str:
    """Text rows under a header line holding a joined weight/score cell, that cell split in two on the
    header and on every row (the rows' own separator between the halves); other text unchanged."""
    if "/" not in text and "／" not in text:
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        cells = _TEXT_GAP.split(lines[k].strip())
        tabled = len(cells) >= 3 and "|" not in lines[k] and "｜" not in lines[k]  # a pipe table is split as a table
        col = next((c for c, cell in enumerate(cells) if joined_header(cell)), None) if tabled else None
        if col is None:
            k += 1
            continue
        width, from_end = len(cells), len(cells) - 1 - col
        lines[k] = _split_line(lines[k], cells, col, joined_header(cells[col]))
        k += 1
        while k < len(lines) and len(cells := _TEXT_GAP.split(lines[k].strip())) >= 3:
            # a short row lost empty cells at its start (a merged 一级 left blank) or at its end (no 偏差原因)
            for at in dict.fromkeys((len(cells) - 1 - from_end, col) if len(cells) < width else (col,)):
                pair = split_pair(cells[at]) if 0 <= at < len(cells) else None
                if pair is not None:
                    lines[k] = _split_line(lines[k], cells, at, pair)
                    break
            k += 1
    return "\n".join(lines)


def _split_line(line: str, cells: list[str], col: int, halves: tuple[str, str] | None) -> str:
    assert halves is not None
    gap = "\t" if "\t" in line else "  "
    return gap.join([*cells[:col], *halves, *cells[col + 1:]])
