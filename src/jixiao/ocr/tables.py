"""Tables rebuilt from a scanned form: the ruled grid gives rows and columns, the recognised
characters fill its cells, and a cell whose inner rules are missing is a merged cell whose text is
repeated in every grid cell it covers (as the Word and PDF readers give merged cells)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from jixiao.ocr.result import QUIET, Rule, TextBox
from jixiao.ocr.text import tidy
from jixiao.readers.document import Table

_SAME = 8.0  # px at 200 dpi: rules this close are one rule
_REACH = 12.0  # px: how far a rule may stop short of another and still meet it


@dataclass
class Grid:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    horizontal: list[Rule]
    vertical: list[Rule]

    def contains(self, x: float, y: float) -> bool:
        return self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]

    def cell(self, x: float, y: float) -> tuple[int, int]:
        col = min(max(bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        row = min(max(bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        return row, col


class _Sets:
    """Disjoint sets of the items 0 … n − 1 (union-find): which items the joins put together."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, i: int) -> int:
        """The item standing for ``i``'s set."""
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self._parent[self.root(a)] = self.root(b)


def find_grids(horizontal: list[Rule], vertical: list[Rule]) -> list[Grid]:
    """Groups of rules that cross each other, each with at least two rules in each direction."""
    sets = _Sets(len(horizontal) + len(vertical))
    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if h.start - _REACH <= v.at <= h.end + _REACH and v.start - _REACH <= h.at <= v.end + _REACH:
                sets.join(i, len(horizontal) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(sets.root(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(sets.root(len(horizontal) + j), ([], []))[1].append(v)
    grids = []
    for hs, vs in groups.values():
        ys, xs = _levels([h.at for h in hs]), _levels([v.at for v in vs])
        if len(ys) >= 2 and len(xs) >= 2:
            grids.append(Grid(xs, ys, hs, vs))
    return sorted(grids, key=lambda g: g.ys[0])


def _levels(values: list[float]) -> list[float]:
    levels: list[list[float]] = []
    for value in sorted(values):
        if levels and value - levels[-1][-1] <= _SAME:
            levels[-1].append(value)
        else:
            levels.append([value])
    return [sum(group) / len(group) for group in levels]


def _ruled(rules: list[Rule], at: float, across: float) -> bool:
    """Is there a rule at ``at`` that passes ``across`` (a point along its direction)?"""
    return any(abs(r.at - at) <= _SAME and r.start - _REACH <= across <= r.end + _REACH for r in rules)


def _merged_cells(grid: Grid) -> list[int]:
    """For each grid cell (row-major), the index of the merged cell it belongs to."""
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    sets = _Sets(rows * cols)
    for r in range(rows):
        middle_y = (grid.ys[r] + grid.ys[r + 1]) / 2
        for c in range(cols):
            middle_x = (grid.xs[c] + grid.xs[c + 1]) / 2
            if c + 1 < cols and not _ruled(grid.vertical, grid.xs[c + 1], middle_y):
                sets.join(r * cols + c, r * cols + c + 1)
            if r + 1 < rows and not _ruled(grid.horizontal, grid.ys[r + 1], middle_x):
                sets.join(r * cols + c, (r + 1) * cols + c)
    return [sets.root(i) for i in range(rows * cols)]


def build_table(grid: Grid, boxes: list[TextBox]) -> Table | None:
    """The table on ``grid`` from the text ``boxes`` inside it (all given boxes are inside)."""
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    owner = _merged_cells(grid)
    pieces: dict[int, list[tuple[float, float, str, float]]] = {}
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        for (row, col), text, confidence, x in _split(grid, box):
            pieces.setdefault(owner[row * cols + col], []).append((box.top, x, text, confidence))
    texts: dict[int, tuple[str, float]] = {}
    for cell, parts in pieces.items():
        lines = {top: _line_of(top, parts) for top, _, _, _ in parts}
        parts.sort(key=lambda p: (lines[p[0]], p[1]))
        texts[cell] = (tidy("".join(p[2] for p in parts)), min(p[3] for p in parts))
    table_rows, confidences = [], []
    for r in range(rows):
        row_text = [texts.get(owner[r * cols + c], ("", 1.0)) for c in range(cols)]
        if any(text for text, _ in row_text):
            table_rows.append([text for text, _ in row_text])
            confidences.append([confidence for _, confidence in row_text])
    if not table_rows:
        return None
    return Table(table_rows, "表", confidences=confidences)


def _line_of(top: float, parts: list[tuple[float, float, str, float]]) -> float:
    """Pieces whose tops are within a few pixels are one text line (sorted left to right)."""
    return min(p[0] for p in parts if abs(p[0] - top) <= _SAME)


def _split(grid: Grid, box: TextBox) -> list[tuple[tuple[int, int], str, float, float]]:
    """The box's text by grid cell: whole when it sits in one cell, else character by character."""
    middle = box.middle
    first = grid.cell(box.x0 + 2, middle)
    last = grid.cell(box.x1 - 2, middle)
    if first == last or not box.glyphs:
        return [(grid.cell((box.x0 + box.x1) / 2, middle), box.text, box.lowest, box.x0)]
    out: list[tuple[tuple[int, int], str, float, float]] = []
    for glyph in box.glyphs:
        where = grid.cell((glyph.x0 + glyph.x1) / 2, middle)
        sure = 1.0 if glyph.text in QUIET else glyph.confidence
        if out and out[-1][0] == where:
            cell, text, confidence, x = out[-1]
            out[-1] = (cell, text + glyph.text, min(confidence, sure), x)
        else:
            out.append((where, glyph.text, sure, glyph.x0))
    return out
