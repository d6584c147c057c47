"""A PDF page set in two text columns, found from its lines' boxes.

PDFium breaks a two-column page into lines of one column each, but a line of the left column and the one beside
it in the right column share their height, so reading by height interleaves the columns. A page is in two columns
when a gutter down the middle of the page is crossed by (almost) no line and lines stand on both sides of it at
the same heights, several times. Its lines are then put in reading order: lines across the gutter (a title), the
left column, the right one.

Two columns may run over the top of a page only, a form set across the page below them (a section of one column
after a continuous section break): its rows cross the gutter. When the whole page has no gutter, the band above the
first line that crosses the gutter or reaches into it, after lines on both sides of it, is tried alone (pdfplumber's
lines of a page with a ruled table: its runs above the table); the lines below the band follow the right column in
their own order, and so does a table below it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from jixiao.readers.page_layout import Line

_SPAN = (0.3, 0.7)  # where a gutter may lie, as a share of the page width
_MIN_PAIRS = 4  # heights where a left and a right line stand side by side
_STEP = 4.0  # points between the gutter positions tried
_GUTTER_LINES = 4  # line heights a gutter between text columns is wide at most (a tab stop's gap may be most of a page)
# a table's caption, not prose: a name ending on 表 holds no clause and refers to no table ("…，详见下表" / "情况如下表"
# is a sentence's end, the left column's last line)
_CAPTION = re.compile(r"^(?:附表|附件|续表|表\s*\d+)|^[^，,。；;：:]*(?<![下如见附])表\s*(?:[(（][^)）]*[)）])?$")
ACROSS, LEFT, RIGHT, BELOW = 0, 1, 2, 3  # a line's column: the reading order of a page's groups of lines


def set_columns(lines: list[Line], width: float) -> None:
    """Mark the columns of a two-column page's lines (0 across the gutter, 1 left, 2 right, 3 below the band of
    two columns) and number the lines in that reading order; a page of one column is left as it is."""
    found = page_columns(lines, width)
    if found is not None:
        mark_columns(lines, *found)


def page_columns(lines: list[Line], width: float, limit: float = float("inf")) -> tuple[float, float] | None:
    """The gutter's x and the top where the columns end (``limit``, a table's top, when they run down to it) of
    the page's lines above ``limit``; None for one column."""
    upper = [ln for ln in lines if ln.top < limit]
    at = _gutter(upper, width)
    if at is None:
        return _band_gutter(upper, width)
    return (at, limit if limit == float("inf") else _caption_end(sorted(upper, key=lambda ln: ln.top), at, limit))


def mark_columns(lines: list[Line], at: float, below: float) -> None:
    """Each line's column by the gutter ``at`` (below the top ``below``: after the columns), the lines put and
    numbered in that reading order."""
    for line in lines:
        line.column = BELOW if line.top >= below else LEFT if line.x1 <= at else RIGHT if line.x0 >= at else ACROSS
    lines.sort(key=lambda ln: (ln.column, ln.top))
    for k, line in enumerate(lines, start=1):
        line.number = k


def split_at_gutter(lines: list[Line], pieces: list[list[Line]], width: float, limit: float) -> list[Line]:
    """pdfplumber's lines of a page with tables (``pieces``: each line's runs of characters apart by more than a
    character) in reading order: when the runs above the first table (at ``limit``) stand in two columns, the
    runs above the columns' end, each in its column, then the whole lines below it; else the lines as they are."""
    if all(len(runs) == 1 for runs in pieces):
        return lines
    every = [run for runs in pieces for run in runs]
    found = page_columns(every, width, limit)
    if found is None or not _narrow(every, *found):
        return lines
    out = [run for line, runs in zip(lines, pieces, strict=True) for run in (runs if line.top < found[1] else [line])]
    mark_columns(out, *found)
    return out


