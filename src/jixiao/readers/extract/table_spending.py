"""A 支出 table by category (支出类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率, rows 基本支出 / 项目支出 and a
合计 row, first or last): the expenditure items from the 执行 column and their total from the 合计 row. The
category rows are no budget total: the money block reads the budget from the 合计 row alone."""

from __future__ import annotations

import re

from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.table_columns import money_header
from jixiao.readers.extract.table_money import MoneyBlock
from jixiao.readers.extract.values import number_in

# spending by nature: the items, and the parts of 基本支出 written under it (read past, never an item)
_ITEM = re.compile(r"^(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出|其他支出)$")
_PART = re.compile(r"^(其中[:：]?)?(人员经费|公用经费|人员支出|公用支出)(支出)?$")
# (a whole-unit form's 年度资金总额 row over 基本支出 / 项目支出 is their total as well)
_TOTAL = re.compile(r"^((支出)?(合计|总计)|(年度)?资金总额[:：]?)$")


def spending_by_category(table: Table, unit: str | None, facts: Facts) -> frozenset[int]:
    """The rows of ``table`` that are categories of a 支出 table (not the budget's total), their items
    and total put in ``facts``; no rows when the table is no such table."""
    for r, row in enumerate(table.rows):
        header = money_header(row)
        if header is None:
            continue
        block = MoneyBlock.from_header(row, header, unit)
        items: list[tuple[int, str]] = []
        parts: list[int] = []
        total: int | None = None
        for below in range(r + 1, len(table.rows)):
            label = block.label(table.rows[below])
            if _ITEM.match(label):
                items.append((below, label))
            elif _PART.match(label):
                parts.append(below)
            elif _TOTAL.match(label) and total is None:
                total = below
            else:
                break
        if total is None or len(items) < 2:
            continue
        _put(table, block, [*items, (total, "")], facts)
        return frozenset([at for at, _ in items] + parts)
    return frozenset()


def _put(table: Table, block: MoneyBlock, rows: list[tuple[int, str]], facts: Facts) -> None:
    col = block.header["executed"]
    found: list[dict[str, object]] = []
    for at, label in rows:
        text = table.rows[at][col] if col < len(table.rows[at]) else ""
        value = number_in(text)
        if value is None:
            return  # a category without its 执行数: no list to trust
        amount = tidy(to_wan(value, block.units["executed"]))
        if label:
            found.append({"name": label, "amount": amount})
            continue
        source = cell_ref(table, at, col, text)
        facts.put("budget.expenditure_total", amount, source if block.unit_stated
                  else source.model_copy(update={"guessed": True}))
        facts.put("budget.expenditure_items", found, cell_ref(table, rows[0][0], 0, rows[0][1]))
