"""One line of a text joined back onto the line above it, without a paragraph break where the two ran on.

A repair that finds a line to be the rest of the one above (a figure a viewer's break cut at its point, a long
note run on to a line of its own) joins the two. The line it took must not be left blank in its place: a blank line
ends a paragraph and a run of a table's rows, a break the text never had. Nor may the line simply go: the lines
after it would change their numbers, the places the reading cites. So the lines after it move up one as far as the
next blank line (or the text's end), and the blank goes there, beside a break the text already has: every line
past that break keeps its number.
"""

from __future__ import annotations


def join_next_line(lines: list[str], index: int) -> None:
    """Line ``index + 1`` of ``lines`` joined onto line ``index`` (no space between: a cut figure, a cut clause),
    in place; the list keeps its length (see the module)."""
    lines[index] = lines[index].rstrip() + lines.pop(index + 1).strip()
    end = next((i for i in range(index + 1, len(lines)) if not lines[i].strip()), len(lines))
    lines.insert(end, "")
