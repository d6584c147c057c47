"""A PDF page set in two text columns, found from its lines' boxes.

PDFium breaks a two-column page into lines of one column each, but a line of the left column and the one beside
it in the right column share their height, so reading by height interleaves the columns. A page is in two columns
when a gutter down the middle of the page is crossed by (almost) no line and lines stand on both sides of it at
the same heights, several times. Its lines are then put in reading order: lines across the gutter (a title), the
left column, the right one.
"""

from __future__ import annotations

from bisect import bisect_left

from jixiao.readers.page_layout import Line

_SPAN = (0.3, 0.7)  # where a gutter may lie, as a share of the page width
_MIN_PAIRS = 4  # heights where a left and a right line stand side by side
_STEP = 4.0  # points between the gutter positions tried


def set_columns(lines: list[Line], width: float) -> None:
    """Mark the columns of a two-column page's lines (0 across the gutter, 1 left, 2 right) and number the lines in
    that reading order; a page of one column is left as it is."""
    at = _gutter(lines, width)
    if at is None:
        return
    for line in lines:
        line.column = 1 if line.x1 <= at else 2 if line.x0 >= at else 0
    lines.sort(key=lambda ln: (ln.column, ln.top))
    for k, line in enumerate(lines, start=1):
        line.number = k


def _gutter(lines: list[Line], width: float) -> float | None:
    """The x of the gutter: the position in the middle of the page crossed by the fewest lines (at most one in
    ten) with most lines side by side across it; None when there is none."""
    if len(lines) < 2 * _MIN_PAIRS:
        return None
    best: tuple[int, float] | None = None
    x = _SPAN[0] * width
    while x <= _SPAN[1] * width:
        crossing = sum(1 for ln in lines if ln.x0 < x < ln.x1)
        if crossing * 10 <= len(lines):
            pairs = _side_by_side(lines, x)
            if pairs >= _MIN_PAIRS and (best is None or pairs > best[0]):
                best = (pairs, x)
        x += _STEP
    return best[1] if best else None


def _side_by_side(lines: list[Line], at: float) -> int:
    """Left lines with a right line at about the same height (within a line: the columns' lines need not keep
    step, a heading or a larger title on one side shifts the other's by part of a line)."""
    right = sorted(ln.top for ln in lines if ln.x0 >= at)
    count = 0
    for line in lines:
        if line.x1 <= at and right:
            k = bisect_left(right, line.top - line.height)
            count += k < len(right) and right[k] <= line.top + line.height
    return count
