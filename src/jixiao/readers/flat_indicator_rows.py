"""Reading the rows of an indicator block from the cells after its header: where the block stops, cutting
the stream into rows that fit the columns (line by line where the lines are rows), and its total row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from jixiao.lexicon import lexicon, roles
from jixiao.readers.align import Alignment, align, charge, costed, indicator_check
from jixiao.readers.cells import Kind, fit, kind, splits
from jixiao.readers.extract.table_columns import name_with_target
from jixiao.readers.extract.table_indicators import split_block_weight
from jixiao.readers.extract.values import number_in
from jixiao.readers.flat_cut_rows import settle_cut_row
from jixiao.readers.flat_figure_names import level_run_into_name, name_with_its_figure
from jixiao.readers.flat_goal_rows import goal_rows, is_goal_header
from jixiao.readers.flat_headers import Header, header_at
from jixiao.readers.flat_lead_level import with_lead_level
from jixiao.readers.flat_level_columns import settle_level_columns
from jixiao.readers.flat_noted import noted_rows
from jixiao.readers.flat_spaced import EMPTY_SLOT
from jixiao.readers.flat_stacked_rows import stacked_rows
from jixiao.readers.flat_table_cells import (
    FlatTable,
    is_form_end,
    is_goal,
    is_label,
    is_sign_off,
    is_stated_total,
    is_total,
    put_row,
)
from jixiao.readers.flat_tokens import Token
from jixiao.readers.flat_weighted import weighted_cell_rows
from jixiao.readers.flat_words import CLAUSE
from jixiao.readers.textnorm import compact, match_text

_MAX_ROW = 14  # cells in one indicator row, fused ones counted once

_STRAY = 2.5  # what leaving a cell of an indicator block out of every row costs
_LEVEL_WEIGHTS = frozenset({"level1_weight", "level2_weight"})


def indicator_rows(tokens: Sequence[Token], header: Header, out: FlatTable) -> int:
    names = lexicon()["column_names"]
    cols = with_lead_level(tokens, header.end, header.roles)
    # (a name column headed "三级指标（年度指标值）" keeps its heading: the table reader takes the targets from it)
    titled = next((t.text for t in tokens[header.start: header.end] if name_with_target(t.text)), None)
    out.add([titled if r == "name" and titled else names.get(r, r) for r in cols],
            [tokens[header.start].line] * len(cols))
    out.used.update(range(header.start, header.end))
    if "stack_kind" in cols:  # 类别 | 指标值 over 年度目标 / 实际完成 rows: the pairs, or no table here
        stacked = stacked_rows(tokens, header.end, cols, out)
        if stacked is None:
            out.rows.clear()
            out.used.clear()
            return header.start + 1
        total = stacked < len(tokens) and is_total(tokens[stacked].text)
        return _total_row(tokens, stacked, cols, out) if total else stacked
    if "weight" not in cols:  # a sheet printing the weights in its cells: "相关性(5 分)"
        weighted = weighted_cell_rows(tokens, header.end, cols)
        if weighted is not None:
            rows, where, end = weighted
            for row, at in zip(rows, where, strict=True):
                out.add(row, [tokens[i].line if i is not None else None for i in at])
            out.used.update(range(header.end, end))
            return end
    end = header.end
    while end < len(tokens) and not _block_stop(tokens, end):
        end += 1
    numbered_total = _numbered_total(tokens, header.end, end)
    end -= numbered_total  # "10 | 合计 | 100 | 89.6": the total row's number is no cell of the last row
    while end - 1 > header.end and _heading_after_rows(tokens, end - 1):
        end -= 1  # "（三）满意度指标（20分）" after rows written one a line: the next group's heading, text
    # (rows a fused line's reader cut column by column, :mod:`.flat_level_weights`: their notes are their cells')
    placed = header.end < end and tokens[header.end].in_row and tokens[header.end].guessed \
        and not tokens[header.end].celled
    # (a header naming its levels' 分值 holds the sheet's notes in a column of their own: its rows are cut as cells)
    noted = None if is_goal_header(cols) or placed or _LEVEL_WEIGHTS & set(cols) \
        else noted_rows(tokens, header.end, end, cols)
    if is_goal_header(cols):  # names and goal text: rows cut by count, or none
        goal_rows(tokens, header.end, end, cols, out)
    elif noted is not None:  # scoring notes between the cells: rows read by content, every cell guessed
        read, leveled = noted
        if leveled:  # the level cells between the rows: a column of their own
            out.rows[-1].insert(0, names["level1"])
            out.lines[-1].insert(0, out.lines[-1][0])
        for row, at, span in read:  # the notes between the rows stay text
            out.add(row, at, [c for c, cell in enumerate(row) if cell])
            out.used.update(span)
    else:
        tokens = _without_serials(tokens, header.start, end)
        first = len(out.rows)
        _segment(tokens, header.end, end, cols, out)
        settle_level_columns(out, first, cols)  # "项目效益 | 25 | 经济效益 …": a 二级 by the levels' weights
        if "coefficient" in cols and _coefficients_lost(tokens[header.end: end], cols, out.rows[first:]):
            out.guessed.update((r, c) for r in range(first, len(out.rows)) for c, role in enumerate(cols)
                               if role in ("weight", "score"))
        if out.used and not any(t.text for t in tokens[max(out.used) + 1:]):  # its last row ends the text: cut?
            settle_cut_row(out, cols)
        elif out.used and end == len(tokens):
            _cut_last_line(tokens, max(out.used) + 1, cols, out)
    if len(out.rows) == 1:  # a header over nothing this reader can cut into rows: leave it to others
        out.rows.clear()
        out.used.clear()
        return header.start + 1
    if numbered_total:
        out.used.add(end)
        end += 1
    if end < len(tokens) and is_total(tokens[end].text):
        end = _total_row(tokens, end, cols, out)
    return end


def _coefficients_lost(tokens: Sequence[Token], cols: list[str], rows: list[list[str]]) -> bool:
    """A 得分系数 column whose percent signs a viewer dropped ("100" for "100%"): no cell of the block bears a %,
    and the column does not hold a fraction (≤ 1) on every row. Its figures and the weights are then told apart by
    nothing: which is the weight is a guess."""
    if any(kind(t.text) is Kind.PERCENT for t in tokens):
        return False
    at = cols.index("coefficient")
    written = [number_in(row[at]) if at < len(row) else None for row in rows]
    return not all(value is not None and value <= 1 for value in written)


def _numbered_total(tokens: Sequence[Token], start: int, end: int) -> int:
    """1 when the block's stop is a total row opening on its number (序号 "10", then 合计 on the same line), else 0."""
    if end >= len(tokens) or end - 1 <= start or not is_total(tokens[end].text):
        return 0
    number = tokens[end - 1]
    same_line = number.row_start and number.line == tokens[end].line
    return 1 if same_line and re.fullmatch(r"\d{1,3}", number.text) else 0


