"""A numbered form's indicator rows scattered over one line: a spreadsheet exported cell by cell in the
order of each cell's height on the page, so merged cells, header words and whole rows' figures land
away from the names they belong to ("数量指标 指标1:发放人数 产出 指标 (40分) 指标值 完成值 500 分值 得分
498 20 19 质量指标 指标1:合格率 … 95% 95% 20 20 10 9 100 94 时效指标 指标1:按时发放 …").

No alignment of names and figures can be read from the run, but the form's own shape leaves one:
each row has four cells (指标值 and 完成值, a figure or a qualitative word; 分值 and 得分, figures, the score
no more than the weight) and both the names ("指标N:" markers) and the cells keep the rows' order. When
the run holds exactly four such cells a name (two more for the 总分 row), the k-th name takes the k-th
four, the only reading that keeps both orders. A level word's stated weight ("产出指标(40分)") must then
be the sum of a run of consecutive rows' weights, else the run is left as text. Every cell is marked
guessed, so no error rests on it alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import cache

from jixiao.lexicon import pattern, qualitative_values
from jixiao.readers.document import Table
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.numbered_rows import POINTS, indicator_value

HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_MARK = re.compile(r"指标\s?\d{1,2}\s?[:：]\s?([^\s:：|]{2,40})")
_BARE = re.compile(POINTS)
_BLOCK_WEIGHT = re.compile(r"[(（](\d{1,3})分")
_TOTAL_WORD = re.compile(rf"总分|{pattern('sum_row').pattern}")
_NOTE_HEADER = "偏差原因分析及改进措施"
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\S+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_MIN_ROWS = 3


@cache
def _value() -> re.Pattern[str]:
    return re.compile(indicator_value())


def _is_value(text: str) -> bool:
    """A 指标值 or 完成值 cell: a figure with its unit, or a word the form's qualitative values are written
    with ("达标", "合格"; only a figure can stand for 分值 and 得分)."""
    return _value().fullmatch(text) is not None or text in qualitative_values()


@cache
def _level1_word() -> re.Pattern[str]:
    words = pattern("levels.level1").pattern.split("(", 1)[1].split(")", 1)[0]
    return re.compile(f"(?:{words})指标")


def scattered_rows(line: str, where: str) -> tuple[str, Table, str] | None:
    """``line`` cut into the text before the rows, the rows as a table (under :data:`HEADER`, with a
    总分 row when the run states one; every cell guessed) and the text after their last figure; None
    unless the line's figures fit its numbered names four by four and every constraint of the form holds."""
    if line.count("指标") < _MIN_ROWS * 2:
        return None
    marks = list(_MARK.finditer(line))
    if len(marks) < _MIN_ROWS:
        return None
    head = line.rfind("三级指标", 0, marks[0].start())
    start = head if head >= 0 else marks[0].start()
    every = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    starts = [at for at, _ in every]
    tokens = every[bisect_left(starts, start):]
    names, used = _names(marks, every, starts)
    placed = [k for k, (at, text) in enumerate(tokens) if at not in used and _is_value(text)]
    figures = [tokens[k][1] for k in placed]
    rows = len(marks)
    if len(figures) not in (4 * rows, 4 * rows + 2):
        return None
    quads = [figures[4 * k: 4 * k + 4] for k in range(rows)]
    if not all(_scored(weight, score) for _, _, weight, score in quads):
        return None
    weights = [Decimal(q[2]) for q in quads]
    total = figures[4 * rows:]
    section = line[start:]
    if total and (not _TOTAL_WORD.search(section) or not _scored(*total) or sum(weights) > Decimal(total[0])):
        return None
    level1 = _blocks(section, weights)
    if level1 is None:
        return None
    noted = _NOTE_HEADER in section.replace(" ", "")
    header = [*HEADER, _NOTE_HEADER] if noted else HEADER
    table = [header]
    for k, (mark, name) in enumerate(zip(marks, names, strict=True)):
        note = [_note_after(tokens, placed[4 * k + 3] + 1)] if noted else []
        table.append([level1[k], _level2_before(every, starts, mark.start()), name, *quads[k], *note])
    if total:
        table.append(["总分", "", "", "", "", *total, *([""] if noted else [])])
    origins = {(r, c): where for r in range(len(table)) for c in range(len(header))}
    guessed = frozenset((r, c) for r in range(1, len(table)) for c in range(len(header)))
    last = tokens[placed[-1]]
    return line[:start].strip(), Table(table, "", origins=origins, guessed=guessed), \
        line[last[0] + len(last[1]):].strip()


