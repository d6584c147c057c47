"""Rows of a web page or viewer that repeats a merged cell's text in every cell it covers ("| 总分 | 总分 | 总分 |
总分 | 总分 | 100 | 99 |", "| 年度资金总额 | 年度资金总额 | 850.00 | … | 9.56 | 9.56 |"): the merge is one cell again,
the cells it covers blank.

Only in a document that shows it (a row with one text, no figure, in three cells side by side or more): elsewhere two
equal cells are two facts (a target and its outcome, a weight and its score). There a run of three texts or more
is one cell anywhere; a pair is one cell when it opens the row as text (its label spread over two columns), or when
the header row above leaves the second cell's column blank (the header's own merge)."""

from __future__ import annotations

import itertools

from jixiao.readers.cells import Kind, kind

_RUN = 3  # equal cells side by side that show a merge repeated
# figures and blanks repeat by themselves (a budget spent in full: 8.46 | 8.46 | 8.46; "/ | / | /")
_VALUES = (Kind.NUMBER, Kind.PERCENT, Kind.AMOUNT, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.COMPARED)


def _words(cell: str) -> bool:
    return kind(cell) not in _VALUES


def shows_repeated_merges(rows: list[list[str]]) -> bool:
    """Whether any row holds one text (no figure) in ``_RUN`` cells side by side or more."""
    for cells in rows:
        run = 1
        for before, cell in itertools.pairwise(cells):
            run = run + 1 if cell == before and _words(cell) else 1
            if run >= _RUN:
                return True
    return False


def unrepeat(cells: list[str], head: list[str] | None = None) -> list[str]:
    """The row with each repeated merge as one cell (see the module's rule); ``head``: the cells of the
    header row above, as written (its trailing blank cells may be left off; a longer one is not this row's)."""
    above = [*head, *[""] * (len(cells) - len(head))] if head is not None and len(head) <= len(cells) else None
    out: list[str] = []
    at = 0
    while at < len(cells):
        end = at + 1
        while end < len(cells) and cells[end].strip() and cells[end] == cells[at]:
            end += 1
        run = end - at
        blank_above = above is not None and run == 2 and above[at].strip() != "" and not above[at + 1].strip()
        if (run >= _RUN and _words(cells[at])) or (run == 2 and at == 0 and kind(cells[at]) is Kind.TEXT) \
                or blank_above:
            out.extend([cells[at], *[""] * (run - 1)])  # the covered cells blank: the row keeps its width
        else:
            out.extend(cells[at:end])
        at = end
    return out
