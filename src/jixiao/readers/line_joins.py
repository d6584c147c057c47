"""One line of a text joined back onto the line above it: a repair that finds a line to be the rest of the one
above (a figure a viewer's break cut at its point, a long note run on to a line of its own) joins the two here.

The line it took is left blank in its place, so every line keeps its number: the places a reading cites ("第17行")
are the source's lines. That blank can end a paragraph or a run of a table's rows the source never broke, so a
joiner joins only where a break there reads the same (rows of cells: the reader takes the rows on either side as
one table). Taking the line out and putting its blank at the text's next break instead was tried (stop 52): the
readings stayed, but every row between the join and that break then cited the line above its own.

Why the blank is not gone: a line's number is its position. ``source_text.text_to_document`` passes the text through
some thirty repairs, each a ``str -> str`` function, before ``text_blocks`` numbers the lines ("第{i + 1}行", and the
flat readers' cell origins the same way); the repairs that join keep the count of lines for that reason (a line
they empty stays, blank). A join with no blank needs the text to carry each line's source number through every one
of those repairs (a list of numbered lines in place of the string), or a mark on the emptied line that every repair
reads as blank and only ``text_blocks`` reads as no break; both touch every repair, and none is done here.
"""

from __future__ import annotations


def join_next_line(lines: list[str], index: int) -> None:
    """Line ``index + 1`` of ``lines`` joined onto line ``index`` (no space between: a cut figure, a cut clause),
    in place; the line it took left blank (see the module)."""
    lines[index], lines[index + 1] = lines[index].rstrip() + lines[index + 1].strip(), ""
