"""A fused indicator row with no word of the form in it, under a fused header whose rows open on the indicator's
name ("序号指标名称分值年度指标值实际完成值得分", then "2低保对象救助人次20≥5600人次5651人次20"): the row number,
the name up to its first figure, then the value cells. The rows of a header with level columns open on level words,
which cut them already; these rows hold none, so the header's own columns are what cuts them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_completion_rows import FIGURE
from jixiao.readers.flat_row_reading import level_heading
from jixiao.readers.flat_value_recuts import FIGURE_RUN, SIGN_OPENING
from jixiao.readers.flat_value_runs import cells_between
from jixiao.readers.flat_words import column_role, is_form_word, names_column
from jixiao.readers.fused_money import GuessedCell, WrittenCell

TEXT_AT_END = frozenset({"deviation", "deduction", "scoring_rule", None})  # columns a row may leave empty at its end
HEAD_WORDS = 3  # form words a fused line needs to be a header the rows below are cut under
# the name: two characters or more up to the first figure or comparison (a name that holds a figure is not cut; one
# may open on a figure, "65岁以上…", "12345热线…", when no 序号 column comes first)
_LISTED = re.compile(r"\d{1,2}[.．、](?=[\u4e00-\u9fff])")  # a list number opening the name's cell ("1.", "2、")
_NAME = re.compile(r"(?:\d{1,5}(?=[\u4e00-\u9fff]))?[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦])")


def named_head(cells: list[str], whole: bool = False) -> list[str | None] | None:
    """The column roles of a fused header line whose rows open on the name (a 序号 column before it at most), or
    None. A line that is column words ``whole`` (:func:`.flat_words.header_words`) may name its name column 指标."""
    roles = [column_role(cell) for cell in cells]
    if whole and "name" not in roles:  # "序号指标分值…": the bare 指标 is the name's
        roles = ["name" if role == "name_weak" else role for role in roles]
    elif roles[:1] == ["name_weak"] and names_column(roles[1:]):  # "绩效指标分值年度指标值…": over an outline
        roles = ["name", *roles[1:]]
    if (not whole and sum(map(is_form_word, cells)) < HEAD_WORDS) or "name" not in roles or roles.index("name") > 1 \
            or (roles.index("name") == 1 and roles[0] != "number") or "level1" in roles \
            or ("level2" in roles and roles.index("level2") != roles.index("name") + 1):
        return None  # (a header with level columns before the name: its rows hold level words, which cut them)
    return roles


def named_row(text: str, roles: list[str | None], number: int, weight: Decimal | None = None) -> list[str] | None:
    """The cells of ``text`` under a header of ``roles`` (:func:`named_head`), the row numbered ``number`` when the
    header has a 序号 column; None when the line is no such row, no cell when it is one no reading fits. Every cell
    is a guess (no separator was written). A row whose weight ran onto its bare target ("10100%") is cut only at
    the ``weight`` its block's sums give it (:mod:`.flat_outline_figures`)."""
    cuts = _named_cuts(text, roles, number)
    if cuts is None:
        return None
    if len(cuts) < 2:
        return cuts[0]
    at = roles.index("weight")
    return next((cut for cut in cuts[1:] if weight is not None and Decimal(cut[at]) == weight), [])


def named_weights(text: str, roles: list[str | None]) -> tuple[Decimal, ...] | None:
    """The weights the row ``text`` may have under a header of ``roles`` with no 序号 column (:func:`named_row`):
    one when its cells are read, several when its weight ran onto its bare target, none when it is read with no
    weight; None for a line that is no row."""
    cuts = _named_cuts(text, roles, 1)
    if cuts is None:
        return None
    at = roles.index("weight") if "weight" in roles else -1
    return tuple(Decimal(cut[at]) for cut in (cuts[1:] if len(cuts) > 1 else cuts)
                 if 0 <= at < len(cut) and FIGURE.fullmatch(cut[at]))