_OUTLINE = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])")


_TABLE_CAPTION = re.compile(r"^附?表\s*\d{1,2}(?!\d)")


def _heading_after_rows(tokens: Sequence[Token], i: int) -> bool:
    """An outline heading or a numbered table caption ("表2 效益指标完成情况") alone on its line right before the
    next block, after a row the source wrote as a line of cells or one cell a line."""
    token = tokens[i]
    return (not token.in_row and tokens[i - 1].line != token.line
            and (_OUTLINE.match(token.text) is not None or _TABLE_CAPTION.match(token.text) is not None))


def _block_stop(tokens: Sequence[Token], i: int) -> bool:
    text = tokens[i].text
    if is_goal(text) and _level2_in_row(tokens, i):
        return False
    if is_total(text) or is_form_end(text) or is_goal(text) or is_label(text) or is_stated_total(text) \
            or is_sign_off(text):
        return True
    return header_at(tokens, i) is not None


_FIGURE_KINDS = (Kind.NUMBER, Kind.PERCENT, Kind.AMOUNT, Kind.COMPARED)


def _without_serials(tokens: Sequence[Token], start: int, end: int) -> Sequence[Token]:
    """A form numbered line by line ("3 | 一级指标 | …" over "4 | 产出指标 | …", "5 | …"): when the header's line and
    the rows' lines each open on the next whole number, those numbers are blanked (a serial is no weight or score
    of the row before it); else the tokens as they are."""
    if start == 0 or not tokens[start - 1].row_start or tokens[start - 1].line != tokens[start].line \
            or not re.fullmatch(r"\d{1,3}", tokens[start - 1].text):
        return tokens
    expected = int(tokens[start - 1].text) + 1
    serials = []
    for k in range(start, end):
        if tokens[k].row_start and tokens[k].text == str(expected):
            serials.append(k)
            expected += 1
    if len(serials) < 2:
        return tokens
    out = list(tokens)
    for k in serials:
        out[k] = replace(tokens[k], text="")
    return out