def _note_after(tokens: list[tuple[int, str]], k: int) -> str:
    """The text right after a row's score, up to the next level word, name, form word or piece with a
    figure (a block's "(30 分)"): the row's 偏差原因 (a cell wrapped over several pieces), or blank."""
    pieces: list[str] = []
    while k < len(tokens):
        text = tokens[k][1]
        if not _HAN.search(text) or _MARK.search(text) or _is_value(text) or is_form_word(text) \
                or pattern("levels.level2").fullmatch(text) or _level1_word().search(text) or _DIGIT.search(text):
            break
        pieces.append(text)
        k += 1
    return "".join(pieces)


def _scored(weight: str, score: str) -> bool:
    return bool(_BARE.fullmatch(weight) and _BARE.fullmatch(score)) and Decimal(score) <= Decimal(weight) \
        and Decimal(weight) > 0


def _names(marks: list[re.Match[str]], tokens: list[tuple[int, str]], starts: list[int]) \
        -> tuple[list[str], set[int]]:
    """Each marker's name, a name cut at the cell's width joined to the piece the cell wrapped onto
    ("指标1:资金是否全部纳入医 保统筹"): the cut names are those as long as the longest, when two or
    more reach it and one falls short (a column's width shows only where names are cut at it)."""
    width = max(len(m.group()) for m in marks)
    cut = sum(len(m.group()) == width for m in marks) >= 2 and any(len(m.group()) < width for m in marks)
    names: list[str] = []
    used: set[int] = set()
    for mark in marks:
        name = mark.group(1)
        k = bisect_right(starts, mark.start())  # the token after the one holding the mark
        if cut and len(mark.group()) == width and (k >= len(starts) or starts[k] > mark.end()) \
                and _token_end(tokens, k - 1) == mark.end():
            piece = tokens[k][1] if k < len(tokens) else ""
            after = tokens[k + 1][1] if k + 1 < len(tokens) else ""
            lettered = len(piece) == 1 and _HAN.fullmatch(after) is not None and len(after) == 1
            if _HAN.fullmatch(piece) and len(piece) < width and not is_form_word(piece) and not lettered:
                name += piece
                used.add(tokens[k][0])
        names.append(name)
    return names, used


def _token_end(tokens: list[tuple[int, str]], k: int) -> int:
    """Where token ``k`` ends in its line."""
    return tokens[k][0] + len(tokens[k][1])


def _blocks(section: str, weights: list[Decimal]) -> list[str] | None:
    """Each row's level word from the stated block weights ("产出 指标 (40分)"): the weights, in order,
    split into runs of consecutive rows summing to them; blank when none is stated, None when the rows'
    weights cannot be so split (the rows' reading is then in doubt)."""
    compact = section.replace(" ", "")
    words = list(_level1_word().finditer(compact))
    ends = [w.end() for w in words]
    blocks: list[tuple[str, Decimal]] = []
    for found in _BLOCK_WEIGHT.finditer(compact):
        nearest = bisect_right(ends, found.start()) - 1
        if nearest < 0:
            return None
        blocks.append((words[nearest].group(), Decimal(found.group(1))))
    if not blocks:
        return [""] * len(weights)
    levels: list[str] = []
    k = 0
    for word, stated in blocks:
        run = Decimal(0)
        while k < len(weights) and run < stated:
            run += weights[k]
            levels.append(word)
            k += 1
        if run != stated:
            return None
    return levels if k == len(weights) else None


def _level2_before(tokens: list[tuple[int, str]], starts: list[int], position: int) -> str:
    """The level-2 word right before a name ("数量指标 指标1:…"), or blank: a merged level cell is not
    carried down, since its text may sit by any row it spans."""
    k = bisect_right(starts, position) - 1  # the token holding the name's mark
    if k > 0 and tokens[k][0] < position:
        return ""  # the mark starts inside a token ("年度指标1:…"): nothing right before it
    word = tokens[k - 1][1] if k > 0 else ""
    return word if pattern("levels.level2").fullmatch(word) else ""
