"""Reading the rows of an indicator block from the cells after its header: cutting the stream, up to where the
block stops (:mod:`.flat_block_stops`), into rows that fit the columns (line by line where the lines are rows), and
its total row.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from jixiao.lexicon import lexicon
from jixiao.readers.align import Alignment, charge
from jixiao.readers.cells import Kind, is_points, kind
from jixiao.readers.extract.table_columns import name_with_target
from jixiao.readers.extract.values import number_in
from jixiao.readers.flat_block_stops import block_stop, heading_after_rows, numbered_total, weighted_group
from jixiao.readers.flat_cut_rows import settle_cut_level, settle_cut_row
from jixiao.readers.flat_dropped_cells import without_restated_names, without_serials
from jixiao.readers.flat_goal_rows import goal_rows, is_goal_header
from jixiao.readers.flat_headers import Header
from jixiao.readers.flat_lead_level import with_lead_level
from jixiao.readers.flat_level_columns import settle_level_columns
from jixiao.readers.flat_level_summary import is_level_summary, level_summary_rows
from jixiao.readers.flat_line_rows import by_lines, cut_last_line
from jixiao.readers.flat_noted import noted_rows
from jixiao.readers.flat_row_reading import (
    LEVEL_COLUMNS,
    OUTLINE,
    column_word,
    heading_level,
    heading_row,
    row_reading,
    serial_level,
)
from jixiao.readers.flat_spaced import EMPTY_SLOT
from jixiao.readers.flat_stacked_rows import stacked_rows
from jixiao.readers.flat_table_cells import FlatTable, is_total, put_row
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_total_rows import total_row
from jixiao.readers.flat_weighted import weighted_cell_rows

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
    if is_level_summary(cols):  # 一级指标 | 分值 | 得分 | 得分率: the blocks' points, no indicator in its rows
        end = level_summary_rows(tokens, header.end, cols, out)
        if end > header.end:
            return end
        out.rows.clear()
        out.used.clear()
        return header.start + 1
    if "stack_kind" in cols:  # 类别 | 指标值 over 年度目标 / 实际完成 rows: the pairs, or no table here
        stacked = stacked_rows(tokens, header.end, cols, out)
        if stacked is None:
            out.rows.clear()
            out.used.clear()
            return header.start + 1
        total = stacked < len(tokens) and is_total(tokens[stacked].text)
        return total_row(tokens, stacked, cols, out) if total else stacked
    if "weight" not in cols:  # a sheet printing the weights in its cells: "相关性(5 分)"
        weighted = weighted_cell_rows(tokens, header.end, cols)
        if weighted is not None:
            rows, where, end = weighted
            for row, at in zip(rows, where, strict=True):
                out.add(row, [tokens[i].line if i is not None else None for i in at])
            out.used.update(range(header.end, end))
            return end
    end = header.end
    while end < len(tokens) and not block_stop(tokens, end):
        end += 1
    serial_total = numbered_total(tokens, header.end, end)
    end -= serial_total  # "10 | 合计 | 100 | 89.6": the total row's number is no cell of the last row
    while end - 1 > header.end and heading_after_rows(tokens, end - 1):
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
        tokens = without_restated_names(without_serials(tokens, header.start, end), header.end, end, cols)
        first = len(out.rows)
        _segment(tokens, header.end, end, cols, out)
        settle_level_columns(out, first, cols)  # "项目效益 | 25 | 经济效益 …": a 二级 by the levels' weights
        if "coefficient" in cols and _coefficients_lost(tokens[header.end: end], cols, out.rows[first:]):
            out.guessed.update((r, c) for r in range(first, len(out.rows)) for c, role in enumerate(cols)
                               if role in ("weight", "score"))
        if not any(t.in_row for t in tokens[header.end: end]):  # one cell a line: a lost cell leaves no gap
            out.guessed.update(_short_rows(out.rows[first:], cols, first))
        if _cut_by_content(tokens, header, cols):
            out.guessed.update((r, c) for r in range(first, len(out.rows)) for c, cell in enumerate(out.rows[r])
                               if cell)
        if out.used and not any(t.text for t in tokens[max(out.used) + 1:]):  # its last row ends the text: cut?
            settle_cut_level(out, cols)
            settle_cut_row(out, cols)
        elif out.used and end == len(tokens):
            cut_last_line(tokens, max(out.used) + 1, cols, out)
    if len(out.rows) == 1:  # a header over nothing this reader can cut into rows: leave it to others
        out.rows.clear()
        out.used.clear()
        return header.start + 1
    if serial_total:
        out.used.add(end)
        end += 1
    if end < len(tokens) and is_total(tokens[end].text):
        end = total_row(tokens, end, cols, out)
    return end


def _cut_by_content(tokens: Sequence[Token], header: Header, cols: list[str]) -> bool:
    """A header run together on one line with no rule or space between its words, over rows with no 分值 or 得分
    ("一级指标二级指标三级指标年初目标值实际完成值…"): no figure of points ends a row, so where each row ends is read
    from its cells' content (a worded actual, the next row's level word), a guess: every cell is marked so."""
    return not {"weight", "score"} & set(cols) \
        and not any(t.in_row or t.celled for t in tokens[header.start: header.end])


def _coefficients_lost(tokens: Sequence[Token], cols: list[str], rows: list[list[str]]) -> bool:
    """A 得分系数 column whose percent signs a viewer dropped ("100" for "100%"): no cell of the block bears a %,
    and the column does not hold a fraction (≤ 1) on every row. Its figures and the weights are then told apart by
    nothing: which is the weight is a guess."""
    if any(kind(t.text) is Kind.PERCENT for t in tokens):
        return False
    at = cols.index("coefficient")
    written = [number_in(row[at]) if at < len(row) else None for row in rows]
    return not all(value is not None and value <= 1 for value in written)


_FIGURE_ROLES = ("target", "actual", "weight", "score")


def _short_rows(rows: list[list[str]], cols: list[str], first: int) -> set[tuple[int, int]]:
    """The weight and score cells of the rows short of a figure in a block written one cell a line whose rows (three
    or more) otherwise fill every one of target, actual, weight and score: "名称 | 43.2 | 37.24 | 9" among rows of
    four figures lost one, and which is gone (its weight or its target) is a guess. (row, column) pairs."""
    at = [c for c, role in enumerate(cols) if role in _FIGURE_ROLES]
    counts = [sum(1 for c in at if c < len(row) and row[c].strip()) for row in rows]
    if len(at) < 4 or counts.count(len(at)) < 3:
        return set()
    return {(first + r, c) for r, count in enumerate(counts) if 0 < count < len(at)
            for c in at if cols[c] in ("weight", "score")}




def _segment(tokens: Sequence[Token], start: int, end: int, cols: list[str], out: FlatTable) -> None:
    """Cut tokens[start:end] into rows: the cut whose rows fit the columns best (a dynamic programme
    over row ends; a row starting where the source starts a line of several cells earns a bonus)."""
    if by_lines(tokens, start, end, cols, out):
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
    numbered = cols[0] == "number"  # a 序号 column: a row also ends right before the next row's number
    # "一、产出指标（50分）" / "（一）数量指标" between the rows of a table with no column of its level: its own row
    headings = {a: 1 for a in range(n) if (level := heading_level(texts[a])) is not None and level not in cols}
    # "一、产出指标 | 50 | 48.27" in a table with no level column: the figures right after it are its row's (the
    # table reader's outline row, :func:`.extract.tables.outline_level_row`, takes them as the block's)
    if not LEVEL_COLUMNS & set(cols):
        headings = {a: 1 + _heading_figures(tokens, start + a, start + n, cols) for a in headings}
    # "二、个性指标（70分）": a numbered group of indicators with its points, the table's own group row (no note)
    headings.update((a, 1) for a in range(n) if OUTLINE.match(texts[a]) and weighted_group(texts[a]))
    spaced: dict[int, list[str]] = {}  # such a heading's cells, where it is a 序号 and its level in one piece
    if "number" in cols:  # "1 | 产出指标" over "1.1 | 数量指标" in a 序号 column: the level rows the tables read,
        # each right over its first child's number (not "8 | 服务对象满意度 | 15 …", an indicator's row)
        filled = [k for k in range(n) if texts[k].strip()]  # (a web copy's empty cells between)
        headings.update((a, 2) for a, after in zip(filled, filled[2:], strict=False) if texts[a + 1].strip()
                        and texts[after].startswith(texts[a].strip() + ".")
                        and (level := serial_level(texts[a: a + 2])) is not None and level not in cols)
        # ("1 产出指标" / "1.1 数量指标" when a row's spaces were its only separators: the two cells one piece)
        spaced = {a: pair for a, after in pairwise(filled) if " " in texts[a]
                  and texts[after].startswith((pair := texts[a].split(" ", 1))[0] + ".")
                  and (level := serial_level(pair)) is not None and level not in cols}
        headings.update((a, 1) for a in spaced)
    # "项目效益（35分） | 经济效益指标 | 指标1：" over no values: a template's empty slot, a row of its levels alone
    slots = {a for a in range(n) if "指标" in texts[a] and EMPTY_SLOT.fullmatch(texts[a].strip())} \
        if "level1" in cols and "level2" in cols else set()
    for a in range(n):
        if best[a] == float("-inf"):
            continue
        if a in headings:
            best[a + headings[a]], choice[a + headings[a]] = best[a], (a, Alignment())
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
                    and not (actual_last and numbered and _next_number(texts, a, b)) \
                    and not (noted_last and b >= 2 and kind(texts[b - 2]) in _VALUES_BEFORE_NOTE):
                continue
            reading = row_reading(tuple(texts[a:b]), tuple(cols))
            if reading.score == float("-inf") or "name" not in reading.cells or not (
                    any(m in reading.cells for m in marks)
                    or reading.cells["name"].startswith("其中")) \
                    or column_word(reading.cells["name"]):  # a sub-row (其中…) holds values only, never an indicator
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
    last = max((b for a, b, _ in rows if a not in headings), default=0)
    for a, b, reading in reversed(rows):
        if a in headings and a >= last:
            continue  # "（二）满意度指标" after the last row: the next table's heading, a line of its own
        if a in headings:  # the level (and its block weight) in the first column: the reader carries it down
            cells, guessed, taken = (spaced[a], [], b - a) if a in spaced else heading_row(texts[a:b], cols)
            cells = cells if taken == b - a else texts[a:b]  # ("1 | 产出指标": a 序号 and its level, as written)
            cells = cells + [""] * (len(cols) - len(cells))
            out.add(cells, [tokens[start + a].line if cell else None for cell in cells], guessed)
            out.used.update(range(start + a, start + b))
        else:
            put_row(out, cols, reading, tokens, start + a, start + b)


def _heading_figures(tokens: Sequence[Token], i: int, end: int, cols: list[str]) -> int:
    """How many figures after the outline heading at ``i`` are its block's points and score (at most as many as the
    header has 分值 and 得分 columns): on its line, or, one cell a line, before the next text (a row opens on its
    name); under a 序号 column only its line's (a figure on the next line may open the next row)."""
    line, numbered = tokens[i].line, "number" in cols
    most = sum(role in ("weight", "score") for role in cols[1:])
    count = 0
    while i + 1 + count < end and count <= most and kind(tokens[i + 1 + count].text) is Kind.NUMBER \
            and (tokens[i + 1 + count].line == line or not (numbered or tokens[i + 1 + count].in_row)):
        count += 1
    return count if count <= most else 0


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


