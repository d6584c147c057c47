"""Tables a PDF prints without ruling lines (pdfplumber's line strategy finds none there).

A row of such a table is still one text line whose cells stand apart: the gap between two cells is
wider than the gap between two characters of a word. The page's lines, written as a web page's copied
cells ("a | b |"), go through the flattened-text table recognition (:mod:`jixiao.readers.flat_tables`):
a header fixes the columns and the cells are read in its order, as for a form copied out of a web page.
The tables found replace the lines they used; every cell keeps its page and line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.readers.document import Table
from jixiao.readers.flat_tables import layout
from jixiao.readers.flat_tokens import tokenize
from jixiao.readers.page_layout import Line
from jixiao.readers.textnorm import clean_line, squeeze_cjk_spaces

CELL_GAP = 0.9  # a gap of this many character heights between two characters parts two cells
_MIN_ROWS = 3  # lines with cells apart: fewer are no table
_OPENS_GAP = "，。、；：！？）》」』”’,.;:!?)"  # punctuation whose glyph sits left in its box
_CLOSES_GAP = "（《「『“‘("  # and right
_ORIGIN = re.compile(r"^第(\d+)行$")


def cell_text(chars: Sequence[tuple[float, float, float, float, str]]) -> str | None:
    """A line's characters (x0, x1, bottom, top, char; sorted by x, no spaces) as cells ending in " |",
    as a web page's copied table gives them, cut wherever two characters stand a cell gap apart; None
    when no gap does (the line is one piece of text)."""
    heights = sorted(top - bottom for _, _, bottom, top, _ in chars)
    if len(chars) < 2 or not heights or heights[len(heights) // 2] <= 0:
        return None
    gap = CELL_GAP * heights[len(heights) // 2]
    out = [chars[0][4]]
    apart = False
    for previous, char in itertools.pairwise(chars):
        # a full-width comma or bracket draws its glyph in one half of its box: the other half is no gap
        if char[0] - previous[1] >= gap and previous[4] not in _OPENS_GAP and char[4] not in _CLOSES_GAP:
            out.append("\t")
            apart = True
        out.append(char[4])
    if not apart:
        return None
    return "".join(clean_line(squeeze_cjk_spaces(c)) + " | " for c in "".join(out).split("\t")).rstrip()


def borderless_tables(lines: list[Line], cells: dict[int, str]) -> tuple[list[Line], list[tuple[int, float, Table]]]:
    """The tables the lines hold (``cells``: a line's index → its cells, from :func:`cell_text`), as
    (page, top, table), and the lines left once their cells went into a table. Without enough lines of
    cells, or when no table is recognised, the lines come back unchanged and no table."""
    if len(cells) < _MIN_ROWS:
        return lines, []
    texts = [cells.get(i, line.text) for i, line in enumerate(lines)]
    flat = layout(tokenize(texts, set()))
    if not flat.tables_at or not any(len(t.rows) >= 2 for found in flat.tables_at.values() for t in found):
        return lines, []  # a header over nothing (header words in a line of prose) is no table
    tables: list[tuple[int, float, Table]] = []
    for index, found in flat.tables_at.items():
        for table in found:
            tables.append((lines[index].page, lines[index].top, _located(table, lines)))
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if i in flat.leftover:
            left = flat.leftover[i]
            if left is not None:
                kept.append(replace(line, text=left))
            continue
        kept.append(line)
    return kept, tables


def _located(table: Table, lines: list[Line]) -> Table:
    """Cell origins "第N行" (of the list of lines) as the page and line they were printed on."""
    origins = {}
    for key, origin in table.origins.items():
        found = _ORIGIN.match(origin)
        line = lines[int(found.group(1)) - 1] if found and int(found.group(1)) <= len(lines) else None
        origins[key] = f"第{line.page}页第{line.number}行" if line is not None else origin
    return replace(table, origins=origins)
