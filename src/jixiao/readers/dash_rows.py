"""Indicator rows typed one a line as "名称——目标 / 实际 / 分值 / 得分" under a header line of the same shape
("指标名称——年度目标值 / 实际完成值 / 分值 / 得分"): a dash after the name, slashes between the figures; or as
"1. 名称／15分／≥12处／12处／15分" under a legend closing the line above ("三、绩效指标完成情况（指标名称／分值／
年度指标值／实际完成值／得分）：", an e-mail's or a message's table), a bracketed note after the last cell
("（未达原因：…）") a cell of its own under a 偏差原因 head."""

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


# the legend: at least three heads with a slash between, in brackets or after a colon, closing the line
_MARK = re.compile(r"[（()）:：]")  # an opening bracket or colon (where a legend may open), or what ends its heads
_LEGEND_END = re.compile(r"[）)]?\s*[:：]?\s*")
_HEAD_MOST = 12  # characters of a head (spaces at its edges may count towards the two it needs at least)


def _legend(line: str) -> tuple[str, str] | None:
    """The text before a legend closing ``line`` and the legend's heads with their slashes, else None: the first
    opening bracket or colon after which come three or more heads (each 2–12 characters, no bracket, colon or
    slash, spaces round it free) with a slash between, then a closing bracket and a colon at most. Read by one scan
    from each opening mark to the next mark (a pattern nesting the heads' spaces in spaces tried every way to share
    a run of them: exponential on "ab  ／" repeated)."""
    for opening in _MARK.finditer(line):
        if opening.group() in "）)":
            continue
        end = _MARK.search(line, opening.end())
        stop = end.start() if end else len(line)
        if (end is not None and end.group() in "（(") or not _LEGEND_END.fullmatch(line, stop):
            continue
        heads = line[opening.end():stop]
        parts = re.split("[／/]", heads)
        if len(parts) >= 3 and all(len(part) >= 2 and len(part.strip()) <= _HEAD_MOST for part in parts):
            return line[:opening.start()], heads
    return None
# (opening after no space: a note found after a space is found at the space first, and a search tried each place
# of a long run of spaces with no note after it, reading the run again from each)
_NOTE = re.compile(r"(?<!\s)\s*[（(]\s*(?:未达|偏差|扣分)?原因\s*[:：]\s*([^（）()]+)[）)]\s*[。；;]?$")
_NOTE_HEAD = "偏差原因分析及改进措施"


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def dash_slash_rows(text: str) -> str:
    """Each run of such lines, a header line naming an indicator and two more columns first, as pipe rows (a text
    table's own shape); a row with another number of cells ends the run. Other text unchanged."""
    if "／" in text:
        text = _legend_rows(text)
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


def _legend_rows(text: str) -> str:
    """Each legend naming an indicator and two more columns, and the run of at least two lines right under it with
    as many "／" cells (and a bracketed note), as pipe rows; the legend's line keeps its words before the bracket."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        legend = _legend(lines[i].strip()) if "／" in lines[i] else None
        heads = [cell.strip() for cell in _SLASH.split(legend[1])] if legend else []
        found = indicator_headers(heads) if heads else []
        if legend is None or not found or "name" not in found[0] or len(found[0]) < 3 or len(found[0]) < len(heads):
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines) and len(cells := [cell.strip() for cell in _SLASH.split(lines[j].strip())]) == len(heads):
            note = _NOTE.search(cells[-1])
            rows.append([*cells[:-1], cells[-1][:note.start()], note.group(1).strip()] if note else cells)
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        noted = any(len(row) > len(heads) for row in rows)
        table = [_pipe_row([*heads, *([_NOTE_HEAD] if noted else [])]),
                 *(_pipe_row([*row, *([""] * (len(heads) + noted - len(row)))]) for row in rows)]
        lines[i:j] = [legend[0].strip(), *table]
        i += len(table) + 1
    return "\n".join(lines)