def _level2_in_row(tokens: Sequence[Token], i: int) -> bool:
    """"绩效目标" is also the 决策 block's 二级 (项目立项 / 绩效目标 / 资金投入): inside the indicator table, after
    its 一级 cell or within a row of cells, it is a level cell, not the goal row that starts another block."""
    if kind(tokens[i].text) != Kind.LEVEL2:
        return False
    if tokens[i].in_row and not tokens[i].row_start:
        return True
    if i > 0 and kind(tokens[i - 1].text) == Kind.LEVEL1:
        return True
    # one cell a line: a short name and then a figure follow, as in the rows around it (a goal row holds prose)
    ahead = [kind(t.text) for t in tokens[i + 1: i + 3]]
    return len(ahead) == 2 and ahead[0] == Kind.TEXT and len(tokens[i + 1].text) <= 20 and ahead[1] in _FIGURE_KINDS


def _segment(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> None:
    """Cut tokens[start:end] into rows: the cut whose rows fit the columns best (a dynamic programme
    over row ends; a row starting where the source starts a line of several cells earns a bonus)."""
    if _by_lines(tokens, start, end, cols, out):
        return
    n = end - start
    best: list[float] = [float("-inf")] * (n + 1)
    choice: list[tuple[int, Alignment] | None] = [None] * (n + 1)
    best[0] = 0.0
    texts = [t.text for t in tokens[start:end]]
    # no marks: targets and actuals, or targets alone (a 绩效目标表 with its units and comparators)
    marks = ("weight", "score") if {"weight", "score"} & set(cols) else ("actual",) if "actual" in cols else ("target",)
    # "序号 | 三级指标 | 分值 | 年度指标值 | 实际完成值 [| 偏差原因]": rows end on their actual (a blank note left out)
    actual_last = "actual" in cols and cols[-1] in ("actual", "deviation") and cols.index("actual") >= len(cols) - 2
    noted_last = actual_last and cols[-1] == "deviation"  # (or on the note after it: "43.2万人次 | 闭馆一个月")
    remedied = cols[-2:] == ["deviation", "remedy"]  # 原因 | 改进措施: a row may end on the measures after its note
    # "一、产出指标（50分）" / "（一）数量指标" between the rows of a table with no level column: a row of its own
    headings = set() if {"level1", "level2"} & set(cols) else {a for a in range(n) if _level_heading(texts[a])}
    # "项目效益（35分） | 经济效益指标 | 指标1：" over no values: a template's empty slot, a row of its levels alone
    slots = {a for a in range(n) if "指标" in texts[a] and EMPTY_SLOT.fullmatch(texts[a].strip())} \
        if "level1" in cols and "level2" in cols else set()
    for a in range(n):
        if best[a] == float("-inf"):
            continue
        if a in headings:
            best[a + 1], choice[a + 1] = best[a], (a, Alignment())
            continue
        slot = _slot_row(texts, a, slots) if slots else None
        if slot is not None and best[a] + slot[1].score > best[slot[0]]:
            best[slot[0]], choice[slot[0]] = best[a] + slot[1].score, (a, slot[1])
        charge(3 * _MAX_ROW)  # rows tried from here (readings cached or not)
        if best[a] - _STRAY > best[a + 1]:  # a cell no row can hold ("经济效益指标" over an empty group)
            best[a + 1], choice[a + 1] = best[a] - _STRAY, None
        sub_row = texts[a].startswith("其中")  # "其中羊养殖数量 | 240只 | 240只": ends on its actual value
        for b in range(a + 1, min(n, a + _MAX_ROW) + 1):
            if b - 1 in headings:
                break
            if not _may_end(texts, b - 1, remedied) \
                    and not ((sub_row or actual_last) and kind(texts[b - 1]) is Kind.AMOUNT) \
                    and not (noted_last and b >= 2 and kind(texts[b - 2]) in (Kind.AMOUNT, Kind.PERCENT)):
                continue
            reading = _row_reading(tuple(texts[a:b]), tuple(cols))
            if reading.score == float("-inf") or "name" not in reading.cells or not (
                    any(m in reading.cells for m in marks)
                    or reading.cells["name"].startswith("其中")) \
                    or _column_word(reading.cells["name"]):  # a sub-row (其中…) holds values only, never an indicator
                continue
            bonus = (0.8 if tokens[start + a].row_start else 0.0) + (
                0.8 if b == n or tokens[start + b].row_start else 0.0)
            total = best[a] + reading.score + bonus
            if total > best[b]:
                best[b], choice[b] = total, (a, reading)
    b = n
    rows: list[tuple[int, int, Alignment]] = []
    while b > 0:
        step = choice[b]
        if step is None:
            b -= 1
            continue
        a, reading = step
        rows.append((a, b, reading))
        b = a
    for a, b, reading in reversed(rows):
        if a in headings:  # the level (and its block weight) in the first column: the reader carries it down
            out.add([texts[a]] + [""] * (len(cols) - 1), [tokens[start + a].line] + [None] * (len(cols) - 1))
            out.used.add(start + a)
        else:
            put_row(out, cols, reading, tokens, start + a, start + b)


_SLOT_ROW = 0.5  # what a row of level cells over an empty slot is worth (more than leaving its cells stray)


def _slot_row(texts: list[str], a: int, slots: set[int]) -> tuple[int, Alignment] | None:
    """The row from texts[a] of up to two level cells (a 一级's before a 二级's) ending on an empty slot, as the
    table a Word file gives has it, and the index after it; None when no such row starts there."""
    for b in range(a, min(a + 3, len(texts))):
        if b in slots:
            levels = [kind(text) for text in texts[a:b]]
            if levels not in ([], [Kind.LEVEL1], [Kind.LEVEL2], [Kind.LEVEL1, Kind.LEVEL2]):
                return None
            roles = ["level1" if k is Kind.LEVEL1 else "level2" for k in levels] + ["name"]
            return b + 1, Alignment({role: texts[a + k] for k, role in enumerate(roles)}, set(), _SLOT_ROW,
                                    {role: k for k, role in enumerate(roles)})
        if kind(texts[b]) not in (Kind.LEVEL1, Kind.LEVEL2):
            return None
    return None


def _cut_last_line(tokens: Sequence[Token], start: int, cols: list[str], out: FlatTable) -> None:
    """The text's last line, after the block's rows, holding a row's first cells and no figure ("质量指标 指标1:某某
    合规性 严格执行相关制度 严格执行相关"): the row the excerpt's end cut before its 分值 and 得分. Read as far as it
    goes (a name and its target or actual, in the columns' order), every cell guessed; no weight, no score."""
    at = [i for i in range(start, len(tokens)) if tokens[i].text]
    at = [i for k, i in enumerate(at) if not _template_number(tokens, at, k)]
    if not 2 <= len(at) <= len(cols) or len({tokens[i].line for i in at}) != 1 or tokens[at[0]].line in {
            line for row in out.lines for line in row if line is not None}:
        return
    cells = tuple(tokens[i].text for i in at)
    ruled = _cut_in_rule(cells, cols)
    if any(kind(cell) in _FIGURE_KINDS for cell in cells) and not ruled:
        return
    # (cut inside its scoring sentence: the row holds the columns before the points only)
    reading = _row_reading(cells, tuple(cols[: cols.index("weight")] if ruled else cols))
    if reading.score == float("-inf") or "name" not in reading.cells or _column_word(reading.cells["name"]) \
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


def _template_number(tokens: Sequence[Token], at: list[int], k: int) -> bool:
    """The template's "指标1:" before a name, cut into "指标" and "1": no cell of the row."""
    texts = [tokens[i].text.strip(":：") for i in at]
    if texts[k] == "指标":
        return k + 1 < len(texts) and texts[k + 1].isdecimal()
    return texts[k].isdecimal() and len(texts[k]) <= 2 and k > 0 and texts[k - 1] == "指标"


@lru_cache(maxsize=4096)
def _column_word(text: str) -> bool:
    """"绩效指标" (the whole-unit sheet's side cell, repeated after a page break) names a column, never an
    indicator: a cell no row takes for its name."""
    key = compact(text)
    return any(role == "name_weak" and found.fullmatch(key) for role, found in roles("indicator_columns"))


def _by_lines(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> bool:
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
            if not carried and _level_heading(token.text):
                headings.add(index)
                lines.append([index])
                continue
            if _lone_between_rows(tokens, index, start, end):  # a merged row's second text cell: left as text
                continue
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
        reading = reading or _row_reading(cells, tuple(cols))
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
            blank = len(cols) - 1
            out.add([tokens[indexes[0]].text] + [""] * blank, [tokens[indexes[0]].line] + [None] * blank)
            out.used.add(indexes[0])
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
    reading = _row_reading(marked, tuple(cols))
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


def _level_heading(text: str) -> bool:
    """"一、产出指标（50分）" / "（一）数量指标": an outline number before a level's name (and its block weight)."""
    number = _OUTLINE.match(text)
    if number is None:
        return False
    return kind(split_block_weight(text[number.end():])[0]) in (Kind.LEVEL1, Kind.LEVEL2)


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


def _may_end(texts: list[str], i: int, remedied: bool = False) -> bool:
    """A row ends on a number (its score), a blank, the text after a number (its deviation note), or the text
    after its 指标性质 ("定性 | 长期": a qualitative target, the last cell of a 绩效目标表's row); under a note split
    in two columns (``remedied``: 原因 | 改进措施) also on the measures after a note after a number."""
    cell = kind(texts[i])
    if cell in (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.PERCENT, Kind.YESNO):
        return True
    if i > 0 and kind(texts[i - 1]) in _ENDS_BEFORE_NOTE:
        return True
    return remedied and i > 1 and kind(texts[i - 1]) is Kind.TEXT and kind(texts[i - 2]) in _ENDS_BEFORE_NOTE


_ENDS_BEFORE_NOTE = (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.YESNO, Kind.NATURE)


# a row's reading and the work steps it took; a hit charges them again (see :func:`costed`)
_ROW_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Alignment, int]] = {}


