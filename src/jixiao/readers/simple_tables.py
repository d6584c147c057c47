"""Tables written as reStructuredText (or pandoc) simple tables → pipe rows: a rule of "=" runs, one run a column
("========  ======  ====="), over the header, under it and under the last row; every line between cut into its
columns at the runs' display positions (a Chinese character takes two columns, as the writer padded it), the last
column running on to the line's end. A line whose first column is blank goes on the row above (its cells joined)."""

from __future__ import annotations

import re

from jixiao.readers.textnorm import display_width

_RULE = re.compile(r"^(=+)(?: +=+)+ *$")
_ASCII_EDGE = re.compile(r"[A-Za-z0-9.%]")
_MIN_ROWS = 2


def _cells(line: str, starts: list[int]) -> list[str]:
    """``line`` cut at the columns' display positions."""
    cells = [""] * len(starts)
    pos = 0
    for ch in line:
        column = max((k for k, start in enumerate(starts) if start <= pos), default=0)
        cells[column] += ch
        pos += display_width(ch)
    return [cell.strip() for cell in cells]


def _joined(above: str, part: str) -> str:
    gap = " " if above and part and _ASCII_EDGE.match(above[-1]) and _ASCII_EDGE.match(part[0]) else ""
    return above + gap + part


def _table(lines: list[str], at: int) -> tuple[list[list[str]], int]:
    """The rows of the simple table whose first rule is ``lines[at]`` and the index after its closing rule; no rows
    when the lines there make no table."""
    starts = [m.start() for m in re.finditer(r"=+", lines[at])]
    rows: list[list[str]] = []
    k = at + 1
    while k < len(lines):
        line = lines[k]
        if _RULE.match(line.rstrip()):
            k += 1
            if k == len(lines) or not lines[k].strip():
                return rows, k
            continue
        if not line.strip():
            break
        cells = _cells(line, starts)
        if rows and not cells[0]:
            rows[-1] = [_joined(a, b) for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        k += 1
    return [], at + 1


def simple_table_rows(text: str) -> str:
    """Each row of a simple table as a pipe row (its rules dropped); other lines unchanged."""
    if "==" not in text:
        return text
    lines = text.splitlines()
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _RULE.match(lines[k].rstrip()):
            rows, end = _table(lines, k)
            if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) >= _MIN_ROWS:
                out += ["| " + " | ".join(row) + " |" for row in rows]
                k = end
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