def _named_cuts(text: str, roles: list[str | None], number: int) -> list[list[str]] | None:
    """The row's cells (:func:`named_row`) as a list of one, or ``[[], *cuts]`` for a row whose weight and bare
    target ran together, each cut whose score is at most its weight; None for no row."""
    at = 0
    cells: list[str] = []
    if roles[0] == "number":
        written = str(number)
        if not text.startswith(written) or text[len(written): len(written) + 1].isdecimal():
            return None
        cells.append(written)
        at = len(written)
    listed = _LISTED.match(text) if not cells else None  # "1.某某次数10≥48次…": the name numbered in its own cell
    name = _NAME.match(text, listed.end() if listed else at)
    if name is None or not any("\u4e00" <= c <= "\u9fff" for c in name.group(0)) or level_heading(text):
        return None
    columns = roles[len(cells) + 1:]
    named = text[at:name.end()]
    if columns[:1] == ["level2"]:  # "老旧小区改造户数数量指标≥860户…": the 二级 level after the name
        level = next((k for k in range(2, len(named) - 1) if kind(named[k:]) is Kind.LEVEL2), None)
        if level is None:
            return [[]]
        cells.append(named[:level])
        named, columns = named[level:], columns[1:]
    values = _deducted(cells_between(text[name.end():]), columns)
    if values is None:
        return [[]]
    optional = next((k for k, role in enumerate(reversed(columns)) if role not in TEXT_AT_END), len(columns))
    # each column its cell, the notes at the end aside: a row short of one ("15得到有效保障已实现15") admits many
    # readings (which part is the target, which the actual), so it gives no cell (no row rather than a wrong one);
    # a weight and a score side by side may be one run of figures ("1010"), which the row reader splits
    paired = int(_paired(values, columns))
    if not len(columns) - optional - paired <= len(values) <= len(columns) - paired:
        cuts = [cut for cut in _weight_cuts(values, columns) if len(columns) - optional <= len(cut) <= len(columns)]
        out: list[list[str]] = [[]]
        out.extend([GuessedCell(c) for c in (*cells, named, *cut)] for cut in cuts)
        return out
    bounded = _written(values, columns) if len(values) == len(columns) and "".join(values) == text[name.end():] \
        else set()
    return [[*(GuessedCell(cell) for cell in (*cells, named)),
             *(WrittenCell(cell) if k in bounded else GuessedCell(cell) for k, cell in enumerate(values))]]


_BARE_PERCENT = re.compile(r"\d+(?:\.\d+)?%")


def _weight_cuts(values: list[str], columns: list[str | None]) -> list[list[str]]:
    """``values`` with its weight and a target written with no sign run together ("10100%": 10 | 100% or
    1010 | 0%), cut each way whose score is at most its weight."""
    at = columns.index("weight") if "weight" in columns else -1
    if at < 0 or columns[at + 1: at + 2] != ["target"] or len(values) <= at \
            or not _BARE_PERCENT.fullmatch(values[at]):
        return []
    run, score = values[at][:-1], columns.index("score") - at if "score" in columns else 0
    out: list[list[str]] = []
    for k in range(1, len(run)):
        weight, target = run[:k], run[k:]
        cut = [*values[:at], weight, target + "%", *values[at + 1:]]
        points = cut[at + score] if score > 0 and at + score < len(cut) else None
        if FIGURE.fullmatch(weight) and FIGURE.fullmatch(target) \
                and (points is None or (FIGURE.fullmatch(points) and Decimal(points) <= Decimal(weight))):
            out.append(cut)
    return out


def _written(values: list[str], columns: list[str | None]) -> set[int]:
    """The places in ``values`` (one cell for each of ``columns``, the row's text after the name whole) of the
    weight and the score that the text itself bounds: the weight a whole run of figures before a comparison
    sign (the name before it), the score one at the line's end after a unit or a % (no run of figures is cut
    there, and no other column can hold them)."""
    out: set[int] = set()
    for role in ("weight", "score"):
        at = columns.index(role) if role in columns else -1
        if at < 0 or not FIGURE_RUN.fullmatch(values[at]):
            continue
        before = values[at - 1][-1:] if at else ""
        if before.isdecimal() or before == ".":
            continue
        last = at == len(values) - 1
        if (role == "score" and last) or (role == "weight" and not last and SIGN_OPENING.match(values[at + 1])):
            out.add(at)
    return out


def _paired(values: list[str], columns: list[str | None]) -> bool:
    """Whether the weight and the score, side by side, are one run of figures in ``values`` ("1010")."""
    if "weight" not in columns or "score" not in columns or columns.index("score") != columns.index("weight") + 1:
        return False
    weight = columns.index("weight")
    return len(values) > weight and FIGURE_RUN.fullmatch(values[weight]) is not None \
        and not (len(values) > weight + 1 and FIGURE_RUN.fullmatch(values[weight + 1]))


_RUN = re.compile(r"[\d.]+")


def _deducted(values: list[str], columns: list[str | None]) -> list[str] | None:
    """``values`` with a deduction and the score after it, run together ("1.513.5", cut by the value runs at the
    decimals into 1.51 | 3.5), cut again where deduction + score = the weight (1.5 | 13.5 of 15); None when no cut
    or several fit; as they are under a header with no such columns."""
    if "deduction" not in columns or "weight" not in columns or "score" not in columns \
            or columns.index("score") != columns.index("deduction") + 1:
        return values
    at, weight = columns.index("deduction"), columns.index("weight")
    if len(values) <= max(at, weight) or not FIGURE.fullmatch(values[weight]) or not _RUN.fullmatch(values[at]):
        return values
    two = len(values) > at + 1 and _RUN.fullmatch(values[at + 1]) is not None
    run = values[at] + values[at + 1] if two else values[at]
    cuts = [(run[:k], run[k:]) for k in range(1, len(run))
            if FIGURE.fullmatch(run[:k]) and FIGURE.fullmatch(run[k:])
            and Decimal(run[:k]) + Decimal(run[k:]) == Decimal(values[weight])]
    if len(cuts) != 1:
        return None
    return [*values[:at], *cuts[0], *values[at + (2 if two else 1):]]
