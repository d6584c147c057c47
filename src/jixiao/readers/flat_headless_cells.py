"""Indicator rows one cell a line with no header above them: a viewer's preview that cut a form's head and middle
away, so its last rows follow some other block's cells ("可持续影响指标 / 可持续 / 可持续 / 可持续 / 10 / 9 / 满意度 /
指标 / 服务对象满意度指标 / 服务对象满意度 / ≥90% / 100% / 10 / 10 / 总分").

With no header the standard form's order is assumed (一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分), and a row is
taken only when it fills that order exactly: a level word or two, a name, two value cells, then two bare figures
whose second is no more than the first (分值 then 得分); or, where the page rules each row off ("||||" after it),
a level word or two, a name and its two values alone (a form with no 分值 column). A row that does not fit ends
the run; fewer than two rows are left as text. Every cell is marked guessed, so no error rests on it alone."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind, number
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)
_VALUES = (Kind.TEXT, Kind.NUMBER, Kind.PERCENT, Kind.AMOUNT, Kind.COMPARED, Kind.YESNO, Kind.GRADE)
_MIN_ROWS = 2
_ROW = 9  # cells a row may take: two levels, each wrapped, the name and four more


def _levels_at(tokens: Sequence[str], k: int, count: int) -> tuple[list[str], list[int]] | None:
    """``count`` level cells from cell ``k`` on (a cell wrapped as "满意度 / 指标" joined), or None."""
    words: list[str] = []
    used: list[int] = []
    while len(words) < count:
        if k >= len(tokens) or kind(tokens[k]) not in _LEVELS:
            return None
        words.append(tokens[k])
        used.append(k)
        k += 1
        if k < len(tokens) and tokens[k] == "指标" and not words[-1].endswith("指标"):
            words[-1] += "指标"  # the level's cell wrapped onto the next line
            used.append(k)
            k += 1
    return words, used


def _row_at(tokens: Sequence[str], i: int, ends: frozenset[int] = frozenset()) -> tuple[
        list[str], list[int], int] | None:
    """The row starting at token ``i`` (its seven cells, the tokens they came from), and the token after it: two
    level cells (一级, 二级) or one (二级, or 一级 when it can only be that), then the name and four cells; or, when
    the source ends a row right after them (``ends``: the cells after which a "||||" rule or the run's end falls),
    the name and its two values alone (a form with no 分值 column)."""
    for count in (2, 1):
        levels = _levels_at(tokens, i, count)
        if levels is None:
            continue
        words, used = levels
        k = used[-1] + 1
        if k + 2 in ends and k + 3 <= len(tokens) and all(kind(tokens[k + n]) in _VALUES for n in (1, 2)) \
                and kind(tokens[k]) in (*_VALUES, *_LEVELS):
            return [*placed(words), *tokens[k:k + 3], "", ""], [*used, k, k + 1, k + 2], k + 3
        if k + 5 > len(tokens):
            continue
        name, target, actual, weight, score = (tokens[k + n] for n in range(5))
        if kind(name) not in (Kind.TEXT, *_LEVELS) or kind(target) not in _VALUES or kind(actual) not in _VALUES:
            continue
        if kind(weight) is not Kind.NUMBER or kind(score) is not Kind.NUMBER:
            continue
        points, got = number(weight), number(score)
        if points is None or got is None or not Decimal(0) < points <= 100 or not Decimal(0) <= got <= points:
            continue
        return [*placed(words), name, target, actual, weight, score], used + list(range(k, k + 5)), k + 5
    return None


def placed(words: list[str]) -> list[str]:
    """The row's 一级 and 二级 cells from its one or two level words (one alone is the 二级, unless it can only be a
    一级)."""
    if len(words) == 2:
        return words
    only_first = pattern("levels.level1").match(compact(words[0])) and \
        not pattern("levels.level2").match(compact(words[0]))
    return [words[0], ""] if only_first else ["", words[0]]


def headless_cell_rows(tokens: Sequence[Token], i: int, out: FlatTable) -> int:
    """Rows from token ``i`` on into ``out`` (under :data:`HEADER`, every cell guessed); the token after them, or
    ``i`` when fewer than two rows fit."""
    if tokens[i].in_row or kind(tokens[i].text) not in _LEVELS:
        return i
    at: list[int] = []  # the cells one a line from here (blank ones aside), up to the first line of several
    texts: list[str] = []
    following = i
    ends: set[int] = set()  # cells a "||||" row rule follows (or the tokens' end)

    def look(ahead: int) -> None:  # cells gathered as the rows need them: a lone level word costs a few
        nonlocal following
        while len(at) < ahead and following < len(tokens) and not tokens[following].in_row:
            if tokens[following].row_start and at:
                ends.add(len(at) - 1)
            if tokens[following].text:
                at.append(following)
                texts.append(tokens[following].text)
            following += 1
        if following >= len(tokens) and at:
            ends.add(len(at) - 1)

    rows: list[tuple[list[str], list[int]]] = []
    k = 0
    look(_ROW)
    while (found := _row_at(texts, k, frozenset(ends))) is not None:
        rows.append((found[0], [at[n] for n in found[1]]))
        k = found[2]
        look(k + _ROW)
    if len(rows) < _MIN_ROWS:
        return i
    width = len(HEADER) if any(cells[-1] for cells, _ in rows) else len(HEADER) - 2  # no 分值 column: none read
    out.add(HEADER[:width], [tokens[i].line] * width)
    for cells, used in rows:
        cells = cells[:width]
        out.add(cells, [tokens[used[0]].line] * len(cells), [c for c, cell in enumerate(cells) if cell])
        out.used.update(used)
    return at[k - 1] + 1
