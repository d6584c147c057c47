"""Rebuilding a form's tables from flattened text (cells from :mod:`jixiao.readers.flat_tokens`).

The standard forms are recognised by their vocabulary (``lexicon.yaml``): a run of header cells
fixes a block's columns (the money block 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; the
indicator block 一级指标 | … | 得分 | 偏差原因…, with its second header row); the cells after it are read
as a stream in that order, whatever the line breaks, and cut into rows by how well each candidate row
fits the columns (:func:`jixiao.readers.align.align`). Label cells (项目名称, 主管部门, 自评总分 …) pair
with the cell after them. The result is the same neutral :class:`Table` the docx/pdf/html readers
give, with each cell's source line and the cells whose place was a guess.

This module runs the blocks in order and places the tables; the parts live in :mod:`.flat_table_cells`,
:mod:`.flat_headers`, :mod:`.flat_money_rows`, :mod:`.flat_indicator_rows`, :mod:`.flat_label_rows` and
:mod:`.flat_wrapped_headers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.readers.align import WorkExceeded, work_budget
from jixiao.readers.cells import Kind, kind
from jixiao.readers.document import Table
from jixiao.readers.flat_captions import unit_cell
from jixiao.readers.flat_fund_columns import FUND_HEAD, fund_columns
from jixiao.readers.flat_fused_side_tables import fused_side_table
from jixiao.readers.flat_headers import Header, header_at
from jixiao.readers.flat_headless_cells import headless_cell_rows
from jixiao.readers.flat_headless_lines import has_header, headless_line_rows
from jixiao.readers.flat_indicator_rows import indicator_rows
from jixiao.readers.flat_label_rows import label_row, labels_at
from jixiao.readers.flat_money_header_parts import money_role_of
from jixiao.readers.flat_money_pairs import money_pairs, share_rows
from jixiao.readers.flat_money_rows import money_rows
from jixiao.readers.flat_question_rows import question_rows
from jixiao.readers.flat_serial_records import SERIAL_HEAD, serial_record
from jixiao.readers.flat_side_funds import side_funds
from jixiao.readers.flat_side_items import fused_side_items, near_total, side_items, staff_counts, total_marks
from jixiao.readers.flat_side_tables import side_table
from jixiao.readers.flat_table_cells import FlatTable, is_form_end, is_goal, is_label
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_two_row_indicators import two_row_indicators
from jixiao.readers.flat_wrapped_headers import join_wrapped
from jixiao.readers.flat_year_columns import LABEL_HEADS, glued_head, year_table

_TOTAL_LABEL = "年度资金总额"  # the row of a money block written as label and value pairs
_WORK = 2_000_000  # alignment and header steps for all of a text's flattened tables (real forms: ≤ 340,000)


def rebuild_tables(tokens: Sequence[Token], stopped: list[int] | None = None) -> list[FlatTable]:
    """Every table the tokens hold, in order; tokens used by none stay text. Past the work budget
    (``_WORK``) the tables found so far are kept and the rest stays text; the index of the token
    where it stopped goes into ``stopped``."""
    tables: list[FlatTable] = []
    info = FlatTable()
    marks = total_marks(tokens)
    headed = cache(lambda: has_header(tokens))  # (asked only where headerless rows are found)
    i = 0
    with work_budget(_WORK):
        try:
            while i < len(tokens):
                text = tokens[i].text
                # 序号 | 评价问题 | 单位回答 | 分值 | 得分: a questionnaire's rows; 一级／二级指标 | 三级指标 | 分值 |
                # 得分: two rows an indicator, its labelled values under its name (before the headers: their heads
                # hold column words)
                rows = question_rows(tokens, i) if text.strip() == SERIAL_HEAD or "问" in text else \
                    two_row_indicators(tokens, i) if text.startswith("一级") else None
                header = header_at(tokens, i) if text and rows is None else None
                if header is not None:  # (a table made only here: most tokens open none)
                    block = FlatTable()
                    after = (money_rows if header.kind == "money" else indicator_rows)(tokens, header, block)
                    if block.rows or not _scoreless(header):
                        if info.rows:
                            tables.append(info)
                            info = FlatTable()
                        i = after
                        tables.append(block)
                        continue
                # (a header of targets alone over no row it can read is no header: the cells are read otherwise)
                # (a text cell alone on its line opens none: no table is made for it, most lines of prose)
                if rows is None and text and (tokens[i].row_start or not tokens[i].in_row) \
                        and (cell := kind(text)) in (Kind.TEXT, Kind.LEVEL1, Kind.LEVEL2) \
                        and (tokens[i].in_row or cell is not Kind.TEXT):
                    block = FlatTable()  # a form's last rows, its header cut away: read in the form's order
                    j = headless_line_rows(tokens, i, block, headed) if tokens[i].in_row else \
                        headless_cell_rows(tokens, i, block)
                    if j > i:
                        if info.rows:
                            tables.append(info)
                            info = FlatTable()
                        tables.append(block)
                        i = j
                        continue
                # tables of label rows: 项目 | 上年决算数 | 本年决算数; 资金来源 | 合计 | 中央 …; 计划投资额 | 150 |
                # 实际到位资金 | 142.6 | … over the sources' rows; an indicator table on its side (三级指标 | A | B …);
                # income or spending items on their side (一般公共预算财政拨款 | 其他收入 | 合计 over their figures; the
                # fused shape's names and figures each a run)
                if rows is None and tokens[i].in_row and glued_head(text):  # "…（单位：万元） 收入项目 | 金额 | …"
                    rows = year_table(tokens, i)
                if rows is None:
                    rows = year_table(tokens, i) if text.startswith(LABEL_HEADS) else \
                        fund_columns(tokens, i) if text.startswith(FUND_HEAD) else \
                        side_funds(tokens, i) if text[:2] in _SIDE_STARTS else \
                        (side_table(tokens, i) or fused_side_table(tokens, i)) if text.endswith(_NAME_ENDS) else \
                        fused_side_table(tokens, i) if text[:4].endswith(_NAME_ENDS) else \
                        side_items(tokens, i) if near_total(marks, i) and text and not text[0].isdigit() else \
                        (fused_side_items(tokens, i) if "计" in text[:2] or "计" in text[-2:] else None) \
                        or (staff_counts(tokens, i) if text else None)
                if rows is not None:
                    if info.rows:
                        tables.append(info)
                        info = FlatTable()
                    tables.append(rows[0])
                    i = rows[1]
                    continue
                paired = money_pairs(tokens, i, money_role_of, unit_cell) \
                    if text and (money_role_of(text) is not None or text.startswith("计划安排")) else None
                if paired is not None:  # "预算数:" / "2.38" / "执行数:" / "2.38": a money block of one row
                    roles_of, units, values, after = paired
                    names = lexicon()["column_names"]
                    block = FlatTable()
                    block.add([names["label"], *(names.get(r, r) + u for r, u in zip(roles_of, units, strict=True))],
                              [tokens[i].line] * (len(units) + 1))
                    block.add([_TOTAL_LABEL, *values], [tokens[i].line] * (len(values) + 1))
                    block.used.update(range(i, after))
                    shares, end = share_rows(tokens, after, len(values))
                    for name, figures in shares:  # "其中:中央补助" / "2.38万元" under each pair
                        block.add([name.text.strip(), *(f.text.strip() for f in figures)],
                                  [name.line, *(f.line for f in figures)])
                    block.used.update(range(after, end))
                    tables.append(block)
                    i = end
                    continue
                if text == SERIAL_HEAD and (j := serial_record(tokens, i, info)) > i:
                    i = j  # "序号" / "项目名称" / "债券性质" … one a line over one record's cells
                    continue
                if text and (is_label(text) or is_goal(text) or is_form_end(text)):
                    j = label_row(tokens, i, info)
                    if j == i:
                        j = labels_at(tokens, i, info)
                    if j > i:
                        i = j
                        continue
                if info.rows and text and tokens[i].line != tokens[i - 1].line and len(text) > 60:
                    tables.append(info)
                    info = FlatTable()
                i += 1
        except WorkExceeded:
            if stopped is not None:
                stopped.append(i)
    if info.rows:
        tables.append(info)
    return tables


_SIDE_STARTS = frozenset({"计划", "年初", "全年", "调整", "预算"})  # how an amount's label beside others opens
_NAME_ENDS = ("指标", "名称", "指标名称")  # how an indicator name's label ends (the cheap test before side_table)


def _scoreless(header: Header) -> bool:
    """A goal table's header: no weight, score or actual column (its rows are read only when they fit)."""
    return header.kind == "indicator" and not {"weight", "score", "actual"} & set(header.roles)


