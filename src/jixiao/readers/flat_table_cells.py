"""What every part of the flattened-table reader shares: the :class:`FlatTable` it fills, the tests that
tell a form's label, goal, total and end cells from its values, and putting one row in a table.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from jixiao.lexicon import pattern, whole_words
from jixiao.readers.align import Alignment
from jixiao.readers.cells import Kind, kind
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, money_role
from jixiao.readers.flat_token import Token
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact, match_text

_BY_NATURE = re.compile(r"^按(收入|支出)性质分")

_MAX_HEADER = 14  # characters in a header cell

HEADER_SPAN = 40  # tokens a header run (caption, units, blanks, header words) may span (real ones: ≤ 12)


@dataclass
class FlatTable:
    """A table rebuilt from tokens, and the tokens it used."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[list[int | None]] = field(default_factory=list)  # the source line of each cell
    guessed: set[tuple[int, int]] = field(default_factory=set)
    used: set[int] = field(default_factory=set)  # token indexes
    pairs: list[range] = field(default_factory=list)  # for a table of label pairs: each row's tokens

    def after_unread(self, unread: Sequence[Token]) -> frozenset[int]:
        """The rows right after one of the ``unread`` tokens (a line no reader took that may have been a row)."""
        spans = [(min(filled), max(filled)) for row in self.lines if (filled := [n for n in row if n is not None])]
        return frozenset(r for r in range(1, len(spans))
                         if any(spans[r - 1][1] < t.line < spans[r][0] for t in unread))

    def add(self, cells: Sequence[str], lines: Sequence[int | None], guessed: Sequence[int] = ()) -> None:
        r = len(self.rows)
        self.rows.append(list(cells))
        self.lines.append(list(lines))
        self.guessed.update((r, c) for c in guessed)

    def table(self, name: str, line_label: str = "第{}行", read_back: frozenset[int] = frozenset(),
              written: frozenset[tuple[int, str]] = frozenset(), unread_before: frozenset[int] = frozenset()) -> Table:
        """The neutral table; every cell from a line in ``read_back`` (its form words read back from an
        OCR misreading, or its cells cut by guesses) is guessed, but one ``written`` (its line and text: a cell
        the text itself bounds, :class:`.fused_money.WrittenCell`)."""
        origins = {(r, c): line_label.format(line + 1) for r, row in enumerate(self.lines)
                   for c, line in enumerate(row) if line is not None}
        guessed = self.guessed | {(r, c) for r, row in enumerate(self.lines) for c, line in enumerate(row)
                                  if line in read_back and (line, self.rows[r][c]) not in written} \
            if read_back else self.guessed
        return Table([list(r) for r in self.rows], name, origins=origins, guessed=frozenset(guessed),
                     unread_before=unread_before)


@lru_cache(maxsize=8192)
def header_role(text: str) -> str | None:
    key = compact(text)
    if len(key) > _MAX_HEADER or key.endswith("表") or "。" in text:  # a caption, a title (…得分表), a sentence
        return None  # holding 得分 or opening on 评分 ("评分保留一位小数，自评表如下。" on the line before the header)
    if _LABELLED_VALUE.search(text):  # "分值：10分", "得分：9.53分", "预算执行率分值 10 得分 9.84": labels with their
        return None  # values, not a column
    if _SECTION_MARK.match(text):  # "三、绩效指标完成情况", "表1 产出指标完成情况": a report's section heading or a
        # table's numbered caption over the cells, no column
        return None
    return cell_role(text) or money_role(text)


_LABELLED_VALUE = re.compile(r"[:：]\s*\d|[\u4e00-\u9fff]\s+\d+(?:\.\d+)?(?:\s|$)")
_SECTION_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
                           r"|附?表\s*\d{1,2}(?!\d))")


def is_label(text: str) -> str | None:
    return label_field(text)


def is_form_end(text: str) -> bool:
    return _whole_key(text, "form_end")


def is_sign_off(text: str) -> bool:
    """A sign-off cell under a form, its label and what was filled in ("填报人：某某", "填报日期：2024年3月1日")."""
    return ("：" in text or ":" in text) and pattern("sign_off").match(match_text(text)) is not None


def is_goal(text: str) -> bool:
    return _whole_key(text, "goal_row")


def _whole_key(text: str, entry: str) -> bool:
    """``text``'s key is one of the words of the lexicon's ``entry`` (tried on every cell of a flattened text: a set
    lookup where the entry is a list of plain words, :func:`jixiao.lexicon.whole_words`)."""
    key = compact(text)
    if not key:
        return False
    words = whole_words(entry)
    return key in words if words is not None else pattern(entry).match(key) is not None


# a 分值 or 得分 cell of a flattened table's row: a whole or two-decimal figure of at most 100s, maybe its 分
MARK_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,2})?分?$")


