"""Indicator rows the source wrote one a line (each line a row, read by content), and the text's last line
cut short before its points.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from jixiao.readers.align import Alignment
from jixiao.readers.cells import FIGURE_KINDS, Kind, fit, kind
from jixiao.readers.flat_row_reading import column_word, heading_row, level_heading, row_reading
from jixiao.readers.flat_table_cells import FlatTable, put_row
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_words import CLAUSE
from jixiao.readers.textnorm import compact


def cut_last_line(tokens: Sequence[Token], start: int, cols: list[str], out: FlatTable) -> None:
    """The text's last line, after the block's rows, holding a row's first cells and no figure ("质量指标 指标1:某某
    合规性 严格执行相关制度 严格执行相关"): the row the excerpt's end cut before its 分值 and 得分. Read as far as it
    goes (a name and its target or actual, in the columns' order), every cell guessed; no weight, no score."""
    at = [i for i in range(start, len(tokens)) if tokens[i].text]
    texts = [tokens[i].text.strip(":：") for i in at]  # (once: made anew for each cell, n² steps on a long tail)
    at = [i for k, i in enumerate(at) if not _template_number(texts, k)]
    if not 2 <= len(at) <= len(cols) or len({tokens[i].line for i in at}) != 1 or tokens[at[0]].line in {
            line for row in out.lines for line in row if line is not None}:
        return
    cells = tuple(tokens[i].text for i in at)
    ruled = _cut_in_rule(cells, cols)
    if any(kind(cell) in FIGURE_KINDS for cell in cells) and not ruled:
        return
    # (cut inside its scoring sentence: the row holds the columns before the points only)
    reading = row_reading(cells, tuple(cols[: cols.index("weight")] if ruled else cols))
    if reading.score == float("-inf") or "name" not in reading.cells or column_word(reading.cells["name"]) \
            or not {"target", "actual"} & set(reading.cells) \
            or (ruled and reading.cells.get("scoring_rule") != cells[-1]):
        return
    row = [reading.cells.get(c, "") for c in cols]
    out.add(row, [tokens[at[reading.origin[c]]].line if c in reading.origin else None for c in cols],
            [c for c, cell in enumerate(row) if cell])
    out.used.update(range(start, len(tokens)))


def _cut_in_rule(cells: tuple[str, ...], cols: list[str]) -> bool:
    """"某指标 | 6场 | 7场 | 本指标满分6分,…" under a header whose 评分标准 stands before its 分值: the line ends inside
    the row's scoring sentence, so its figures are the target and the actual (values with their units; a bare
    number, which could be a point, leaves the line unread)."""
    return "scoring_rule" in cols and "weight" in cols and cols.index("scoring_rule") < cols.index("weight") \
        and CLAUSE.search(cells[-1]) is not None and not any(kind(cell) is Kind.NUMBER for cell in cells)


def _template_number(texts: list[str], k: int) -> bool:
    """The template's "指标1:" before a name, cut into "指标" and "1" (``texts[k]``, the cells' texts without their
    colons): no cell of the row."""
    if texts[k] == "指标":
        return k + 1 < len(texts) and texts[k + 1].isdecimal()
    return texts[k].isdecimal() and len(texts[k]) <= 2 and k > 0 and texts[k - 1] == "指标"


def by_lines(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> bool:
    """Rows the source wrote one a line ("| 1 | 办结率 | 10 | ≥95% | 96% | 10 |"): each line is a row,
    read by content; no cutting needed. False when the block's cells are not written that way."""
    lines: list[list[int]] = []
    headings: set[int] = set()  # "一、产出指标（50分）" / "（一）数量指标" alone on a line: rows of their own
    carried: list[int] = []  # level cells alone on their lines ("质量指标 | |||||"): the next row's first cells
    # a score sheet (分值 after every level) copied with spaces: its lines of several cells are its rows
    spaced = Counter(t.line for t in tokens[start:end]) if {"level1_weight", "level2_weight"} & set(cols) else None
    for index in range(start, end):
        token = tokens[index]
        if not token.in_row and token.text and not (spaced and spaced[token.line] >= 3):
            level = kind(token.text)
            if level in (Kind.LEVEL1, Kind.LEVEL2) and len(carried) < 4:  # the row's reading drops empty groups
                carried.append(index)
                continue
            if _PLACEHOLDER.fullmatch(compact(token.text)):  # the template's empty "……" / "指标2：" row
                continue
            if not carried and level_heading(token.text):
                headings.add(index)
                lines.append([index])
                continue
            if _lone_between_rows(tokens, index, start, end):  # a merged row's second text cell: left as text
                continue
            if index == len(tokens) - 1 and lines and not {"weight", "score"} & set(cols):
                break  # a row with no points the text's end cut inside its name: nothing of it to read
            return False
        if lines and tokens[lines[-1][-1]].line == token.line and not carried:
            lines[-1].append(index)
        else:
            lines.append([*carried, index])
            carried = []
    rows = []
    for indexes in lines:
        if indexes[0] in headings:
            continue
        cells = tuple(tokens[i].text for i in indexes)
        reading = _in_place(cells, cols) if tokens[indexes[0]].in_row else None
        reading = reading or row_reading(cells, tuple(cols))
        if reading.score == float("-inf") and tokens[indexes[0]].in_row:
            reading = _graded_target(cells, cols)
        if reading.score == float("-inf") or "name" not in reading.cells:
            return False  # a line that is no row (a continuation, a note): let the cutter decide
        rows.append((indexes[0], indexes[-1] + 1, reading))
    if not rows:
        return False
    placed = {first: (after, reading) for first, after, reading in rows}
    for indexes in lines:
        if indexes[0] in headings:  # the level and its block weight, in the first column (the reader carries it down)
            heading, guessed, taken = heading_row([tokens[i].text for i in indexes], cols)
            out.add(heading, [tokens[indexes[0]].line if cell else None for cell in heading], guessed)
            out.used.update(indexes[:taken])
        elif indexes[0] in placed:
            put_row(out, cols, placed[indexes[0]][1], tokens, indexes[0], placed[indexes[0]][0])
    return True


_AS_TEXT = "\u2060"  # a mark that makes a grade word read as text for one reading, taken off again after


def _graded_target(cells: tuple[str, ...], cols: list[str]) -> Alignment:
    """"某指标 | 良好 | 良好 | 10" on a line of its own: a 定性 target met, the grade word written as target and as
    actual (a grade word is no target anywhere else: a row the page did not write as a line keeps that rule)."""
    pair = next((i for i in range(len(cells) - 1) if cells[i] == cells[i + 1] and kind(cells[i]) is Kind.GRADE), None)
    if pair is None:
        return Alignment()
    marked = tuple(cell + _AS_TEXT if i == pair else cell for i, cell in enumerate(cells))
    reading = row_reading(marked, tuple(cols))
    if reading.cells.get("target") != marked[pair]:
        return Alignment()
    return Alignment({role: cell.replace(_AS_TEXT, "") for role, cell in reading.cells.items()},
                     reading.guessed, reading.score, reading.origin)


def _lone_between_rows(tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    """"社会效益 | 某指标 | 目标 | 实际 |" then "另一段文字 |" alone, then the next line of cells: a text the page
    printed in a cell of its own under a row whose other cells a merge covers (a second name for the same values),
    no row."""
    return start < i < end - 1 and tokens[i - 1].in_row and tokens[i + 1].in_row and tokens[i + 1].row_start \
        and tokens[i - 1].line != tokens[i].line != tokens[i + 1].line and kind(tokens[i].text) is Kind.TEXT


def _in_place(cells: tuple[str, ...], cols: list[str]) -> Alignment | None:
    """A ruled row that starts with empty cells ("| | | 项目效益 | 35 | 受益人数 | 35 | 33 |": the cells
    merged with the rows above), or with its first level and short of its last cells ("| 满意度指标 | 服务对象
    满意度指标 | 满意度 | ≥ | 95 | % | 95 | 10 |", no score written): each cell in its column, when every one fits
    there (the short row: fits well); else None."""
    led = bool(cells[0]) and cols[0] == "level1" and (fit("level1", cells[0]) or 0.0) >= 2.0 and len(cells) < len(cols)
    if (cells[0] and not led) or len(cells) > len(cols) or not any(cells):
        return None
    fits = [fit(role, cell) for role, cell in zip(cols, cells, strict=False)]
    if any(f is None for f in fits) or (led and any(f < _WELL for f, cell in zip(fits, cells, strict=False)
                                                    if f is not None and cell.strip())):
        return None
    placed = {role: (cell, c) for c, (role, cell) in enumerate(zip(cols, cells, strict=False)) if cell.strip()}
    return Alignment({role: cell for role, (cell, _) in placed.items()}, set(),
                     sum(f for f in fits if f is not None), {role: c for role, (_, c) in placed.items()})


_PLACEHOLDER = re.compile(r"…+|\.{3,}|指标\d{1,2}")


_WELL = 0.15  # a cell that fits its column only as a last resort (a level outside the frameworks' words) does not
