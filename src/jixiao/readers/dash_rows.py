"""Indicator rows typed one a line as "名称——目标 / 实际 / 分值 / 得分" under a header line of the same shape
("指标名称——年度目标值 / 实际完成值 / 分值 / 得分"): a dash after the name, slashes between the figures."""

from __future__ import annotations

import re

from jixiao.readers.extract.table_columns import indicator_headers

# a slash with spaces (元/人 inside a value stays one cell), or full-width; the spaces round it are stripped off the
# cells, not matched (a long run of spaces stays linear)
_SLASH = re.compile(r"(?<=\s)/(?=\s)|／")


def _cells(line: str) -> list[str] | None:
    """The name before the line's first dash, when that dash is a double one, and the cells between the slashes
    after it; None when the line is not such a row."""
    at = line.find("—")
    if at < 0 or not line.startswith("——", at):
        return None
    name, rest = line[:at].strip(), line[at + 2:].strip()
    cells = [cell.strip() for cell in _SLASH.split(rest)]
    return [name, *cells] if name and len(cells) >= 2 and all(cells) else None


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def dash_slash_rows(text: str) -> str:
    """Each run of such lines, a header line naming an indicator and two more columns first, as pipe rows (a text
    table's own shape); a row with another number of cells ends the run. Other text unchanged."""
    if "——" not in text or "/" not in text:  # (the cheap test first)
        return text
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        head = _cells(lines[i]) if "——" in lines[i] else None
        found = indicator_headers(head) if head is not None else []
        if head is None or not found or "name" not in found[0] or len(found[0]) < 3:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (row := _cells(lines[j])) is not None and len(row) == len(head):
            lines[j] = _pipe_row(row)
            j += 1
        if j > i + 1:
            lines[i] = _pipe_row(head)
        i = j
    return "\n".join(lines)
