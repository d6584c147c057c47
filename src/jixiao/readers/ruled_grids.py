"""Tables drawn with rule lines in text → pipe rows: box characters (┌─┬─┐ / │ / ├─┼─┤, a text export that keeps a
table's rules) and pandoc grid tables (+---+ / | / +===+). Between two rule lines every text line is one piece of the
same row, so a cell wrapped over several lines inside its column is joined back, column by column."""

from __future__ import annotations

import re

_RULE = re.compile(r"^\s*[┌├└╔╠╚+][─━═\-=┬┼┴╤╪╧+:]*[┐┤┘╗╣╝+]\s*$")
_BARS = "│┃║|"
_ASCII_END = re.compile(r"[A-Za-z0-9.%]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")


def _bar(line: str) -> str | None:
    """The vertical bar a ruled table's text line opens and closes with, or None."""
    body = line.strip()
    if len(body) >= 2 and body[0] in _BARS and body[-1] == body[0]:
        return body[0]
    return None


def _row(pieces: list[list[str]]) -> str:
    cells: list[str] = []
    for column in zip(*pieces, strict=True):
        text = ""
        for part in (p.strip() for p in column):
            if part:
                gap = " " if text and _ASCII_END.search(text) and _ASCII_START.match(part) else ""
                text += gap + part
        cells.append(text)
    return "| " + " | ".join(cells) + " |"


def ruled_grid_rows(text: str) -> str:
    """Each row of a ruled table (its rule lines and wrapped pieces) as one pipe row; other lines unchanged."""
    if not ("┌" in text or "├" in text or "+-" in text or "+=" in text):
        return text
    lines = text.splitlines()
    out: list[str] = []
    pending: list[list[str]] = []
    inside = False

    def close() -> None:
        if pending:
            out.append(_row(pending))
            pending.clear()

    for line in lines:
        if _RULE.match(line):
            close()
            inside = True
            continue
        bar = _bar(line) if inside else None
        if bar is None:
            close()
            inside = False
            out.append(line)
            continue
        cells = line.strip()[1:-1].split(bar)
        if pending and len(cells) != len(pending[0]):
            close()
        pending.append(cells)
    close()
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
