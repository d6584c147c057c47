"""A table holding income and spending side by side: 收入项目 | 金额 | 支出项目 | 金额, one income row and one
spending row a line, the totals at the bottom (收入合计 | … | 支出合计 | …) — each half's rows are its items. A half
with two amount columns (收入科目 | 预算数 | 执行数 | 支出科目 | 预算数 | 执行数, a whole-unit form's budget block) is
read in its 执行数 column; the rows after a half's total belong to the rest of the form. The 2020 whole-unit form's
"按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数" is such a header."""

from __future__ import annotations

import re

from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import cell_amount
from jixiao.readers.extract.facts import Facts, cell_ref, cells_ref
from jixiao.readers.textnorm import compact

SIDES = {"收入": "income", "支出": "expenditure"}  # a side's word and the budget field it fills
_HALF = {"income": re.compile(r"^(?:收入(?:项目|类别|类型|来源|名称|科目)?|按收入性质分)$"),
         "expenditure": re.compile(r"^(?:支出(?:项目|类别|类型|功能|名称|科目)?|按支出性质分)$")}
_HEAD_ROWS = 8  # rows above the side-by-side header: a form's label rows
_EXECUTED_HEAD = re.compile(r"^执行数\(?(万元|元|亿元)?\)?$")  # the second amount column after a 预算数
_AMOUNT_HEAD = re.compile(r"^(?:金额|数额|决算数|预算数|执行数|本年数|全年数|年度数|合计数|实际数"
                          r"|全年预算数|全年执行数)"
                          r"\(?(万元|元|亿元)?\)?$")  # (compacted: "金额（万元）" is "金额万元")
_TOTAL = re.compile(r"(?:合计|总计|总额)$")
FIGURE = re.compile(r"-?[\d,]+(?:\.\d+)?")  # an amount cell as a table writes it ("2,541.08")


def _halves(header: list[str]) -> dict[str, tuple[int, int, str | None]]:
    """kind → (label column, amount column, unit stated in the amount's head) for a header "收入项目 | 金额 |
    支出项目 | 金额" (a 预算数 column followed by a 执行数 one: the 执行数)."""
    found: dict[str, tuple[int, int, str | None]] = {}
    for c in range(len(header) - 1):
        label, amount = compact(header[c]), compact(header[c + 1])
        head = _AMOUNT_HEAD.match(amount)
        for kind, pattern in _HALF.items():
            if head is not None and pattern.match(label) and kind not in found:
                second = _EXECUTED_HEAD.match(compact(header[c + 2])) if c + 2 < len(header) else None
                if second is not None and amount.startswith("预算数"):
                    found[kind] = (c, c + 2, second.group(1) or head.group(1))
                else:
                    found[kind] = (c, c + 1, head.group(1))
    return found


def halves_header(row: list[str]) -> bool:
    """A row heading income and spending side by side ("按收入性质分 | 全年预算数 | 按支出性质分 | 全年执行数"): the
    unit's income and its spending, no money block's columns (its rows are no fund sources of a budget)."""
    return "收入" in "".join(row) and len(_halves(row)) == 2


def income_spending_halves(table: Table, unit: str, facts: Facts) -> bool:
    """The income items and the expenditure items of a side-by-side table (its totals are read with the rows);
    whether the table is one."""
    # the header: the first row, or a later one under a form's label rows ("部门(单位)名称 | …" above the block)
    head = next((r for r, row in enumerate(table.rows[:_HEAD_ROWS]) if halves_header(row)), None)
    if head is None:
        return False
    for kind, (column, at, stated_unit) in _halves(table.rows[head]).items():
        items: list[dict[str, object]] = []
        read_from: list[tuple[int, int]] = []  # the items' cells
        for r, row in enumerate(table.rows[head + 1:], start=head + 1):
            if at >= len(row):
                continue
            label, value = row[column].strip(), row[at].strip()
            if not label or FIGURE.fullmatch(label) or not FIGURE.fullmatch(value.replace(" ", "")):
                continue
            amount = cell_amount(value, stated_unit or unit)
            if _TOTAL.search(compact(label)):
                facts.put(f"budget.{kind}_total", amount, cell_ref(table, r, at, value))
                break  # (the form goes on below its budget block: no item of this half)
            items.append({"name": re.sub(r"^其中\s*[:：]?\s*", "", label), "amount": amount})
            read_from.extend(((r, column), (r, at)))
        if items:
            facts.put(f"budget.{kind}_items", items, cells_ref(table, table.name, table.name, read_from))
    return True
