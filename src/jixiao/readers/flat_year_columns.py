"""A table comparing years, flattened: 项目 | 上年决算数 | 本年决算数 (or 2023年决算数 | 2024年决算数) over rows of a
label and one figure for each year ("收入合计 / 3,310.20 / 3,624.58", one cell a line, a row a spaced line, or the
whole run on one line). No money header names it (both columns are what was spent, in different years), so the
cells stayed text; put back in rows they are the table a Word file gives, whose latest year's column the table
readers take (:mod:`jixiao.readers.extract.table_amounts`).

A row is a label that is no figure and exactly one figure for each year (as cells, or as one line of parts
separated by spaces); the block ends at the first cell that does
not fit. The columns name distinct years with one word (all 决算数 or all 预算数: a 经费控制情况 block mixing
上年决算数 | 本年预算数 | 本年决算数 is read by :mod:`jixiao.readers.extract.spending_control`).

The same reading gives a table of one amount column (项目 | 金额 over 年初预算数 / 28640.5, 预算执行率 / 98.21%,
分值 / 10, 得分 / 9.82): each row a label and its value, as the sheet it was copied from has them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_tokens import Token
from jixiao.readers.textnorm import compact

# the label column's header cell (a cheap test before the block is looked for)
LABEL_HEADS = ("项目", "科目", "收支项目", "收支科目", "收入项目", "支出项目", "收入科目", "支出科目")
_LABEL_HEAD = re.compile(r"^(?:收支|收入|支出)?(?:项目|科目)(?:名称)?$")
_YEAR_HEAD = re.compile(r"^((?:19|20)\d{2}年度?|上年度?|本年度?|当年)(决算数|预算数)(?:[(（]万?元[)）])?$")
# 项目 | 金额: one value a row, an amount or a rate
_AMOUNT_HEAD = re.compile(r"^(?:金额|数额)(?:[(（]万?元[)）])?$")
_FIGURES = (Kind.NUMBER, Kind.AMOUNT)
_ROWS = 2  # rows a block holds at least


def _header(tokens: Sequence[Token], i: int) -> tuple[list[str], list[int], int, tuple[Kind, ...]] | None:
    """The header's cells, their lines, the index after it and the kinds of its value cells: the label head and an
    amount head, or two year heads or more, as cells or as one line of parts separated by spaces."""
    parts = tokens[i].text.split()
    if len(parts) > 1:
        cells, end = parts, i + 1
    else:
        end = i + 1
        while end < len(tokens) and (_YEAR_HEAD.match(head := compact(tokens[end].text)) or _AMOUNT_HEAD.match(head)):
            end += 1
        cells = [tokens[at].text.strip() for at in range(i, end)]
    if not _LABEL_HEAD.match(compact(cells[0])):
        return None
    if len(cells) == 2 and _AMOUNT_HEAD.match(compact(cells[1])):
        return cells, [tokens[i].line] * len(cells), end, (*_FIGURES, Kind.PERCENT)
    heads = [_YEAR_HEAD.match(compact(cell)) for cell in cells[1:]]
    if len(heads) < 2 or not all(heads):
        return None
    years = [re.sub("年度?$", "", head.group(1)) for head in heads if head]
    if len(set(years)) != len(years) or len({head.group(2) for head in heads if head}) != 1:
        return None
    return cells, [tokens[i].line] * len(cells), end, _FIGURES


def _next_cell(tokens: Sequence[Token], j: int) -> int:
    while j < len(tokens) and kind(tokens[j].text) is Kind.EMPTY:
        j += 1
    return j


def year_table(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The year-comparison table whose header starts at tokens[i] and the index after its last row, or None."""
    header = _header(tokens, i)
    if header is None:
        return None
    cells, lines, j, figures = header
    block = FlatTable()
    block.add(cells, lines)
    width = len(cells) - 1
    end = j
    while True:
        at = _next_cell(tokens, j)
        if at >= len(tokens) or kind(tokens[at].text) is not Kind.TEXT:
            break
        parts = tokens[at].text.split()
        if len(parts) == width + 1 and kind(parts[0]) is Kind.TEXT and all(kind(p) in figures for p in parts[1:]):
            block.add(parts, [tokens[at].line] * len(parts))  # "预算执行率 98.21%": a spaced row left whole
            j = end = at + 1
            continue
        row, row_lines, k = [tokens[at].text.strip()], [tokens[at].line], at + 1
        while len(row) <= width:
            k = _next_cell(tokens, k)
            if k >= len(tokens) or kind(tokens[k].text) not in figures:
                break
            row.append(tokens[k].text.strip())
            row_lines.append(tokens[k].line)
            k += 1
        if len(row) != width + 1 or ((k := _next_cell(tokens, k)) < len(tokens) and kind(tokens[k].text) in figures):
            break
        block.add(row, row_lines)
        j = end = k
    if len(block.rows) - 1 < _ROWS:
        return None
    block.used.update(range(i, end))
    return block, end
