"""A figure a viewer's or a re-wrap's line break split at its decimal point.

A row copied from a narrow viewer can break inside a figure at its point: "合计 | 100 | 99" / ".85 |  |" or
"预算执行率 | 10分 | 9." / "74分 |". Read line by line, the first piece is a figure of its own (99, 9) and the second
another cell's (a lone ".85" is none; "74分" a weight of 74), so a total or a score the form states rightly is read
wrong and checked. No line opens on a decimal point, and a line ending on a figure's point is cut there, so the two
pieces are joined back: the whole figure on the first line (:func:`~jixiao.readers.line_joins.join_next_line`).

Only rows of cells are joined (both lines hold a "|"): prose a viewer wrapped at a width is left alone. A line
ending on a point is joined only when the next opens on digits that end a cell (a unit, %, a separator or the
line's end): "…得分为97." over "2.改进措施" is a sentence and a numbered item, and a line that is a numbered item's
mark alone ("1.") stays as it is.
"""

from __future__ import annotations

import re

from jixiao.readers.line_joins import join_next_line

_ENDS_ON_DIGIT = re.compile(r"\d\s*$")
_OPENS_ON_POINT = re.compile(r"\s*[.．]\d")
# (the point after a figure that follows other words of the line; a line that is only "1." is an item's mark)
_ENDS_ON_POINT = re.compile(r"\S.*?\d[.．]\s*$")
_CELL_BAR = re.compile(r"[|｜]")
_ITEM_MARK = re.compile(r"\s*\d{1,3}[.．]\s*$")
_OPENS_ON_DIGITS = re.compile(r"\s*\d+(?:[%％|｜\s]|分|万?元|$)")


def _split_at_point(line: str, following: str) -> bool:
    """``line`` and the next line are one figure's two pieces, split at its point: rows of a table's cells only
    (both lines hold a cell separator), never prose wrapped at a width (a paragraph's lines stay as they are)."""
    if not (_CELL_BAR.search(line) and _CELL_BAR.search(following)):
        return False
    if _ENDS_ON_DIGIT.search(line) and _OPENS_ON_POINT.match(following):
        return True
    return bool(_ENDS_ON_POINT.fullmatch(line)) and not _ITEM_MARK.fullmatch(line) \
        and bool(_OPENS_ON_DIGITS.match(following))


def join_split_figures(text: str) -> str:
    """``text`` with each figure split at its point over two lines joined back onto the first line."""
    if "|" not in text and "｜" not in text:
        return text  # (only rows of cells are joined: a text with no cell separator has none)
    lines = text.split("\n")
    joined = False
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if line.strip() and following.strip() and _split_at_point(line, following):
            join_next_line(lines, index)
            joined = True
    return "\n".join(lines) if joined else text