@dataclass
class FlatLayout:
    """Where the rebuilt tables go in a text: before which line each table sits, and what is left
    of each line whose cells a table used (None: nothing, the whole line was table cells)."""

    tables_at: dict[int, list[Table]] = field(default_factory=dict)
    leftover: dict[int, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _written(tokens: Sequence[Token]) -> frozenset[tuple[int, str]]:
    """The (line, text) of each cell of a guessed line that the text itself bounds (``Token.written``), when no
    other cell of its line holds that text (so no cell split out of another run can be taken for it)."""
    marked = [t for t in tokens if t.written]
    if not marked:
        return frozenset()
    lines = {t.line for t in marked}
    others = [t for t in tokens if t.line in lines]
    return frozenset((t.line, t.text) for t in marked
                     if not any(o is not t and o.line == t.line and t.text in o.text for o in others))


# a line no table took that may have been a row of another level: it opens on a level-like cell, a few characters
# ending in 指标 or 类, and holds a figure ("附加考核类某某台账完整情况完整基本完整43…"); an unread row with no such
# head ("发表某某论文≥60篇68篇1010") is one more row of the block above, a page's number or a title none
_ROW_LIKE = re.compile(r"\s*[\u4e00-\u9fff]{1,8}?(?:指标|类)(?=[\u4e00-\u9fff]).*\d")


def _row_like(text: str) -> bool:
    return ("指标" in text or "类" in text) and _ROW_LIKE.match(text) is not None  # (most lines hold neither word)


def layout(tokens: Sequence[Token], first_table: int = 1) -> FlatLayout:
    """The tables in ``tokens`` and the text left over, for a reader to place among its paragraphs."""
    joined = join_wrapped(tokens)
    result = FlatLayout()
    stopped: list[int] = []
    tables = rebuild_tables(joined, stopped)
    if stopped:
        line = joined[stopped[0]].line + 1 if stopped[0] < len(joined) else joined[-1].line + 1
        result.warnings.append(f"第{line}行起的表格单元格过多（超过识别表格的工作量上限），其后的内容按正文读取")
    # no table rebuilt (most texts of prose): nothing is placed and no line is left over, so what only places a
    # table (the guessed lines, the unread rows, each line's leftover) is not worked out (_keep_whole_rows only
    # takes rows out: a table with none keeps none)
    if not any(t.rows for t in tables):
        return result
    read_back = frozenset(t.line for t in tokens if t.guessed)
    written = _written(tokens) if read_back else frozenset()
    tokens = joined
    _keep_whole_rows(tokens, tables)
    tables = [t for t in tables if t.rows]
    used: set[int] = set().union(*(flat.used for flat in tables))
    unread = [t for i, t in enumerate(tokens) if i not in used and _row_like(t.text)]
    for number, flat in enumerate(tables, start=first_table):
        anchor = min(tokens[i].line for i in flat.used)
        result.tables_at.setdefault(anchor, []).append(flat.table(f"表{number}", read_back=read_back, written=written,
                                                                  unread_before=flat.after_unread(unread)))
    by_line: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        by_line.setdefault(token.line, []).append(index)
    for line, indexes in by_line.items():
        if used.isdisjoint(indexes):
            continue
        rest = [tokens[i].text for i in indexes if i not in used and tokens[i].text]
        result.leftover[line] = " ".join(rest) if rest else None
    return result


def _keep_whole_rows(tokens: Sequence[Token], tables: list[FlatTable]) -> None:
    """A label pair taken from the middle of a row of other cells ("| 三级指标 | X | 自评得分 | 75 |")
    would cut that row apart: such pairs go back, and the row stays whole for the table readers."""
    used = set().union(*(t.used for t in tables)) if tables else set()
    lines: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.text and token.in_row:
            lines.setdefault(token.line, []).append(index)
    broken = {line for line, indexes in lines.items()
              if len(indexes) >= 2 and any(i in used for i in indexes) and any(i not in used for i in indexes)}
    for table in tables:
        if not table.pairs:
            continue
        keep = [r for r, span in enumerate(table.pairs) if not any(tokens[i].line in broken for i in span)]
        if len(keep) == len(table.rows):
            continue
        for r, span in enumerate(table.pairs):
            if r not in keep:
                table.used.difference_update(span)
        table.rows = [table.rows[r] for r in keep]
        table.lines = [table.lines[r] for r in keep]
        table.pairs = [table.pairs[r] for r in keep]
