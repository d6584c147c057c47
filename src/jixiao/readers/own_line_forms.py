"""A form run together on one line with what a page printed before it, and cut by a document site into numbered
chunks ("1、…" / "2、…" / "3、…") wherever the cut fell: the form put on a line of its own, its chunks joined back
(or, with no chunks, the rows a page kept one a line after the header's).
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
        if chunk is None and not readable(form):
            pieces, j, form = _rows_joined(lines, i, pieces, form, readable, end_of)
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


_ROW_LINES = 60  # the most lines of one form's rows a page keeps apart


def _rows_joined(lines: list[str], i: int, pieces: list[tuple[str, str]], form: str, readable: Callable[[str], bool],
                 end_of: Callable[[str], int]) -> tuple[list[tuple[str, str]], int, str]:
    """A form whose cells run together but whose rows a page kept one a line ("…分值得分偏差原因分析及改进措施" /
    "产出指标数量指标某某覆盖率100%100%2020" / "某某拨付率100%98%1009" / … / "总分:96", invented): the header's line
    with the lines after it, up to a blank line, joined when the form reads and ends (at its 总分 row) among them;
    else the header's line alone, as given."""
    rows = []
    for line in lines[i + 1: i + 1 + _ROW_LINES]:
        if not line.strip():
            break
        rows.append(("", line))
    joined = form + "".join(text.replace(" ", "") for _, text in rows)
    if rows and end_of(joined) < len(joined) and readable(joined):
        return pieces + rows, i + 1 + len(rows), joined
    return pieces, i + 1, form


def position(text: str, count: int) -> int:
    """Where in ``text`` the ``count``-th character that is not a space ends (spaces before it counted)."""
    seen = 0
    for at, char in enumerate(text):
        if seen == count:
            return at
        seen += char != " "
    return len(text)
