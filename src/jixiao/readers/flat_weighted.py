"""A flattened score sheet whose weights are printed inside its cells (Hunan's 2018 部门整体支出绩效评价
得分表: 一级指标 | 二级指标 | 三级指标 | 得分, no 分值 column, every level and indicator cell written
"相关性(5 分)").

Such cells end in their bracketed weight, so the stream of cells needs no line breaks to be cut: each
run of weighted cells is one row's levels and name (the levels a merged cell printed once are left
out), and the number after it is the row's score. That survives what a PDF copy does to the sheet:
the score landing at the start of the next line, words split by spaces ("部门决 策"), a bracket split
over lines ("部门绩 效(" / "45 分)"). The rows keep their cells as written ("部门决策(25分)"); the table
reader takes the weights out of them (:func:`jixiao.readers.extract.table_columns.weightless_header`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind, splits
from jixiao.readers.flat_token import Token

_WEIGHT = r"[(（]\s*(?P<weight>\d+(?:\.\d+)?)\s*分?\s*[)）]"  # "(5 分)", "（5）"
_ITEM = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)(?:\s*分)?(?=\s|$)"  # a score, "5" or "5分"
    r"|(?P<total>" + pattern("total_row").pattern + r")(?:\s*[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）])?(?=\s|$)"
    r"|(?P<cell>[^\s\d()（）:：。，][^()（）:：。，]{0,30}?)\s*" + _WEIGHT + ")")
_LEVELS = ("level1", "level2", "name")
_NOTES = {"deviation", "scoring_rule"}  # columns after 得分 (扣分原因, 备注, 评分说明): a row's note, often empty
_NOTE = re.compile(r"[^()（）\d\s][^()（）]*")
_MIN_ROWS = 3
_MAX_CHARS = 6000  # of text after the header looked at (a real sheet: ≤ 1,500)


def weighted_cell_rows(tokens: Sequence[Token], start: int,
                       roles: list[str]) -> tuple[list[list[str]], list[list[int | None]], int] | None:
    """The rows of a sheet with weights in its cells after a header of ``roles`` (levels, the name,
    then the score, nothing else), from ``tokens[start]`` on: the rows' cells, each cell's token (both
    aligned with ``roles``), and the first token after the sheet. None when the tokens are no such sheet."""
    score_col = roles.index("score") if "score" in roles else -1
    slots, after = roles[:score_col], roles[score_col + 1:]
    if score_col < 0 or "name" not in slots or not set(slots) <= set(_LEVELS) or not set(after) <= _NOTES:
        return None
    text, offsets = _joined(tokens, start)
    rows: list[list[str]] = []
    where: list[list[int | None]] = []
    cells: list[tuple[str, int]] = []
    at, end, total_next = 0, 0, False
    while at < len(text):
        item = _ITEM.match(text, at)
        if item is None:
            break
        at = item.end()
        kind = next(g for g in ("number", "total", "cell") if item.group(g))
        token = _token_at(offsets, item.start(kind), start)
        if kind == "cell":
            cells.append((re.sub(r"\s+", "", item.group("cell")) + f"({item.group('weight')}分)", token))
            continue
        if kind == "total":
            if cells or total_next:
                return None
            rows.append([item.group("total")] + [""] * (len(roles) - 1))
            where.append([token] + [None] * (len(roles) - 1))
            total_next = True
            continue
        if total_next:  # the total after 总分 (after the full mark, when both are written)
            rows[-1][score_col], where[-1][score_col] = _total(item.group("number")), token
            end = at
            following = _ITEM.match(text, at)
            if following is not None and following.group("number") and Decimal(following.group("number")) \
                    <= Decimal(item.group("number")):
                rows[-1][score_col], end = following.group("number"), following.end()
                where[-1][score_col] = _token_at(offsets, following.start("number"), start)
            break
        if not cells or len(cells) > len(slots) or not _score_fits(item.group("number"), cells[-1][0]):
            return None
        row: list[str] = [""] * len(roles)
        at_row: list[int | None] = [None] * len(roles)
        for role, (cell, at_cell) in zip(slots[len(slots) - len(cells):], cells, strict=True):
            row[roles.index(role)], at_row[roles.index(role)] = cell, at_cell
        row[score_col], at_row[score_col] = item.group("number"), token
        if after:  # 扣分原因 / 备注 after 得分: a whole cell with no weight in it, when the row has one
            note = _note(tokens, offsets, text, at, start) or _note_before_cell(offsets, text, at, start)
            if note is not None:
                row[score_col + 1], at_row[score_col + 1], at = *note[:2], note[2]
        rows.append(row)
        where.append(at_row)
        cells = []
        end = at
    if len(rows) < _MIN_ROWS:
        return None
    last = _token_at(offsets, end, start)
    if text[end: offsets[last - start + 1] if last - start + 1 < len(offsets) else len(text)].strip():
        return None  # the sheet ends inside a cell of something else
    return rows, where, last + 1


def _note(tokens: Sequence[Token], offsets: list[int], text: str, at: int,
          start: int) -> tuple[str, int, int] | None:
    """The note after a row's score at ``at`` of the joined text: the next token, whole, when it is text
    with no bracketed weight (the next row's cells carry one) and not a total; its text, its token and
    where the text after it starts. None when the row's note is empty."""
    position = at + (len(text[at:]) - len(text[at:].lstrip()))
    token = _token_at(offsets, position, start)
    if token >= len(tokens) or offsets[token - start] != position:
        return None  # the score ends inside a token: what follows is the next row's cell
    cell = tokens[token].text.strip()
    if not _NOTE.fullmatch(cell) or _ITEM.fullmatch(cell):
        return None
    return cell, token, position + len(tokens[token].text)


def _note_before_cell(offsets: list[int], text: str, at: int, start: int) -> tuple[str, int, int] | None:
    """A PDF copy runs the note and the next row's first cell together ("部分指标未细化量化 预算配置(8 分)"):
    the note is the cell's text up to its first space (a level name split by the copy, "部门决 策", keeps
    the rest)."""
    item = _ITEM.match(text, at)
    if item is None or not item.group("cell"):
        return None
    cell = item.group("cell")
    head = cell.split()[0] if cell.split() else ""
    rest = "".join(cell.split()[1:])
    if len(cell.split()) < 2 or len(head) < 2 or len(rest) < 2 or not _NOTE.fullmatch(head) \
            or kind("".join(cell.split())) in (Kind.LEVEL1, Kind.LEVEL2):  # "部门决 策", "产出指 标": one cell
        return None
    position = item.start("cell")
    return head, _token_at(offsets, position, start), position + len(head)


def _joined(tokens: Sequence[Token], start: int) -> tuple[str, list[int]]:
    """The tokens' texts from ``start`` joined by spaces (up to a bounded length), and where each starts."""
    parts: list[str] = []
    offsets: list[int] = []
    size = 0
    for token in tokens[start:]:
        if size > _MAX_CHARS:
            break
        offsets.append(size)
        parts.append(token.text)
        size += len(token.text) + 1
    return " ".join(parts), offsets


def _token_at(offsets: list[int], position: int, start: int) -> int:
    """The index of the token holding ``position`` of the joined text."""
    low, high = 0, len(offsets) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if offsets[middle] <= position:
            low = middle
        else:
            high = middle - 1
    return start + low


def _total(text: str) -> str:
    """The total after 总分; "10094.5" is the full mark 100 and the total run together (a copy that
    dropped the space between them)."""
    if Decimal(text) <= 100:
        return text
    return next((total for full, total in splits(text, 2) if full == "100" and Decimal(total) <= 100), text)


def _score_fits(score: str, cell: str) -> bool:
    """A row's score is at most the weight its name's cell prints."""
    weight = re.search(r"\((\d+(?:\.\d+)?)分\)$", cell)
    return weight is not None and Decimal(score) <= Decimal(weight.group(1))