def _row_reading(cells: tuple[str, ...], cols: tuple[str, ...]) -> Alignment:
    key = (cells, cols)
    cached = _ROW_CACHE.get(key)
    if cached is not None:
        charge(cached[1])
        return cached[0]
    if len(_ROW_CACHE) > 20000:
        _ROW_CACHE.clear()
    _ROW_CACHE[key] = found = costed(lambda: _aligned_row(cells, cols))
    return found[0]


def _aligned_row(cells: tuple[str, ...], cols: tuple[str, ...]) -> Alignment:
    reading = align(cells, cols, indicator_check)
    for variant in (name_with_its_figure(cells, cols), level_run_into_name(cells, cols)):
        other = align(variant[0], cols, indicator_check) if variant is not None else None
        if variant is not None and other is not None and other.score > reading.score:
            reading = Alignment(other.cells, other.guessed | {"name", "level2"} & other.cells.keys(), other.score,
                                {role: variant[1][at] for role, at in other.origin.items()})
    return reading


_POINTS = re.compile(r"\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*")


def _total_row(tokens: Sequence[Token], i: int, cols: list[str], out: FlatTable) -> int:
    """总分 | 100 | 96 | 优: the full mark in the weight column, the total in the score column."""
    j = i + 1
    numbers: list[int] = []
    grade: int | None = None
    while j < len(tokens) and len(numbers) + (grade is not None) < 4 and j < i + 12:
        cell = kind(tokens[j].text)
        if cell in (Kind.NUMBER, Kind.FUSED) or _POINTS.fullmatch(tokens[j].text):  # 总分 | 100分
            numbers.append(j)
        elif cell is Kind.GRADE:
            grade = j
        elif cell not in (Kind.EMPTY, Kind.SLASH):
            break
        j += 1
    cells = [""] * len(cols)
    lines: list[int | None] = [None] * len(cols)
    cells[0], lines[0] = tokens[i].text, tokens[i].line
    guessed: list[int] = []
    weight_col = cols.index("weight") if "weight" in cols else None
    score_col = cols.index("score") if "score" in cols else None
    weights = sum(_cell_number(row, weight_col) for row in out.rows[1:])
    scores = sum(_cell_number(row, score_col) for row in out.rows[1:])
    if len(numbers) >= 3 and {"level1_weight", "level2_weight"} & set(cols):
        numbers = numbers[-2:]  # 合计 | 100 | … | 100 | 96.5: the levels' weights first, then the full mark and total
    texts = [tokens[at].text for at in numbers]
    if len(texts) == 1 and weight_col is not None and (kind(texts[0]) is Kind.FUSED or (_number(texts[0]) or 0) > 100):
        split = _full_mark_and_total(texts[0], weights, scores)
        if split is not None:
            texts, numbers = list(split), numbers * 2
            guessed.extend([weight_col, score_col] if score_col is not None else [weight_col])
    points = sorted(cols.index(role) for role in ("weight", "deduction", "score") if role in cols)
    if not guessed and len(points) == 3 and len(texts) == 3:  # 合计 | 100 | 10.4 | 89.6: each under its column
        for col, text, at in zip(points, texts, numbers, strict=True):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) >= 2 and weight_col is not None and score_col is not None:
        # 得分 | 满分: the first number written is the score (a fused "10097.25" is split as full mark, total)
        left, right = (weight_col, score_col) if guessed else sorted((weight_col, score_col))
        for col, text, at in ((left, texts[0], numbers[0]), (right, texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) >= 2 and weight_col is not None and "deduction" in cols:  # 合计 | 100 | 3.26: 分值 and 扣分
        for col, text, at in ((weight_col, texts[0], numbers[0]), (cols.index("deduction"), texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) == 1 and score_col is not None:
        at = numbers[0]
        full = weight_col is not None and _number(texts[0]) == weights == 100 and scores != weights
        col = weight_col if full and weight_col is not None else score_col
        cells[col], lines[col] = texts[0], tokens[at].line
        guessed.append(col)
    if grade is not None:
        col = len(cols) - 1 if len(cols) - 1 not in (weight_col, score_col) else 0
        cells[col] = (cells[col] + " " + tokens[grade].text).strip() if col == 0 else tokens[grade].text
        lines[col] = tokens[grade].line
    out.add(cells, lines, guessed)
    out.used.update(range(i, j))
    return j


def _number(text: str) -> float | None:
    try:
        return float(match_text(text).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def _cell_number(row: list[str], col: int | None) -> float:
    value = _number(row[col]) if col is not None and col < len(row) else None
    return value or 0.0


def _full_mark_and_total(text: str, weights: float, scores: float) -> tuple[str, str] | None:
    """"10097.25" under 分值 and 得分: the full mark and the total run together."""
    best: tuple[float, tuple[str, str]] | None = None
    for first, second in splits(text, 2):
        full, total = _number(first), _number(second)
        if full is None or total is None or total > full or full not in (100.0, weights):
            continue
        distance = abs(total - scores)
        if best is None or distance < best[0]:
            best = (distance, (first, second))
    return best[1] if best else None
