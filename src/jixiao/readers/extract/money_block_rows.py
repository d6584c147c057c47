"""Where a row of a form's money block stands among the table's other rows: a part of the total (其中 …, a named
fund source), a row of spending by nature (基本支出 / 项目支出), a row of a 收支 table, a unit's or a project's row
over a 合计 that adds them up."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

if TYPE_CHECKING:
    from jixiao.readers.extract.table_money import MoneyBlock

AMOUNT_ROLES = ("initial", "adjusted", "executed")
# rows of a 收支 table besides its 支出合计: income (收入合计, 财政拨款收入) and spending by nature (基本支出)
INCOME_OR_SPENDING_ITEM = re.compile(r"^(?!.*支出合计).*收入|^(其中)?(基本支出|项目支出|人员经费|公用经费)$")
_SPENDING_TOTAL = ("支出合计", "本年支出合计", "支出总计")


def peer_below(block: MoneyBlock, table: Table, r: int) -> bool:
    """Another row further down named like no part or total of the money (a second project) with an amount."""
    columns = [block.header[role] for role in AMOUNT_ROLES if role in block.header]
    for row in table.rows[r + 1:]:
        label = block.label(row)
        if label and not is_part_label(label) and not pattern("fund_rows.total").match(label) \
                and any(c < len(row) and number_in(row[c]) is not None for c in columns):
            return True
    return False


def amount_below(block: MoneyBlock, table: Table, r: int) -> bool:
    """Another row further down with an amount in one of the block's columns."""
    columns = [block.header[role] for role in AMOUNT_ROLES if role in block.header]
    return any(c < len(row) and number_in(row[c]) is not None for row in table.rows[r + 1:] for c in columns)


def total_below(block: MoneyBlock, table: Table, r: int) -> bool:
    """A 合计 row further down the table."""
    return any(pattern("fund_rows.total").match(block.label(row)) for row in table.rows[r + 1:])


def adds_up_below(block: MoneyBlock, table: Table, r: int) -> bool:
    """Rows from ``r`` down to a 合计 row (two or more) whose amounts add up, column by column, to the 合计's:
    "局机关 | 2846.30 | …" over the schools' rows and "部门合计 | 13723.40 | …" — each row a part of the whole. Rows
    (one or more) that fall short of it, in no column above it, are parts too, one of them lost (a dropped line, an
    excerpt's gap): none of them is the whole."""
    columns = [block.header[role] for role in AMOUNT_ROLES if role in block.header]
    sums = dict.fromkeys(columns, Decimal(0))
    for k, row in enumerate(table.rows[r:]):
        if pattern("fund_rows.total").match(block.label(row)):
            written = {c: v for c in columns if (v := number_in(row[c]) if c < len(row) else None) is not None}
            if not written or k < 1 or any(sums[c] > v for c, v in written.items()):
                return False
            return k >= 2 or any(sums[c] < v for c, v in written.items())
        for c in columns:
            value = number_in(row[c]) if c < len(row) else None
            if value is None:
                return False
            sums[c] += value
    return False


BY_NATURE = re.compile(r"(?:其中[:：]?)?(基本支出|项目支出)")
# a row label's caption cell merged down beside it and its own number ("资金结构 | （1）基本支出", "①项目支出";
# compacted)
_NATURE_LEAD = re.compile(r"^(?:资金|支出)结构[:：]?|^[(（]?\d[)）.、]?(?=\D)|^[①-⑳]")


def nature_label(label: str) -> str:
    """``label`` less a 资金结构 caption and a row number before it: "资金结构1基本支出" → "基本支出"."""
    if not label[:1].isdigit() and "结构" not in label[:4] and not "①" <= label[:1] <= "⑳":
        return label
    return _NATURE_LEAD.sub("", _NATURE_LEAD.sub("", label, count=1), count=1)


def by_nature(block: MoneyBlock, table: Table, r: int, label: str) -> bool:
    """A 基本支出 (项目支出) row with the other of the two in the same table, or a 合计 row below it: spending by
    nature, a cut of the total (the other row may be lost: a dropped line, an excerpt's end)."""
    own = BY_NATURE.fullmatch(nature_label(label))
    if own is None:
        return False
    return any((other := BY_NATURE.fullmatch(nature_label(block.label(row)))) is not None
               and other.group(1) != own.group(1) for row in table.rows if row is not table.rows[r]) \
        or total_below(block, table, r)


def has_spending_total(table: Table) -> bool:
    return any(compact(cell).startswith(_SPENDING_TOTAL) for row in table.rows for cell in row[:2])


def is_part_label(label: str) -> bool:
    return label.startswith("其中") or bool(pattern("fund_rows.parts").search(label))
