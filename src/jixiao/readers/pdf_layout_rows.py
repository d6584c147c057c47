"""Rows of a form in a PDF's text layer laid out by columns (``pdftotext -layout``), where narrow columns
wrapped cells over two or three lines: the row's line holds each cell's head ("项目名" / "产出指  数量指标
农村公路养 ≥260  268 公  10  10"), the lines under it hold only the tails of the cells that wrapped ("称",
"标  护里程  公里  里"), each starting under its own cell (the layout counts one column per character).

Each tail goes back onto the cell it starts under; the row becomes one line of tab-separated cells, which
the text reader reads as a row of a table, and the tails' lines go (a blank line would end the table). The
rows of the same table that did not wrap (cells two spaces apart or more, next to a joined row) become
tab-separated lines too. Column headers broken the same way ("全年预" / "算数" / "（A）", "一级指" / "标") are
rows like any other. A figure's unit the layout set off by a space ("268 公") stays with its figure.

A text padded to line up on screen (a Chinese character two columns wide) puts the same tails under their cells by
display width instead; when the characters do not place a line of a few words, the widths may (never a figure: a
figure's rest lines up by characters, and a line of figures under a row is the next row).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_captions import FUND_NAME_END, is_caption, names_a_fund, unit_of
from jixiao.readers.flat_words import column_role
from jixiao.readers.label_fields import label_field
from jixiao.readers.record_views import is_record_line
from jixiao.readers.run_on_page_marks import PAGE_MARK
from jixiao.readers.textnorm import HAN, display_width

_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(rf"^[≥≤><=＞＜]?[-−]?{WRITTEN_FIGURE}%?$")
_UNIT_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,2}$")  # "公" of "268 公" / "里": a unit the layout cut off its figure
_MIN_TOKENS = 2
MAX_PIECE = 16  # characters of a tail
_SLACK = 1  # columns a tail may start off its cell's start (a wide "≥" shifts the rest)
MAX_TAILS = 3  # tail lines of one row
MAX_CELLS = 40  # cells of a row: a longer line is no row of a form (and would cost the alignment dearly)
_DIGIT = re.compile(r"\d")
_FIGURE_END = frozenset("0123456789%")
_FIGURE_REST = re.compile(r"^\d{1,2}%?$|^\d[\u4e00-\u9fff]$")  # "6%" of "97.3" / "6%", "0人" of "≥680" / "0人"


def _tokens(line: str, wide: bool = False) -> list[tuple[int, str]]:
    """(column, text) of each run of non-spaces; a figure and the short unit a single space set off it are one.
    The column counts characters (``wide``: display columns, a Chinese character two — a text padded to line up on
    screen)."""
    out: list[tuple[int, str]] = []
    column = at = 0
    for match in _TOKEN.finditer(line):
        text = match.group(0)
        column += display_width(line[at: match.start()]) if wide else match.start() - at  # piece by piece: linear
        at = match.start()
        if out and _UNIT_HEAD.match(text) and _FIGURE.match(out[-1][1]) \
                and line[match.start() - 2: match.start()] != "  ":
            out[-1] = (out[-1][0], out[-1][1] + text)
            continue
        out.append((column, text))
    return out


def _targets(row: list[tuple[int, str]], tails: list[tuple[int, str]], slack: int = _SLACK) -> list[int] | None:
    """The cell of ``row`` each tail starts under, in order; None when a piece is no tail (a long text, a
    figure other than the rest of the figure above it, a piece under no cell, two pieces under one cell, as
    many pieces as the row has cells, a label with its colon, a total row, a caption with its unit under a
    label, a fund row's name under another)."""
    if not tails or len(tails) >= max(len(row), 2) or pattern("total_row").fullmatch(tails[0][1]):
        return None
    out: list[int] = []
    for column, text in tails:
        if len(text) > MAX_PIECE or ":" in text or "：" in text:
            return None
        near = [i for i, (start, _) in enumerate(row) if abs(start - column) <= slack]
        if len(near) != 1 or (out and near[0] <= out[-1]):
            return None
        above = row[near[0]][1]
        sentence = _in_sentence(above)  # the cell above is a sentence cut by its column (评分标准, 指标解释)
        if _DIGIT.search(text) and not (_FIGURE_REST.match(text) and above[-1:].isdigit()) \
                and not ((sentence or (_in_sentence(text) and near[0] > 0)) and _clause(text)):
            return None  # a figure is a tail only as the rest of a figure the column cut, or inside the sentence
            # going on ("分点扣0.5分。" under "≥60%得满分，每低1个百"; "度，样本200人。" under a 指标解释 cell — not
            # under a row's first cell, a name or a level: a sentence there is the paragraph after the row)
        if above[-1:] in _FIGURE_END and kind(text) is Kind.TEXT and not sentence:
            return None  # nor is a word the rest of a figure ("100%" / "保障覆盖率": it stands under another cell)
        if column_role(text) and column_role(above) and not (sentence or _in_sentence(text)):
            return None  # nor a column's word under another whole one ("三级指标" / "改进措施", another cell's rest)
        if is_caption(text) and unit_of(text) and label_field(row[near[0]][1]):
            return None  # nor a caption with its unit under a whole label ("项目资金(万元)" / "县级主管部门")
        if names_a_fund(text) and row[near[0]][1].endswith(FUND_NAME_END):
            return None  # nor a fund row's name under another whole one ("县级资金" / "其中:中央、省级补助")
        out.append(near[0])
    return out


_WIDE_PIECES = 3  # pieces of a line lined up by width that can be the rests of a row's cells
_WIDE_SLACK = 2  # display columns such a piece may start off its cell's start (a hand-padded line is rougher)


def _worded(pieces: list[tuple[int, str]], cells: int) -> bool:
    """Only a few words, or clauses of words (a row of many cells may wrap as many long texts: 指标解释, 评分标准)."""
    few = len(pieces) <= _WIDE_PIECES or (len(pieces) <= cells // 2
                                          and all(kind(text) is Kind.TEXT for _, text in pieces))
    return len(pieces) > 0 and few and not any(_DIGIT.search(text) and not _clause(text) for _, text in pieces)


_CLAUSE_HAN = 2  # Chinese characters of a piece of a sentence, beside any figure in it


def _in_sentence(text: str) -> bool:
    """A cell's text holds a sentence's marks: no value and no column's word ("达到目标值得满分，未达")."""
    return any(mark in text for mark in _SENTENCE_MARKS)


_SENTENCE_MARKS = "，。；、"


def _clause(text: str) -> bool:
    """A piece of a sentence: words, perhaps with a figure inside ("扣0.5分。", "样本300人。"), no value of a cell."""
    return kind(text) is Kind.TEXT and len(HAN.findall(text)) >= _CLAUSE_HAN


def join_layout_rows(text: str) -> str:
    """The text with each wrapped row's tails joined onto their cells and the row as tab-separated cells
    (see the module); text with no such row comes back unchanged."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    joined: list[bool] = []
    out: list[str] = []
    seen: set[str] = set()  # the lines above the one looked at (a running head, the header said again)
    index = 0
    while index < len(lines):
        line = lines[index]
        skip = "  " not in line.strip() or len(line) > 40 * MAX_CELLS or "\t" in line or "|" in line \
            or is_record_line(line)  # "指标名称：…  分值：15  得分：15": one record's labelled fields, no row of cells
        row = [] if skip else _tokens(line)
        if not _MIN_TOKENS <= len(row) <= MAX_CELLS:
            out.append(line)
            joined.append(False)
            seen.add(line.strip())
            index += 1
            continue
        cells = [text for _, text in row]
        following, tails = index + 1, 0
        furniture: list[str] = []  # a page's foot and head between the row and its tails (a row the page cut)
        while following < len(lines) and tails < MAX_TAILS:
            targets, pieces = _tail_targets(line, row, lines[following])
            if targets is None and not tails and not furniture:
                resume = _past_page_break(lines, following, seen)
                if resume is not None:
                    targets, pieces = _tail_targets(line, row, lines[resume])
                    if targets is not None:
                        furniture, following = lines[following:resume], resume
            if targets is None:
                break
            for target, (_, piece) in zip(targets, pieces, strict=True):
                cells[target] += piece
            following, tails = following + 1, tails + 1
        out += ["\t".join(cells) if tails else line, *furniture]
        joined += [tails > 0, *(False for _ in furniture)]
        seen.update(other.strip() for other in lines[index:following])
        index = following
    if not any(joined):
        return text
    return "\n".join(table_around(out, joined, lambda line: len(_CELL_GAP.findall(line)) >= 2,
                                  lambda line: [text for _, text in _tokens(line)]))


_CELL_GAP = re.compile(r"\S {2,}\S")
_PAGE = re.compile(PAGE_MARK)
_BREAK_LINES = 8  # lines a page break puts between a row and its rest: blanks, the page mark, running head, header


def _tail_targets(line: str, row: list[tuple[int, str]], below: str) -> tuple[list[int] | None, list[tuple[int, str]]]:
    """The cells of ``row`` (``line``'s) the pieces of ``below`` go on, by characters or else by display width, and
    the pieces."""
    pieces = _tokens(below)
    targets = _targets(row, pieces)
    if targets is None and not line.isascii() and _worded(pieces, len(row)):
        # the columns may line up on screen instead (by width): then only a few words of wrapped text
        # (a figure's rest lines up by characters; a line of figures under a row is the next row)
        targets = _targets(_tokens(line, wide=True), _tokens(below, wide=True), _WIDE_SLACK)
    return targets, pieces


def _past_page_break(lines: list[str], at: int, seen: set[str]) -> int | None:
    """The first line after a page's furniture starting at ``at`` — blank lines, a page mark ("- 1 -", "第 1 页"),
    lines said above (the running head, the table's header repeated) — or None when no page mark is there."""
    marked = False
    for index in range(at, min(len(lines), at + _BREAK_LINES)):
        text = lines[index].strip()
        if _PAGE.fullmatch(text):
            marked = True
        elif text and text not in seen:
            return index if marked else None
    return None


def table_around(lines: list[str], joined: list[bool], is_row: Callable[[str], bool],
                 cells: Callable[[str], list[str]]) -> list[str]:
    """``lines`` with each line next to a joined row (up or down, through rows of cells) that ``is_row`` as
    tab-separated ``cells``: the rows of the same table that did not wrap."""
    for step in (1, -1):
        order = range(len(lines)) if step == 1 else range(len(lines) - 1, -1, -1)
        inside = False
        for i in order:
            line = lines[i]
            if joined[i] or "\t" in line:
                inside = True
            elif inside and "|" not in line and is_row(line):
                lines[i] = "\t".join(cells(line))
            else:
                inside = False
    return lines
