"""A system's wide export row ("项目名称 | … | 指标1一级指标 | … | 指标7得分 | 总分 | 自评等级" over one row of values)
as flattened text gives it: its headers first, then its values, a cell a line, a row a line or all on one line, and
the empty cells (most 偏差原因 notes) dropped except on a web page ("|" an empty cell). No value stands by its label,
so the values are put under the headers in order, each where it can stand (:func:`.cells.fit` of the header's
column role: a level under 一级指标, a figure under 分值), an empty cell given to the header it cannot fill; the row
then reads as the sheet's reader reads it (:func:`.sheet_layouts.wide_lines`): a "【指标N】" heading per indicator and
a "label：value" line per filled header.

Only a run of eight numbered headers or more ("指标1…" to "指标N…") is taken; any other text is left as it is."""

from __future__ import annotations

import re

from jixiao.readers.cells import fit
from jixiao.readers.field_sheet_text import text_cells
from jixiao.readers.flat_words import column_role
from jixiao.readers.sheet_layouts import INDEXED, wide_lines

_MIN_INDEXED = 8
# what every numbered header holds (INDEXED opens on it), searched in the whole text before its cells are cut: it opens
# on one character, so the search skips to it
_INDEXED_WORD = re.compile(r"指标\s*\d")
_LABEL = re.compile(r"^[^\d%％|]{2,14}$")  # a header around the numbered ones: a few words and no figure
_WORD = re.compile(r"[\u4e00-\u9fff]")
_NOT_LABEL = re.compile(r"(?:表|项目|工程)$")  # a title or a project's name ends so; no header does
_SKIP = 1.0  # a header left without its value (its cell empty)
_SKIP_NOTE = 0.2  # a note's header (偏差原因): most are empty
_ANY = 0.3  # a value under a header that names no indicator column (项目名称, 年初预算数)


def wide_row_text(text: str) -> str:
    """``text`` with a flattened wide export row written as headings and "label：value" lines; otherwise unchanged."""
    if "指标" not in text or _INDEXED_WORD.search(text) is None:
        return text
    cells = text_cells(text)
    indexed = [i for i, (_, c) in enumerate(cells) if INDEXED.match(c)]
    if len(indexed) < _MIN_INDEXED or indexed[-1] - indexed[0] + 1 != len(indexed):
        return text
    first, end = indexed[0], indexed[-1] + 1
    lines = text.splitlines()
    while first > 0 and _is_label(cells[first - 1][1]) and _one_row(lines, cells[first - 1][0], cells[first][0]):
        first -= 1
    while end < len(cells) and _is_label(cells[end][1]) and _one_row(lines, cells[end - 1][0], cells[end][0]):
        end += 1
    head = [c for _, c in cells[first:end]]
    values = [c for _, c in cells[end:end + len(head)]]
    aligned = _aligned(head, values)
    if aligned is None:
        return text
    row, used = aligned
    last = end + used
    start_line, end_line = cells[first][0], cells[last - 1][0]
    before = [c for line, c in cells[:first] if line == start_line]
    after = [c for line, c in cells[last:] if line == end_line]
    middle = [line for _, line in wide_lines(head, row)]
    out = [*lines[:start_line], *([" ".join(before)] if before else []), *middle, "",
           *([" ".join(after)] if after else []), *lines[end_line + 1:]]
    return "\n".join(out) + "\n"


def _is_label(cell: str) -> bool:
    return bool(_LABEL.match(cell) and _WORD.search(cell)) and not _NOT_LABEL.search(cell)


def _one_row(lines: list[str], one: int, other: int) -> bool:
    """Whether two neighbouring header cells on lines ``one`` and ``other`` may be one row's: the same line, or
    two lines of a cell each ("|" ending both or neither: a site's breadcrumb above a web table is no header)."""
    if one == other:
        return True
    a, b = lines[one].strip(), lines[other].strip()
    return a.endswith("|") == b.endswith("|") and " " not in a.rstrip("| ") and " " not in b.rstrip("| ")


def _role(label: str) -> str | None:
    indexed = INDEXED.match(label)
    return column_role(indexed.group(2) if indexed else label)


def _fit(role: str | None, value: str) -> float | None:
    if not value:
        return 0.0
    return _ANY if role is None else fit(role, value)


def _aligned(head: list[str], values: list[str]) -> tuple[list[str], int] | None:
    """The row under ``head`` (a value or "" per header) from the first of ``values`` on, and how many values it
    took: the order kept, each value under a header it fits, the fewest headers left empty (a note's most cheaply);
    values after the row's last are the text after it. None when no value fits."""
    roles = [_role(h) for h in head]
    skip = [_SKIP_NOTE if r == "deviation" else _SKIP for r in roles]
    n, m = len(head), len(values)
    worst = float("-inf")
    # best[h][v]: the best score with the first h headers filled from the first v values
    best = [[worst] * (m + 1) for _ in range(n + 1)]
    step: list[list[bool]] = [[False] * (m + 1) for _ in range(n + 1)]  # True: header h-1 took value v-1
    best[0][0] = 0.0
    for h in range(1, n + 1):
        for v in range(0, m + 1):
            score = best[h - 1][v] - skip[h - 1]
            taken = False
            if v > 0 and best[h - 1][v - 1] > worst:
                f = _fit(roles[h - 1], values[v - 1])
                if f is not None and best[h - 1][v - 1] + f + 1.0 > score:
                    score, taken = best[h - 1][v - 1] + f + 1.0, True
            best[h][v], step[h][v] = score, taken
    used = max(range(m + 1), key=lambda v: (best[n][v], v))
    if used == 0 or best[n][used] == worst:
        return None
    row, v = [""] * n, used
    for h in range(n, 0, -1):
        if step[h][v]:
            row[h - 1], v = values[v - 1], v - 1
    return row, used
