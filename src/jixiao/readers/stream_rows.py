"""A web table copied one cell a line: each cell ends in its rule ("计划安排资金(万元) |" / "150 |" / "|" for an
empty cell) and a row's trailing empty cells close it on a line of rules only ("||||||||") or after its last cell
("150 | |||||"). The lines from one such closing line to the next are one row; rebuilt as cells, the row reads
like any pipe table's (a bare figure cell is then no page number)."""

from __future__ import annotations

import re

from jixiao.readers.extract.table_columns import cell_role, money_role

_CELL_LINE = re.compile(r"^[^|]*\|\s*$")  # "text |" or "|"
_ROW_END = re.compile(r"^\s*\|{2,}\s*$")  # a row's trailing empty cells
# "2465.39 | |||||": a row's last cell with the row's trailing empty cells after it
_LAST_CELL = re.compile(r"^[^|]*[^|\s][^|]*\|\s*(\|{2,})\s*$")
_MAX_CELLS = 40  # cells of one rebuilt row (a real form's: ≤ 16)
_HEADINGS = 3  # column headings that make a row a grid's header
_SIDE_BY_SIDE = {"收入科目", "支出科目"}


def stream_rows(lines: list[str]) -> dict[int, list[str]]:
    """Line index → the cells of the row that ends there (its earlier lines map to ``[]``: read past). Only
    rows that follow each other, two or more of the same width: a level cell or two over a row of rules
    among a pipe table's rows ("效益指标 |" / "经济效益指标 |" / "||||||") stay text."""
    found: list[tuple[int, int, list[str]]] = []  # (first line, last line, cells)
    start = 0
    for index, line in enumerate(lines):
        # (a cell and its row's empties on a line of their own is a whole row of a pipe table, one a line: text)
        closing = _LAST_CELL.match(line) if "||" in line and any(lines[i].strip() for i in range(start, index)) \
            else None
        if closing or _ROW_END.match(line):
            cells = [lines[i].strip()[:-1].strip() for i in range(start, index) if lines[i].strip()]
            if closing:
                cells.append(line[:line.index("|")].strip())
            empty = len(closing.group(1)) if closing else line.count("|")
            if any(cells) and len(cells) + empty <= _MAX_CELLS:
                found.append((start, index, cells + [""] * empty))
            start = index + 1
        elif line.strip() and not _CELL_LINE.match(line):  # (a blank line between a row's cells is read past)
            start = index + 1
    header_from = next((first for first, _, cells in found if _is_header(cells)), len(lines))
    rows: dict[int, list[str]] = {}
    chain: list[tuple[int, int, list[str]]] = []
    for row in [*found, (-1, -1, [])]:
        # (the grid's header cuts a run of rows of one width: the rows above it are rebuilt, the grid is not)
        if chain and row[0] == chain[-1][1] + 1 and len(row[2]) == len(chain[-1][2]) \
                and (row[0] < header_from) == (chain[-1][0] < header_from):
            chain.append(row)
            continue
        if len(chain) >= 2 and chain[-1][0] < header_from:
            for first, last, cells in chain:
                rows.update({i: [] for i in range(first, last)})
                rows[last] = cells
        chain = [row]
    return rows


def _is_header(cells: list[str]) -> bool:
    """Whether a row names the grid's columns (three or more money or indicator column headings); a whole-unit
    form's budget block (收入科目 | 预算数 | 执行数 | 支出科目 | 预算数 | 执行数) is no grid a form reader reads: its
    rows are rebuilt like the rows above it."""
    if _SIDE_BY_SIDE.issubset(cells):
        return False
    return sum(1 for cell in cells if cell and (money_role(cell) or cell_role(cell))) >= _HEADINGS
