"""A 收入支出决算 table written by columns — each row a fund (一般公共预算财政拨款, 政府性基金, 其他资金), the columns
上年结转 | 本年收入 | 本年支出 | 年末结转, a 合计 row:

    项目                 | 上年结转 | 本年收入 | 本年支出 | 年末结转
    一般公共预算财政拨款 | 86.40    | 1865.32  | 1902.18  | 49.54
    合计                 | 98.40    | 2321.82  | 2337.90  | 82.32

The 合计 row gives the income total, the spending total and the carry-over (its 年末结转; its 上年结转 the balance
brought in); the fund rows above it are the income's items (their 本年收入). Nothing else of the table is a money
block's figure.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, cell_ref
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

_COLUMNS = {
    "carry_over": re.compile(r"^(?:上年|年初)结转(?:和|及)?(?:结余)?(?:资金)?(?:\(?万?元\)?)?$"),
    "income": re.compile(r"^本年(?:度)?收入(?:合计)?(?:\(?万?元\)?)?$"),
    "expenditure": re.compile(r"^本年(?:度)?支出(?:合计)?(?:\(?万?元\)?)?$"),
    "carried_on": re.compile(r"^年末结转(?:和|及)?(?:结余)?(?:资金)?(?:\(?万?元\)?)?$"),
}
_TOTAL = re.compile(rf"^(?:{pattern('sum_row').pattern})$")
_PART = re.compile(r"^其中")


def flow_role(cell: str) -> str | None:
    """The column a header cell names (carry_over, income, expenditure, carried_on), or None."""
    key = compact(cell)
    return next((name for name, pattern in _COLUMNS.items() if pattern.match(key)), None)


def _columns(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = flow_role(cell)
        if col and role and role not in found:
            found[role] = col
    return found


def _amount(table: Table, r: int, col: int | None, unit: str) -> object:
    value = number_in(table.rows[r][col]) if col is not None and col < len(table.rows[r]) else None
    return None if value is None else tidy(to_wan(value, unit))


def flow_columns(table: Table, unit: str, facts: Facts) -> bool:
    """Read such a table into ``facts``; True when the table is one (no other money reading of it then)."""
    for h, row in enumerate(table.rows):
        columns = _columns(row)
        if not {"income", "expenditure"} <= columns.keys() or len(columns) < 3:
            continue
        total_at = next((r for r in range(h + 1, len(table.rows)) if table.rows[r]
                         and _TOTAL.match(compact(table.rows[r][0]))), None)
        if total_at is None:
            return False
        total = table.rows[total_at]
        # with a 年末结转 column the carry-over is it, and the 上年结转 the balance brought in; alone, the 上年结转 is
        # the only 结转 the table states
        balances = ((("carry_over", "budget.opening_balance"), ("carried_on", "budget.carry_over"))
                    if "carried_on" in columns else (("carry_over", "budget.carry_over"),))
        for role, path in (("income", "budget.income_total"), ("expenditure", "budget.expenditure_total"),
                           *balances):
            value = _amount(table, total_at, columns.get(role), unit)
            if value is not None:
                facts.put(path, value, cell_ref(table, total_at, columns[role], total[columns[role]]))
        items = [{"name": table.rows[r][0].strip(), "amount": value} for r in range(h + 1, total_at)
                 if table.rows[r] and table.rows[r][0].strip() and not _PART.match(compact(table.rows[r][0]))
                 and (value := _amount(table, r, columns["income"], unit)) is not None]
        if items:
            facts.put("budget.income_items", items, cell_ref(table, h + 1, 0, table.rows[h + 1][0]))
        return True
    return False
