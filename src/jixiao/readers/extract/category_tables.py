"""A unit's 收入 or its 支出 told as a small table of categories, the kind named by the table's first header cell or
by its caption:

    收入项目     | 金额    | 占比（%）          (caption "（一）收入情况（单位：万元）")
    财政拨款收入 | 4405.12 | 94.99
    其他收入     | 232.40  | 5.01
    合计         | 4637.52 | 100

or one row of categories over one row of figures, the 合计 first or last (caption "表1  2020年度收入情况"):

    一般公共预算财政拨款 | 政府性基金 | 其他收入 | 合计
    3012.36              | 300.00     | 72.20    | 3384.56

The 合计 (总计) is the kind's total, every other category an item; a "其中：" category is a part of the one before,
no item of its own. A table whose kind neither its first cell nor its caption names is not read here, nor one
captioned as a part of the spending (三公, 政府采购, 基本支出, 人员经费, …)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import cell_amount
from jixiao.readers.extract.facts import Facts, cell_ref, cells_ref
from jixiao.readers.extract.income_spending_halves import FIGURE, SIDES
from jixiao.readers.textnorm import compact, match_text

# the first header cell naming the kind ("收入项目", "支出类别"), compacted
_HEAD = re.compile(r"^(收入|支出)(?:项目|类别|名称|构成|分类)$")
_AMOUNT_HEAD = re.compile(r"^(?:金额|决算数|本年数|本年决算数|本年金额|数额)")
# a caption naming one kind alone ("（一）收入情况（单位：万元）", "表2 2020年度支出情况"); one naming both is no help
_CAPTION = re.compile(r"(收入|支出)(?:情况|构成|结构)")
_TOTAL = re.compile(rf"^(?:(?:收入|支出)?(?:{pattern('sum_row').pattern}))$")
_PART = re.compile(r"^其中")
# a caption over one part of the spending ("（三）“三公”经费支出情况", "公用经费支出情况"): not the unit's 收入 / 支出
_PART_CAPTION = re.compile(f"{pattern('apart_spending').pattern}|{pattern('nature_spending').pattern}")


def category_tables(table: Table, caption: str, unit: str, facts: Facts) -> None:
    """The total and items of such a table, when no other reading gave that kind's items."""
    if not table.rows or len(table.rows) > 12 or _PART_CAPTION.search(match_text(caption)):
        return
    head = [compact(cell) for cell in table.rows[0]]
    if not head or not head[0]:
        return
    column = _HEAD.match(head[0])
    if column is not None:
        _by_rows(table, SIDES[column.group(1)], unit, facts)
        return
    kind = _caption_kind(caption)
    if kind is not None and len(table.rows) == 2:
        _by_columns(table, kind, unit, facts)


def _caption_kind(caption: str) -> str | None:
    text = compact(match_text(caption))
    named = _CAPTION.search(text)
    if named is None or ("收入" in text and "支出" in text):
        return None
    return SIDES[named.group(1)]


def _by_rows(table: Table, kind: str, unit: str, facts: Facts) -> None:
    """收入项目 | 金额 | …: each row below a category and its amount, the 合计 row the total."""
    amount_at = next((c for c, cell in enumerate(table.rows[0]) if c and _AMOUNT_HEAD.match(compact(cell))), None)
    if amount_at is None:
        return
    items: list[dict[str, object]] = []
    read_from: list[tuple[int, int]] = []
    total: tuple[int, Decimal] | None = None
    for r in range(1, len(table.rows)):
        row = table.rows[r]
        label = compact(row[0]) if row else ""
        text = row[amount_at].strip() if amount_at < len(row) else ""
        if not label or not FIGURE.fullmatch(text.replace(" ", "")):
            return  # (every row a category with its figure, or the table is something else)
        if _TOTAL.match(label):
            total = (r, cell_amount(text, unit))
        elif not _PART.match(label):
            items.append({"name": row[0].strip(), "amount": cell_amount(text, unit)})
            read_from += [(r, 0), (r, amount_at)]
    if total is None or len(items) < 2:
        return
    _put(table, kind, total[1], cell_ref(table, total[0], amount_at, table.rows[total[0]][amount_at]), items,
         read_from, facts)


def _by_columns(table: Table, kind: str, unit: str, facts: Facts) -> None:
    """One row of categories over one row of figures, 合计 first or last."""
    labels, figures = table.rows
    if len(labels) != len(figures) or len(labels) < 3:
        return
    names = [compact(cell) for cell in labels]
    if not all(names) or any(FIGURE.fullmatch(n) for n in names) \
            or not all(FIGURE.fullmatch(cell.strip().replace(" ", "")) for cell in figures):
        return
    total_at = next((c for c in (0, len(names) - 1) if _TOTAL.match(names[c])), None)
    if total_at is None:
        return
    items = [{"name": labels[c].strip(), "amount": cell_amount(figures[c], unit)} for c in range(len(names))
             if c != total_at and not _PART.match(names[c])]
    read_from = [(r, c) for c in range(len(names)) if c != total_at for r in (0, 1)]
    _put(table, kind, cell_amount(figures[total_at], unit), cell_ref(table, 1, total_at, figures[total_at]), items,
         read_from, facts)


def _put(table: Table, kind: str, total: Decimal, total_ref: SourceRef, items: list[dict[str, object]],
         read_from: list[tuple[int, int]], facts: Facts) -> None:
    if facts.has(f"budget.{kind}_items"):
        return  # (another reading gave this kind's items: they stand)
    facts.put(f"budget.{kind}_total", total, total_ref)
    facts.put(f"budget.{kind}_items", items, cells_ref(table, table.name, table.name, read_from))
