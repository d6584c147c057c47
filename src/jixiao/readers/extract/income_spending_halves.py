"""A table holding income and spending side by side: 收入项目 | 金额 | 支出项目 | 金额, one income row and one
spending row a line, the totals at the bottom (收入合计 | … | 支出合计 | …) — each half's rows are its items."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact

_HALF = {"income": re.compile(r"^收入(?:项目|类别|类型|来源|名称)?$"),
         "expenditure": re.compile(r"^支出(?:项目|类别|类型|功能|名称)?$")}
_AMOUNT_HEAD = re.compile(r"^(?:金额|数额|决算数|预算数|执行数|本年数|全年数|年度数|合计数|实际数)"
                          r"\(?(万元|元|亿元)?\)?$")  # (compacted: "金额（万元）" is "金额万元")
_TOTAL = re.compile(r"(?:合计|总计|总额)$")
_FIGURE = re.compile(r"-?[\d,]+(?:\.\d+)?")


def _halves(header: list[str]) -> dict[str, tuple[int, str | None]]:
    """kind → (label column, unit stated in the amount's head) for a header "收入项目 | 金额 | 支出项目 | 金额"."""
    found: dict[str, tuple[int, str | None]] = {}
    for c in range(len(header) - 1):
        label, amount = compact(header[c]), compact(header[c + 1])
        head = _AMOUNT_HEAD.match(amount)
        for kind, pattern in _HALF.items():
            if head is not None and pattern.match(label) and kind not in found:
                found[kind] = (c, head.group(1))
    return found


def income_spending_halves(table: Table, unit: str, facts: Facts) -> None:
    """The income items and the expenditure items of a side-by-side table (its totals are read with the rows)."""
    if not table.rows or "收入" not in "".join(table.rows[0]):  # (the cheap test: most tables stop here)
        return
    halves = _halves(table.rows[0])
    if len(halves) != 2:
        return
    for kind, (column, stated_unit) in halves.items():
        items: list[dict[str, object]] = []
        for r, row in enumerate(table.rows[1:], start=1):
            if column + 1 >= len(row):
                continue
            label, value = row[column].strip(), row[column + 1].strip()
            if not label or not _FIGURE.fullmatch(value.replace(" ", "")):
                continue
            amount = tidy(to_wan(number_in(value) or Decimal(0), stated_unit or unit))
            if _TOTAL.search(compact(label)):
                facts.put(f"budget.{kind}_total", amount, ref(table.cell_location(r, column + 1), value))
                continue
            items.append({"name": re.sub(r"^其中\s*[:：]?\s*", "", label), "amount": amount})
        if items:
            facts.put(f"budget.{kind}_items", items, ref(table.name, table.name))