def _next_number(texts: list[str], a: int, b: int) -> bool:
    """Whether the row texts[a:b] opens on a 序号 and texts[b] is the next one ("5 … 已实现" before "6 …")."""
    first = texts[a].strip()
    return b < len(texts) and first.isdecimal() and len(first) <= 3 and texts[b].strip() == str(int(first) + 1)


def _may_end(texts: list[str], i: int, remedied: bool = False) -> bool:
    """A row ends on a number (its score, or its points written with 分: "9.5分"), a blank, the text after a number
    (its deviation note), or the text after its 指标性质 ("定性 | 长期": a qualitative target, the last cell of a
    绩效目标表's row); under a note split in two columns (``remedied``: 原因 | 改进措施) also on the measures after a
    note after a number."""
    cell = kind(texts[i])
    if cell in (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.PERCENT, Kind.YESNO) or _points(texts, i):
        return True
    if i > 0 and (kind(texts[i - 1]) in _ENDS_BEFORE_NOTE or _points(texts, i - 1)):
        return True
    return remedied and i > 1 and kind(texts[i - 1]) is Kind.TEXT and kind(texts[i - 2]) in _ENDS_BEFORE_NOTE


def _points(texts: list[str], i: int) -> bool:
    """Whether texts[i] is a cell of points written with 分 ("15分"), not a level's weight cut out of its brackets
    ("满意度指标" | "(" | "10分" | ")")."""
    return is_points(texts[i]) and texts[i - 1: i] not in (["("], ["（"]) \
        and texts[i + 1: i + 2] not in ([")"], ["）"])


# a value's kinds a row's last text may follow under an actual and a note column: the note after an actual
# ("43.2万人次 | 闭馆一个月"), or a worded actual after the target ("不低于90% | 达成预期指标", the note blank)
_VALUES_BEFORE_NOTE = (Kind.AMOUNT, Kind.PERCENT, Kind.COMPARED)
_ENDS_BEFORE_NOTE = (Kind.NUMBER, Kind.FUSED, Kind.SLASH, Kind.EMPTY, Kind.YESNO, Kind.NATURE)


