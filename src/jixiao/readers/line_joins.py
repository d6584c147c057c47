"""One line of a text joined back onto the line above it: a repair that finds a line to be the rest of the one
above (a figure a viewer's break cut at its point, a long note run on to a line of its own) joins the two here.

The line it took is left blank in its place, so every line keeps its number: the places a reading cites ("第17行")
are the source's lines. That blank can end a paragraph or a run of a table's rows the source never broke, so a
joiner joins only where a break there reads the same (rows of cells: the reader takes the rows on either side as
one table). Taking the line out and putting its blank at the text's next break instead was tried (stop 62): the
readings stayed, but every row between the join and that break then cited the line above its own.
"""

from __future__ import annotations


def join_next_line(lines: list[str], index: int) -> None:
    """Line ``index + 1`` of ``lines`` joined onto line ``index`` (no space between: a cut figure, a cut clause),
    in place; the line it took left blank (see the module)."""
    lines[index], lines[index + 1] = lines[index].rstrip() + lines[index + 1].strip(), ""
