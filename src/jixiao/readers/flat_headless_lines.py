"""Indicator rows a line each with no header on the page: a web page's later chunk, or a second page of a form
whose page break cut off its title, head and indicator header ("效益指标 | 社会效益指标 | 某治理达标率 | ≥ | 90 |
% | 93 | 10 |", a lone "|" line after each). The rows are the nature-column layout's (… | 三级指标 | 指标性质 |
指标值 | 度量单位 | 完成值 | …): read by content, a row is taken only when it fits it: none, one or two level
words, the name, a comparison sign, the target's figure, its unit and the actual (the unit the actual's as well, as
the column says); or the name, 定性, the target's words (a grading scale "优良中差" is none) and the actual, which
may stand on the next line ("| 优 | 10 |"). Levels carry down as merged cells. The figures after the actual are left
unread: with no header the page does not say which is the weight and which the score. Every cell read is marked
guessed, so no error rests on it alone.

Rows of another form's tail above a whole form (a page that opens on the last rows of the previous project's form)
belong to no form of the page: when the text holds any table header, none is read here; nor when a form's head (its
项目名称 or 单位名称 label) follows the rows, as when that form's own header line was lost."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_headers import header_at
from jixiao.readers.flat_headless_cells import HEADER, placed
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

_MIN_ROWS = 2
_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)
_QUALITATIVE = "定性"
_SCALE = re.compile(r"[优良中低差]{3,}")  # the grades a qualitative indicator is judged on, in the target's place
_FIGURES = (Kind.NUMBER, Kind.PERCENT)
_ACTUALS = (*_FIGURES, Kind.AMOUNT, Kind.TEXT, Kind.GRADE, Kind.YESNO)
_FORM_NAMES = ("project.name", "unit.name")


def _line_end(tokens: Sequence[Token], k: int) -> int:
    end = k + 1
    while end < len(tokens) and tokens[end].line == tokens[k].line:
        end += 1
    return end


def _trailing(cells: list[str]) -> int:
    """How many bare figures end ``cells`` (at most two: a weight and a score)."""
    count = 0
    while count < min(2, len(cells)) and kind(cells[len(cells) - 1 - count]) is Kind.NUMBER:
        count += 1
    return count


def _values(nature: str, rest: list[str]) -> tuple[str, str] | None:
    """The target and the actual from the cells after the nature cell (the figures after the actual aside), or
    None when they do not fit the layout."""
    if nature == _QUALITATIVE:
        body = rest[:len(rest) - _trailing(rest)]
        if not 1 <= len(body) <= 2 or any(kind(cell) not in _ACTUALS for cell in body):
            return None
        target = body[0] if len(body) == 2 and not _SCALE.fullmatch(body[0]) else ""
        return target, body[-1] if len(body) == 2 else ""
    # (定量 / 正向 / 反向: no sign to open the target)
    if "定" in nature or "向" in nature or len(rest) < 3 or _trailing(rest[3:]) != len(rest) - 3:
        return None
    figure, unit, actual = rest[:3]
    if kind(figure) not in _FIGURES or kind(unit) is not Kind.MEASURE or kind(actual) not in _ACTUALS:
        return None
    return nature + figure + unit, actual + unit if kind(actual) is Kind.NUMBER else actual


def _row(cells: list[str]) -> tuple[list[str], str, str, str] | None:
    """A row's level words, name, target and actual, or None when the cells are no such row."""
    at = next((n for n, cell in enumerate(cells) if kind(cell) is Kind.NATURE), None)
    if at is None or not 1 <= at <= 3 or any(kind(cell) not in _LEVELS for cell in cells[:at - 1]):
        return None
    if kind(cells[at - 1]) not in (Kind.TEXT, *_LEVELS):
        return None
    values = _values(cells[at], cells[at + 1:])
    return None if values is None else (cells[:at - 1], cells[at - 1], *values)


def _carried(level1: str, level2: str) -> str:
    """The 一级 carried down to a row naming only its 二级; the block the templates put that 二级 in when the carried
    one is another (可持续影响指标 after 产出指标's rows: the 效益指标 cell merged above it was cut; lexicon
    ``level1_of_level2``, a guess as every cell here)."""
    own = next((name for name in lexicon()["level1_of_level2"]
                if pattern(f"level1_of_level2.{name}").match(compact(level2))), None)
    return level1 if own is None or not level1 or compact(level1).startswith(compact(own)[:-2]) else own


def _names_a_form(text: str) -> bool:
    """A label cell opening a form's head: its project's or its unit's name (not a filer's "填报单位" in a form's
    foot)."""
    return label_field(text) in _FORM_NAMES and not compact(text).startswith("填报")


def has_header(tokens: Sequence[Token]) -> bool:
    """Whether any table header stands in the text (headerless rows are then some form's, or another form's
    tail)."""
    return any(token.text and header_at(tokens, k) is not None for k, token in enumerate(tokens))


def headless_line_rows(tokens: Sequence[Token], i: int, out: FlatTable, headed: Callable[[], bool]) -> int:
    """Rows from token ``i`` on into ``out`` (under the standard order's first five columns, every cell guessed);
    the token after them, or ``i`` when fewer than two rows fit or the text holds a header (``headed``: asked once
    a text, :func:`has_header` of its tokens)."""
    rows: list[tuple[list[str], list[int]]] = []
    level1 = level2 = ""
    k = i
    while k < len(tokens):
        while k < len(tokens) and not tokens[k].text and not tokens[k].in_row:
            k += 1  # a lone rule between the rows
        if k >= len(tokens) or not (tokens[k].row_start and tokens[k].in_row and tokens[k].text):
            break
        end = _line_end(tokens, k)
        cells = [token.text.strip() for token in tokens[k:end] if token.text.strip()]
        if _QUALITATIVE in cells and not _trailing(cells) and end < len(tokens) \
                and tokens[end].in_row and tokens[end].row_start and not tokens[end].text:
            more = _line_end(tokens, end)  # "| 优 | 10 |": the qualitative row's actual on a line of its own
            cells += [token.text.strip() for token in tokens[end:more] if token.text.strip()]
            end = more
        found = _row(cells)
        if found is None:
            break
        words, name, target, actual = found
        if words:
            first, second = words if len(words) == 2 else placed(words)
            level1, level2 = first or _carried(level1, second), second if first or second else level2
        rows.append(([level1, level2, name, target, actual], list(range(k, end))))
        k = end
    if len(rows) < _MIN_ROWS or headed() or any(_names_a_form(token.text) for token in tokens[k:]):
        return i
    width = len(rows[0][0])
    out.add(HEADER[:width], [tokens[i].line] * width)
    for cells, used in rows:
        out.add(cells, [tokens[used[0]].line] * width, [c for c, cell in enumerate(cells) if cell])
        out.used.update(used)
    return k