def _narrow(runs: list[Line], at: float, end: float) -> bool:
    """Whether the runs above ``end`` leave a text columns' gutter at ``at``: a few line heights at most between the
    left side's far edge and the right side's near edge. Labels and their values set apart at a tab stop above a
    form ("项目名称：" ⇥ "某某河道保洁项目", a line each) leave most of the page between them: they are no columns, and
    read as such each label would be parted from its value."""
    band = [run for run in runs if run.top < end]
    left, right = [run.x1 for run in band if run.x1 <= at], [run.x0 for run in band if run.x0 >= at]
    if not left or not right:
        return False
    height = sorted(run.height for run in band)[len(band) // 2]
    return min(right) - max(left) <= _GUTTER_LINES * height


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


def _band_gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """The x of the gutter of two columns over a band at the top of the page, and the top of the band's end (the
    first line that crosses the gutter or reaches into it once lines stand on both sides); None when there is
    none."""
    if len(lines) < 2 * _MIN_PAIRS:
        return None
    ordered = sorted(lines, key=lambda ln: ln.top)
    best: tuple[int, float, float] | None = None
    x = _SPAN[0] * width
    while x <= _SPAN[1] * width:
        end = _band_end(ordered, x)
        if end is not None:
            end = _caption_end(ordered, x, end)
            band = [ln for ln in ordered if ln.top < end]
            crossing = sum(1 for ln in band if ln.x0 < x < ln.x1)
            if len(band) >= 2 * _MIN_PAIRS and crossing * 10 <= len(band) and _prose(band, x):
                pairs = _side_by_side(band, x)
                if pairs >= _MIN_PAIRS and (best is None or pairs > best[0]):
                    best = (pairs, x, end)
        x += _STEP
    return (best[1], best[2]) if best else None


def _band_end(ordered: list[Line], at: float) -> float | None:
    """The top of the band's end at gutter ``at``: above the first line, after ``_MIN_PAIRS`` lines on each side,
    that crosses the gutter or reaches a quarter of the way into the gap the sides' lines leave (a form's cell);
    None when no line ends it."""
    left_edge, right_edge, left, right = 0.0, float("inf"), 0, 0
    for line in ordered:
        crosses = line.x0 < at < line.x1
        if left >= _MIN_PAIRS and right >= _MIN_PAIRS:
            reach = (right_edge - left_edge) / 4
            if crosses or (line.x1 <= at and line.x1 > left_edge + reach) or \
                    (line.x0 >= at and line.x0 < right_edge - reach):
                return line.top - line.height / 2
        if line.x1 <= at:
            left, left_edge = left + 1, max(left_edge, line.x1)
        elif line.x0 >= at:
            right, right_edge = right + 1, min(right_edge, line.x0)
    return None


def _caption_end(ordered: list[Line], at: float, end: float) -> float:
    """The band's end moved up to a table's caption ("附表：…自评表", "表2 …") on the left under the right column's
    last line: the caption of the form below the columns (a short line on the left under the columns has no place
    of its own: its words say whether it is the left column's last line or the form's caption)."""
    right = [ln for ln in ordered if ln.top < end and ln.x0 >= at]
    if not right:
        return end
    foot = right[-1].top + right[-1].height / 2
    return next((ln.top for ln in ordered if foot < ln.top < end and ln.x1 <= at and _CAPTION.search(ln.text)), end)


def _prose(band: list[Line], at: float) -> bool:
    """Whether both sides of the band are prose: two lines at least on each side run to the side's far edge
    (within a character), as wrapped lines of text do (a form's label and value cells do not)."""
    left = [ln for ln in band if ln.x1 <= at]
    right = [ln for ln in band if ln.x0 >= at]
    if not left or not right:
        return False
    left_end, right_end = max(ln.x1 for ln in left), max(ln.x1 for ln in right)
    return sum(ln.x1 >= left_end - ln.height for ln in left) >= 2 and \
        sum(ln.x1 >= right_end - ln.height for ln in right) >= 2


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
