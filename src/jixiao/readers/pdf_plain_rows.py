"""Rows of a form in a PDF's text layer given with one space between cells and no columns (pdfplumber's
``extract_text``, a viewer's copy), where narrow columns wrapped cells over two or three lines: the row's
line holds each cell's head ("一级指 二级指 三级指标 年度 实际 分 得分"), the lines under it only the
tails of the cells that wrapped, in the row's order ("标 标 指标 完成 值" / "值 值").

With no columns to go by, each tail goes to a cell by what the two make, in order (a monotone alignment
that scores best): a form's word or the start of one ("年初预算" + "数", "产出指" + "标"), the rest of a
figure or its unit ("97.3" + "6%", "≥260" + "公里"), or a name's next characters (text onto text, never onto a
word already whole). A line is a row's tails only when one of its pieces makes a word or a figure (or the
row already took a tail line). The row becomes tab-separated cells, as do the single-spaced rows of the
same table around it.
"""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.pdf_layout_rows import MAX_CELLS, MAX_PIECE, MAX_TAILS, table_around
from jixiao.readers.textnorm import compact

_UNIT_OR_REST = re.compile(r"^\d{0,2}(?:%|‰|[\u4e00-\u9fff]{1,3})?$")  # "6%", "4", "0人", "公里"
_FIGURE_HEAD = re.compile(r"^[≥≤><=＞＜]?[-−]?\d[\d,.]*(?:%|[\u4e00-\u9fff]{1,2})?$")
_NOT_TAIL = re.compile(r"[，。；、:：,;|\t]")
_NONE = -1
_MEANT = re.compile(r"[\u4e00-\u9fff\d%]")  # a piece of a cell: not a rule's dash
_DATE = re.compile(r"^[年月日]$")  # a letter-spaced date or a column label spelled down the page, not a unit


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The form's words (compact) and every proper start of one two characters long or more."""
    words = {compact(word) for word in lexicon()["cell_words"]}
    starts = {word[:n] for word in words for n in range(2, len(word))}
    return frozenset(words), frozenset(starts)


def _whole(text: str) -> bool:
    key = compact(text)
    words, _ = _words()
    return key in words or bool(pattern("levels.level1").match(key) or pattern("levels.level2").match(key))


def _score(cell: str, piece: str) -> int:
    """How well ``piece`` continues ``cell``: 6 a whole word, 4 a word's start or the rest of a target or an
    actual value (a comparator, decimals, three digits or more), 3 the rest of a bare small number, 2 a
    name's next characters, _NONE not at all."""
    joined = compact(cell + piece)
    words, starts = _words()
    if joined in words or (_whole(cell + piece) and not _whole(cell)):
        return 6
    if joined in starts:
        return 4
    if _FIGURE_HEAD.match(cell):
        if not (_UNIT_OR_REST.match(piece) and _figure(cell + piece)):
            return _NONE
        bare = _SMALL.match(cell) if not any(ch.isdigit() for ch in piece) else _INTEGER.match(cell)
        return 3 if bare else 4
    if any(ch.isdigit() for ch in cell + piece) or _whole(cell) or not _LETTER.search(cell):
        return _NONE
    return 2


_SMALL = re.compile(r"^\d{1,2}$")  # a weight or a score: rarely the figure a unit wrapped off
_INTEGER = re.compile(r"^\d+$")  # a full mark: rarely the figure digits wrapped off
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")


_TRAILING = re.compile(r"^[≥≤><=＞＜]?[-−]?\d[\d,]*(?:\.(\d+))?(.*)$")


def _figure(text: str) -> bool:
    """A figure with at most two decimals and a unit of the lexicon's, or none."""
    match = _TRAILING.match(text)
    if match is None or len(match.group(1) or "") > 2:
        return False
    unit = match.group(2)
    return not unit or bool(_units().fullmatch(unit))


@cache
def _units() -> re.Pattern[str]:
    return re.compile("(?:" + lexicon()["value_units"] + ")")


def _assign(row: list[str], pieces: list[str], confirmed: bool, header: list[str]) -> list[int] | None:
    """The cell of ``row`` each piece continues, in order, scoring best; None when no alignment takes every
    piece, or none of its joins makes a word or a figure (unless the row already took a tail line). A "%"
    goes under a header cell of a rate ("执行率") when the header above has as many cells as the row."""
    if not pieces or len(pieces) >= max(len(row), 2) or pattern("total_row").fullmatch(pieces[0]):
        return None
    words, _ = _words()
    if any(len(piece) > MAX_PIECE or _NOT_TAIL.search(piece) or compact(piece) in words or _DATE.match(piece)
           or not _MEANT.search(piece) for piece in pieces):
        return None
    m, n = len(pieces), len(row)
    # best[i][j]: (score, strong joins) of the first i pieces placed on cells before j
    best: list[list[tuple[int, int] | None]] = [[None] * (n + 1) for _ in range(m + 1)]
    came: dict[tuple[int, int], bool] = {}
    for j in range(n + 1):
        best[0][j] = (0, 0)
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            skip = best[i][j - 1]
            take = None
            prior = best[i - 1][j - 1]
            s = _score(row[j - 1], pieces[i - 1])
            if s != _NONE and "%" in pieces[i - 1] and len(header) == n and "率" in header[j - 1]:
                s += 1
            if prior is not None and s != _NONE:
                take = (prior[0] + s, prior[1] + (s >= 4))  # a word, its start, or a value's rest: not a bare number's
            if take is not None and (skip is None or take > skip):
                best[i][j], came[i, j] = take, True
            else:
                best[i][j], came[i, j] = skip, False
    end = best[m][n]
    if end is None or (end[1] == 0 and not confirmed):
        return None
    out: list[int] = []
    i, j = m, n
    while i:
        if came[i, j]:
            out.append(j - 1)
            i -= 1
        j -= 1
    return out[::-1]


def join_plain_rows(text: str) -> str:
    """The text with each wrapped row's tails joined onto their cells (see the module); text with no such
    row comes back unchanged."""
    if " " not in text or "指" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    joined: list[bool] = []
    header: list[str] = []  # the last joined row with no figure: the header of the rows under it
    index = 0
    while index < len(lines):
        line = lines[index]
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if " " not in line or not 0 < len(below) * 3 < len(line) * 2:  # no short line under it: nothing to join
            out.append(line)
            joined.append(False)
            index += 1
            continue
        plain = " " in line.strip() and "  " not in line.strip() and "\t" not in line and line[:1] != " " \
            and len(line) < 40 * MAX_CELLS
        cells = line.split() if plain else []  # (an indented line is typed text, not a PDF's)
        tails = 0
        while 2 <= len(cells) <= MAX_CELLS and index + 1 + tails < len(lines) and tails < MAX_TAILS \
                and 0 < len(lines[index + 1 + tails].strip()) * 3 < len(line) * 2:  # tails: a short line
            pieces = lines[index + 1 + tails].split()
            targets = _assign(cells, pieces, tails > 0, header)
            if targets is None:
                break
            for target, piece in zip(targets, pieces, strict=True):
                cells[target] += piece
            tails += 1
        out.append("\t".join(cells) if tails else line)
        joined.append(tails > 0)
        if tails and not any(ch.isdigit() for ch in line):
            header = cells
        index += 1 + tails
    if not any(joined):
        return text
    return "\n".join(table_around(out, joined, lambda line: len(line.split()) >= 3 and "  " not in line.strip(),
                                  str.split))
