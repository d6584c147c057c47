"""Joining a header cell that a narrow column wrapped onto several lines (and a level's weight wrapped
under its name) back into one token before the tables are rebuilt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import SERIAL_OUTLINE, Kind, kind
from jixiao.readers.flat_captions import CAPTION, unit_cell
from jixiao.readers.flat_column_numbers import place_formulas
from jixiao.readers.flat_table_cells import HEADER_SPAN, header_role
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.textnorm import compact, match_text


def _headed(text: str) -> str | None:
    """What a short cell is as a header: its role, "caption", or None."""
    if len(text) > 12:
        return None
    if CAPTION.match(compact(text)):
        return "caption"
    return header_role(text)


def join_wrapped(tokens: Sequence[Token]) -> list[Token]:
    """Header cells a narrow column wrapped over lines, one piece a line ("年初" / "预算数", "年度预" /
    "算申请" / "（万元）", "偏差原因" / "分析及" / "改进措施"), joined back into one cell: the pieces
    together are one of the form's words, or name a header that the first piece alone does not
    (and no later piece names another by itself). The lines a join empties keep an empty cell,
    which a header skips."""
    out = list(tokens)
    place_formulas(out)  # "③=①+②" under the header line: back on its cell
    i = 0
    while i < len(out):
        if i + 1 < len(out) and " " in out[i].text:
            _rejoin_tail(out, i)
        if i > 0 and " " in out[i].text and len(out[i].text) <= 24:
            _second_header_line(out, i)
        width = _wrapped_width(out, i)
        if width:
            out[i] = Token("".join(t.text for t in out[i: i + width + 1]), out[i].line, out[i].row_start)
            for k in range(i + 1, i + width + 1):
                out[k] = Token("", out[k].line)
        if out[i].text and not out[i].in_row:
            _join_level_weight(out, i, i + width + 1)
        i += width + 1
    return out


def _rejoin_tail(tokens: list[Token], i: int) -> None:
    """A line ending on the first piece of a header word that the next line's first cell completes
    ("年度绩效指标完成情况 一级" / "指标" / "二级指标 三级指标 …"): the piece leaves its line and the word is
    whole in the next line's first cell."""
    token, after = tokens[i], tokens[i + 1]
    if token.in_row or after.in_row or after.line == token.line or len(token.text) > 40:
        return
    head, _, tail = token.text.rpartition(" ")
    word = tail + after.text
    if not head.strip() or len(tail) > 4 or is_form_word(tail) or not is_form_word(word) or _headed(word) is None:
        return
    tokens[i] = Token(head.strip(), token.line, token.row_start)
    tokens[i + 1] = Token(word, after.line, after.row_start)


def _second_header_line(tokens: list[Token], i: int) -> None:
    """A header line whose narrow cells wrapped ("… 三级指标 年度 实际 分值 得分 …" over "指标值 完成值"): the
    second line's pieces complete, in order, the cells above that are no header word alone (年度指标值, 实际完成值);
    the second line's cell is emptied."""
    token = tokens[i]
    parts = token.text.split()
    if token.in_row or not 2 <= len(parts) <= 4:
        return
    line = tokens[i - 1].line
    if line == token.line:
        return
    first = i - 1  # the line's tokens run back from i - 1 (tokens stay in line order), within the header's span
    while first > max(0, i - HEADER_SPAN) and tokens[first - 1].line == line:
        first -= 1
    above = range(first, i)
    pieces = [k for k in above if 0 < len(tokens[k].text) <= 4 and not is_form_word(tokens[k].text)]
    if len(pieces) != len(parts) or sum(1 for k in above if _headed(tokens[k].text)) < 2:
        return
    words = [tokens[k].text + part for k, part in zip(pieces, parts, strict=True)]
    if not all(is_form_word(word) and _headed(word) for word in words):
        return
    for k, word in zip(pieces, words, strict=True):
        tokens[k] = Token(word, tokens[k].line, tokens[k].row_start, tokens[k].in_row, tokens[k].celled)
    tokens[i] = Token("", token.line)


_WEIGHT_PIECE = re.compile(r"^(?=.*[(（)）])[(（]?\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[)）]?$")


def _join_level_weight(tokens: list[Token], i: int, j: int) -> None:
    """A level cell whose block weight wrapped onto a line of its own ("产出指标" / "（50）", "满意度指标" /
    "（10分）"), or lost a bracket in the copy ("效益指标" / "30分）"): one cell, "产出指标（50分）"."""
    if kind(tokens[i].text) not in (Kind.LEVEL1, Kind.LEVEL2):
        return
    start = j  # the token after the level cell (and the pieces it was joined from)
    while j < len(tokens) and j - start < 2 and not tokens[j].text:
        j += 1
    if j >= len(tokens) or tokens[j].in_row or tokens[j].line == tokens[i].line \
            or (j + 1 < len(tokens) and tokens[j + 1].line == tokens[j].line):
        return
    weight = _WEIGHT_PIECE.match(match_text(tokens[j].text))
    if weight is not None:
        tokens[i] = Token(f"{tokens[i].text}（{weight.group(1)}分）", tokens[i].line, tokens[i].row_start)
        tokens[j] = Token("", tokens[j].line)


def _is_level(text: str) -> bool:
    key = compact(text)
    return bool(pattern("levels.level1").match(key) or pattern("levels.level2").match(key))


def _piece(token: Token) -> bool:
    text = token.text
    return (not token.in_row and 0 < len(text) <= 8 and not text.startswith(("(", "（"))
            and kind(text) in (Kind.TEXT, Kind.LEVEL1, Kind.LEVEL2)
            and not SERIAL_OUTLINE.fullmatch(text))  # "1.1.1" under "数量指标": the next row's 序号, no piece


_PIECE_GAP = 4  # lines from one piece of a wrapped header cell to the next: up to three blank lines between


def _wrapped_width(tokens: Sequence[Token], i: int) -> int:
    """How many tokens after ``i`` are the rest of its wrapped header cell (0: none)."""
    if not _piece(tokens[i]):
        return 0
    first = _headed(tokens[i].text)
    vertical = len(tokens[i].text) == 1  # a vertical cell, one character a line: "满/意/度/指/标"
    for width in (5, 4, 3, 2, 1) if vertical else (3, 2, 1):
        parts = tokens[i: i + width + 1]
        if width > 3 and any(len(p.text) != 1 for p in parts):
            continue
        if len(parts) <= width or any(
                b.line == a.line or b.line - a.line > _PIECE_GAP for a, b in itertools.pairwise(parts)):
            continue
        if not all(_piece(p) or (k == width and unit_cell(p.text)) for k, p in enumerate(parts[1:], start=1)):
            continue
        joined = "".join(p.text for p in parts)
        whole = is_form_word(joined)
        role = _headed(joined)
        alone = [_headed(p.text) for p in parts[1:] if not unit_cell(p.text)]
        if whole and not any(is_form_word(p.text) for p in parts[:-1]):
            return width
        if role is not None and first is None and all(a is None for a in alone[:-1]) \
                and (not alone or alone[-1] != role):  # the last piece alone says something else
            return width
        if _is_level(joined) and not (_is_level(parts[0].text) and _is_level(parts[-1].text)) \
                and not any(_is_level(p.text) for p in parts[1:-1]) \
                and not unit_cell(parts[-1].text):  # "经济效" / "益指标", "服务对象" / "满意度"; not "满意度" / "%"
            return width
    return 0
