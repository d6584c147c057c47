"""A form run together on one line with what a page printed before it, and cut by a document site into numbered
chunks ("1、…" / "2、…" / "3、…") wherever the cut fell: the form put on a line of its own, its chunks joined back.
Shared by the run-together readers (:mod:`.fused_forms`, :mod:`.fused_noted`), each of which says where its form
starts on a line, whether it can read it, and where it ends."""

from __future__ import annotations

import re
from collections.abc import Callable

_CHUNK = re.compile(r"^(\d{1,2})、")


def forms_on_own_lines(text: str, start_of: Callable[[str], int | None], readable: Callable[[str], bool],
                       end_of: Callable[[str], int]) -> str:
    """``text`` with each form that ``readable`` accepts on a line of its own: the form (from ``start_of`` on its
    line) cut from what goes before it, and the page chunks a document site numbered after it ("2、…", "3、…")
    joined back to it up to ``end_of``, their numbers dropped (the site cut the text wherever it fell, inside a
    word too); what follows the form keeps its chunks' lines and numbers."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        start = start_of(line)
        if start is None:
            out.append(line)
            i += 1
            continue
        pieces, j = [("", line[start:])], i + 1  # (the chunk's number, its text)
        chunk = _CHUNK.match(line)
        number = int(chunk.group(1)) if chunk else None
        while number is not None and j < len(lines):
            following = _CHUNK.match(lines[j]) if lines[j].strip() else None
            if lines[j].strip() and (following is None or int(following.group(1)) != number + 1):
                break
            if following is not None:
                pieces.append((following.group(0), lines[j][following.end():].strip()))
                number = number + 1
            j += 1
        # (a viewer's spaces fall inside words: "年度 指标值", "服务对象 满意度")
        form = "".join(text.replace(" ", "") for _, text in pieces)
        if not readable(form):
            out.append(line)
            i += 1
            continue
        end = end_of(form)
        out.extend(part for part in (line[:start], form[:end]) if part.strip())
        for mark, text in pieces:  # the text after the form's end, as the site cut it (another form may follow)
            size = len(text) - text.count(" ")
            rest = text[position(text, end):] if end < size else ""
            if rest.strip():
                out.append(mark + rest)
            end = max(0, end - size)
        i = j
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def position(text: str, count: int) -> int:
    """Where in ``text`` the ``count``-th character that is not a space ends (spaces before it counted)."""
    seen = 0
    for at, char in enumerate(text):
        if seen == count:
            return at
        seen += char != " "
    return len(text)