def is_total(text: str) -> bool:
    """"合计", "总分"; also with the full mark in brackets ("总分（满分100分）", "总分(100分)")."""
    key = compact(text)
    if not key:
        return False
    if pattern("total_row").fullmatch(key):
        return True
    return ("(" in text or "（" in text) and bool(pattern("total_row").fullmatch(_FULL_MARK_NOTE.sub("", key)))


# (in a compact key: its brackets gone; wider than extract.totals' _FULL_IN_LABEL, which reads the full mark itself)
_FULL_MARK_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])(?:满分)?\d{2,3}分$")


def is_stated_total(text: str) -> bool:
    """"自评得分：96.78分（优）": the form's total with its label in one cell, after the last row (no row's note);
    also a closing sentence opening on the full mark ("满分100分，自评得分95.43分，自评结果为…")."""
    if text.startswith("满分"):
        key = "".join(match_text(text).split())
        lead = _FULL_MARK_LEAD.match(key)
        found = pattern("total_row").match(key, lead.end()) if lead else None
        return found is not None and re.match(r"[:：]?\d", key[found.end():]) is not None
    if "：" not in text and ":" not in text:  # (a cheap test first: most cells hold no colon)
        return False
    key = "".join(match_text(text).split())
    found = pattern("total_row").match(key)
    return found is not None and _LABELLED_VALUE.match(key, found.end()) is not None


_FULL_MARK_LEAD = re.compile(r"满分\d{2,3}分[,，;；]")


def structural(text: str) -> bool:
    """A cell that starts something else: a label, a goal row, the end of the form, a total row, the
    budget by nature (按收入性质分 …, read by :mod:`jixiao.readers.extract.by_nature`)."""
    return bool(is_label(text) or is_goal(text) or is_form_end(text) or is_total(text)
                or _BY_NATURE.match(compact(text)))


def next_filled(tokens: Sequence[Token], j: int) -> int:
    """The index of the first cell from ``tokens[j]`` on that is not empty (``len(tokens)`` when none is)."""
    while j < len(tokens) and kind(tokens[j].text) is Kind.EMPTY:
        j += 1
    return j


def spaced_row(token: Token, columns: Sequence[Container[Kind]]) -> list[str] | None:
    """A row written on one line, its cells a space apart ("执行率 99.22% 100.00% …"): its label and one cell for
    each of ``columns``, each of its column's kinds; None when the line is no such row."""
    parts = token.text.split()
    if len(parts) == len(columns) + 1 and all(kind(p) in kinds for p, kinds in zip(parts[1:], columns, strict=True)):
        return parts
    return None


def put_row(out: FlatTable, cols: list[str], reading: Alignment, tokens: Sequence[Token], start: int,
            end: int) -> None:
    cells = [reading.cells.get(c, "") for c in cols]
    where: list[int | None] = [tokens[start + reading.origin[c]].line if c in reading.origin and cell else None
                               for c, cell in zip(cols, cells, strict=True)]
    # a name and one figure only under a header of targets, actuals, weights and scores: a row's note and the next
    # row's 序号 may be ("…闭馆一个月 | 4"), every cell a guess
    thin = "name" in reading.cells and len(_ROW_VALUES & set(cols)) >= 3 \
        and len(_ROW_VALUES & reading.cells.keys()) <= 1
    crowded = _crowded(cols, reading, tokens, start)
    out.add(cells, where, [c for c, role in enumerate(cols) if role in reading.guessed or (thin and cells[c])
                           or (crowded and role in _ROW_VALUES and cells[c])])
    out.used.update(range(start, end))


_ROW_VALUES = frozenset({"target", "actual", "weight", "score"})
# columns of words, never of a figure: what a row's figures after its name do not fill
_WORD_COLUMNS = frozenset({"name", "name_weak", "level1", "level2", "levels", "deviation", "scoring_rule", "goal",
                           "nature", "measure_unit", "core"})
_ROW_FIGURES = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.AMOUNT, Kind.COMPARED, Kind.FUSED})


def _crowded(cols: list[str], reading: Alignment, tokens: Sequence[Token], start: int) -> bool:
    """Whether the row's line holds more figures after its name than the header has figure columns after its name
    column (a header split over lines that lost the line naming 年度指标值, "≤4 | 4 | 10 | 10" under 实际完成值 | 分值 |
    得分): which figure is the weight and which the score only the positions say, a guess. Counted on a line split
    at "|" or tabs, up to its end, the next row's start or a cell of words; a blank or "/" cell is no figure (a note
    left "/")."""
    if "name" not in reading.origin or "name" not in cols or not tokens[start + reading.origin["name"]].in_row:
        return False  # (a line of cells a space apart may hold the whole form: no row's own line to count on)
    room = sum(1 for role in cols[cols.index("name") + 1:] if role not in _WORD_COLUMNS)
    first = start + reading.origin["name"]
    figures = 0
    for token in tokens[first + 1:]:
        if token.line != tokens[first].line or token.row_start:
            break
        cell = kind(token.text)
        if cell in _ROW_FIGURES:
            figures += 1
        elif cell not in (Kind.EMPTY, Kind.SLASH):
            break
    return figures > room
