"""A numbered form copied one cell a line with a rule line "|" between cells ("序号" / "|" / "一级指标" / "|" …):
two rules in a row stand for an empty cell, and a row's end looks the same, so the rows are found by their
numbers (序号 1, 2, 3 … each after an empty cell). A header whose right cells are stacked over two rows
("指标" / "县级" / "市级" over "分值" / "评分" / "评分") is joined cell by cell; a row shortened by merged level
cells on its left is aligned to the right (its first cell, the number, stays first). Rebuilt as cells, the
rows read like any pipe table's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.lexicon import pattern
from jixiao.readers.cells import fit
from jixiao.readers.extract.table_columns import cell_role, indicator_header
from jixiao.readers.textnorm import compact

_BAR = frozenset({"|", "｜"})
MIN_BARS = 12  # rule lines a page needs before it is read this way
_WRAP_LINES = 4  # lines of one wrapped cell; a longer run of text ends the form
_STACK_CELL = 4  # characters of a cell in a header's stacked second row ("分值", "评分")
_ROW_NUMBER = re.compile(r"\d{1,3}")

Token = tuple[str, int, int]  # a cell's text, its first and last line


def bar_rows(lines: list[str]) -> dict[int, list[str]]:
    """Line index → the cells of the row that ends there (the row's other lines, and the rules inside the
    form, map to ``[]``: read past). Only forms whose header names an indicator, a weight and a score column,
    with a 序号 column first."""
    if sum(1 for line in lines if line.strip() in _BAR) < MIN_BARS:
        return {}
    rows: dict[int, list[str]] = {}
    covered = -1  # the last line of the forms rebuilt so far (a header inside one is one of its cells)
    for tokens in bar_runs(lines):
        for cells, start, end in _headers(tokens):
            if tokens[start][1] > covered and (form := _form(tokens, cells, start, end)):
                rows.update(form)
                covered = max(form)
    return rows


def bar_runs(lines: list[str], wrap: int = _WRAP_LINES) -> list[list[Token]]:
    """The cells between rule lines, in runs that a long stretch of text (more than ``wrap`` lines: a
    paragraph, not a cell) ends. Lines of text with no rule between them are one wrapped cell."""
    runs: list[list[Token]] = [[]]
    after_bar = False
    text_lines = 0
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if line in _BAR:
            if after_bar:
                runs[-1].append(("", index, index))
            after_bar, text_lines = True, 0
            continue
        text_lines += 1
        if text_lines > wrap:  # a paragraph, no cell: a form above it has ended
            if runs[-1]:
                runs.append([])
            continue
        if text_lines > 1 and runs[-1]:
            text, first, _ = runs[-1][-1]
            runs[-1][-1] = (text + line, first, index)
            continue
        runs[-1].append((line, index, index))
        after_bar = False
    return [run for run in runs if run]


def _form(tokens: list[Token], cells: list[str], start: int, end: int) -> dict[int, list[str]]:
    """The rows under the header ``cells`` (tokens ``start`` to ``end``), or nothing when fewer than two."""
    width = len(cells)
    rows: dict[int, list[str]] = {}
    built: list[tuple[int, int, list[str]]] = [(start, end, cells)]
    header = indicator_header(cells) or {}
    at, expected = end + 1, None
    while at + 1 < len(tokens) and tokens[at][0] == "" and _ROW_NUMBER.fullmatch(tokens[at + 1][0]):
        number = int(tokens[at + 1][0])
        if expected is not None and number != expected:
            break
        row_start = at + 1
        read = _row(tokens, row_start, width, header)
        if read is None:
            break
        stop, parts = read
        built.extend((row_start, row_start + last, part) for last, part in parts)
        at, expected = stop, number + 1
    if len(built) > 1 and at + 1 < len(tokens) and tokens[at][0] == "" \
            and _total(tokens[at + 1][0]):  # 合计 | 100 | 95 under the rows
        read = _row(tokens, at + 1, width, header, last=True)
        if read is not None:
            built.extend((at + 1, at + 1 + last, part) for last, part in read[1][:1])
    if len(built) < 3:  # a header and one row are no form worth rebuilding
        return {}
    rows.update({i: [] for i in range(tokens[start][1], tokens[built[-1][1]][2] + 1)})
    for _, last, row in built:
        rows[tokens[last][2]] = row
    return rows


def _headers(tokens: list[Token]) -> Iterator[tuple[list[str], int, int]]:
    """Each header a form may have: its cells and its first and last token. A run of cells between empty ones that
    names an indicator, a weight and a score column, with its number column first; or such a run whose
    right cells a short second run completes ("指标" over "分值")."""
    runs = _cell_runs(tokens)
    for position, (first, last) in enumerate(runs):
        cells = [t[0] for t in tokens[first:last + 1]]
        if len(cells) < 4 or cell_role(cells[0]) != "number":
            continue
        if weighted_header(cells):
            yield cells, first, last
            continue
        if position + 1 < len(runs) and runs[position + 1][0] == last + 2:
            lower_first, lower_last = runs[position + 1]
            lower = [t[0] for t in tokens[lower_first:lower_last + 1]]
            if len(lower) >= len(cells) or any(len(cell) > _STACK_CELL for cell in lower):
                continue
            stacked = cells[:-len(lower)] + [a + b for a, b in zip(cells[-len(lower):], lower, strict=True)]
            if all(cell_role(cell) for cell in stacked[-len(lower):]) and weighted_header(stacked):
                yield stacked, first, lower_last


def weighted_header(cells: list[str]) -> bool:
    header = indicator_header(cells)
    return header is not None and "weight" in header and "name" in header


def _cell_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token of each run of non-empty cells."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, (text, _, _) in enumerate([*tokens, ("", -1, -1)]):
        if text and start is None:
            start = index
        elif not text and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs


def _row(tokens: list[Token], start: int, width: int, header: dict[str, int],
         last: bool = False) -> tuple[int, list[tuple[int, list[str]]]] | None:
    """The numbered row at ``start``: where it stops (the empty cell before the next number, found within a
    few rows' cells) and its parts in the header's columns. The ``last`` row (or one no next number follows)
    stops at the first empty cell (or the end) at which its figures fit: an empty last column and the row's
    end look alike."""
    number = "" if last else str(int(tokens[start][0]) + 1)
    for index in range(start + 2, min(len(tokens), start + 3 * width) if number else start):
        if tokens[index - 1][0] == "" and (tokens[index][0] == number or _total(tokens[index][0])):
            parts = _aligned([t for t, _, _ in tokens[start:index - 1]], width, header)
            return (index - 1, parts) if parts else None
    for stop in range(start + 2, min(len(tokens), start + width) + 1):
        if stop == len(tokens) or tokens[stop][0] == "":
            parts = _aligned([t for t, _, _ in tokens[start:stop]], width, header)
            if parts:
                return stop, parts
    return None


def _total(text: str) -> bool:
    return bool(text) and pattern("total_row").fullmatch(compact(text)) is not None


def _aligned(cells: list[str], width: int, header: dict[str, int]) -> list[tuple[int, list[str]]]:
    """A numbered row's cells set in the header's columns: the number first, the rest aligned to the right
    (a merged level cell is printed once, on its first row). A row with more cells than columns holds a
    sub-row under the same number (a second rule and its points): split where both parts' figures fit.
    Each part with its last cell's place in ``cells``; nothing when no reading puts a figure in the weight
    column."""
    if len(cells) <= width:
        row = _right(cells, width)
        return [(len(cells) - 1, row)] if _weighted(row, header) else []
    for cut in range(1, len(cells)):
        if cells[cut] != "" or cut > width or len(cells) - cut - 1 >= width:
            continue
        upper, lower = _right(cells[:cut], width), _right(["", *cells[cut + 1:]], width)
        if _weighted(upper, header) and _weighted(lower, header):
            return [(cut - 1, upper), (len(cells) - 1, lower)]
    return []


def _right(cells: list[str], width: int) -> list[str]:
    return [cells[0], *[""] * (width - len(cells)), *cells[1:]]


def _weighted(row: list[str], header: dict[str, int]) -> bool:
    """A figure in the weight column, and the score column empty or a figure."""
    weight, score = row[header["weight"]].strip(), row[header["score"]].strip() if "score" in header else ""
    return bool(weight) and fit("weight", weight) is not None and fit("score", score) is not None
