"""A whole-unit form's 收入 block and 支出 block, each a label row over a figure row: "收入（万元） | 合计 |
一般公共预算财政拨款收入 | 其他收入" over " | 2541.08 | 2504.58 | 36.50" (and "支出 | 合计 | 基本支出 | 其中：人员经费 |
其中：公用经费 | 项目支出" over its figures). The 合计 column is the block's total, every other labelled column an item;
a "其中：" column is a part of the item before it, no item of its own."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import cell_amount
from jixiao.readers.extract.facts import Facts, cell_ref, cells_ref
from jixiao.readers.extract.income_spending_halves import FIGURE, SIDES
from jixiao.readers.textnorm import compact

# (compacted: "收入（万元）" is "收入万元")
_BLOCK = re.compile(r"^(收入|支出)(?:情况|构成|结构|预算|决算)?(万元|元|亿元)?$")
_TOTAL = re.compile(rf"^(?:{pattern('sum_row').pattern}|小计)$")
_PART = re.compile(r"^其中")


def income_spending_blocks(table: Table, unit: str, facts: Facts) -> None:
    """The total and items of every 收入 / 支出 label row with its figure row under it."""
    for r, row in enumerate(table.rows[:-1]):
        first = next((c for c, cell in enumerate(row) if cell.strip()), None)
        if first is None or row[first].strip()[:2] not in SIDES:  # (the cheap test first: most rows stop here)
            continue
        block = _BLOCK.match(compact(row[first]))
        if block is not None:
            _read(table, r, first, SIDES[block.group(1)], block.group(2) or unit, facts)


def _read(table: Table, r: int, first: int, kind: str, unit: str, facts: Facts) -> None:
    """The block whose label row is ``r`` (its caption in column ``first``) when the row below holds a figure
    under its 合计 and under each item it gives."""
    labels, below = table.rows[r], table.rows[r + 1]
    if len(below) != len(labels) or any(compact(cell) for cell in below[:first + 1]):
        return  # the figure row leaves the caption's cell empty
    columns = [(c, compact(labels[c])) for c in range(first + 1, len(labels)) if compact(labels[c])
               and (c == first + 1 or labels[c] != labels[c - 1])]  # (a merged label repeats its text)
    if len(columns) < 2 or not _TOTAL.match(columns[0][1]):
        return
    figures = {c: below[c].strip() for c, _ in columns}
    if not all(FIGURE.fullmatch(text.replace(" ", "")) for text in figures.values() if text) \
            or not figures[columns[0][0]]:
        return
    total_at = columns[0][0]
    facts.put(f"budget.{kind}_total", cell_amount(figures[total_at], unit), cell_ref(table, r + 1, total_at,
                                                                                 figures[total_at]))
    items = [{"name": labels[c].strip(), "amount": cell_amount(figures[c], unit)} for c, name in columns[1:]
             if figures[c] and not _PART.match(name)]
    read_from = [cell for c, _ in columns[1:] for cell in ((r, c), (r + 1, c))]
    if items:
        facts.put(f"budget.{kind}_items", items, cells_ref(table, table.name, table.name, read_from))
