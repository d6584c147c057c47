"""A 支出 table by category (支出类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率, rows 基本支出 / 项目支出 and a
合计 row, first or last): the expenditure items from the 执行 column and their total from the 合计 row. The
category rows are no budget total: the money block reads the budget from the 合计 row alone."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE, parse_money, to_wan
from jixiao.readers.document import Table
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, cell_ref, ref
from jixiao.readers.extract.money_block_rows import nature_label
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.table_columns import money_header, money_role
from jixiao.readers.extract.table_money import MoneyBlock
from jixiao.readers.extract.values import number_in

# spending by nature: the items ("其中：基本支出" too), and the parts of 基本支出 written under it (read past, never
# an item)
_ITEM = re.compile(r"^(?:其中[:：]?)?(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出|其他支出)$")
_PART = re.compile(r"^(其中[:：]?)?(人员经费|公用经费|人员支出|公用支出)(支出)?$")
# (a whole-unit form's 年度资金总额 row over 基本支出 / 项目支出 is their total as well)
_TOTAL = re.compile(rf"^((支出)?({pattern('sum_row').pattern})|(年度)?资金总额[:：]?)$")


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
            label = nature_label(block.label(table.rows[below]))
            if item := _ITEM.match(label):
                items.append((below, item.group(1)))
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
        source = cell_ref(table, rows[0][0], 0, rows[0][1])
        split = any((at, col) in table.guessed for at, label in rows if label)  # (an amount cut out of a run)
        facts.put("budget.expenditure_items", found, source.model_copy(update={"guessed": True}) if split else source)


def spending_by_direction(table: Table, unit: str | None, facts: Facts) -> None:
    """A table of spending by direction with no budget columns and no total ("按方向划分 | 资金使用方向 | 安排年度 |
    实际下达额度 | 实际支出金额" over "基本支出 | A | A" / "项目支出 | B | B"): the items from the 实际支出 column,
    its header's last cell. A row shorter than the header (a merged first cell, an empty cell left out) is aligned
    by its end: its last figure is the column's, a guess."""
    if facts.has("budget.expenditure_items"):
        return
    for r, row in enumerate(table.rows):
        filled = [c for c, cell in enumerate(row) if cell.strip()]
        if not filled or money_role(row[filled[-1]]) != "executed" or money_header(row) is not None:
            continue
        found: list[dict[str, object]] = []
        first: tuple[int, int, str] | None = None
        guessed = unit is None
        for below in range(r + 1, len(table.rows)):
            cells = [(c, cell.strip()) for c, cell in enumerate(table.rows[below]) if cell.strip()]
            item = _ITEM.match(cells[0][1]) if len(cells) >= 2 else None
            value = number_in(cells[-1][1]) if item else None
            if item is None or value is None or any(f["name"] == item.group(1) for f in found):
                break
            found.append({"name": item.group(1), "amount": tidy(to_wan(value, unit or "万元"))})
            first = first or (below, cells[0][0], cells[0][1])
            guessed = guessed or cells[-1][0] != filled[-1]
        if len(found) >= 2 and first is not None:
            source = cell_ref(table, *first)
            facts.put("budget.expenditure_items", found,
                      source.model_copy(update={"guessed": True}) if guessed else source)
            return


_YEAR = re.compile(r"^(?:19|20)\d\d(?:年度?)?$")


def spending_by_year(table: Table, unit: str | None, facts: Facts) -> None:
    """A table of spending by the year its money was arranged ("实际明细支出 | 年度 | 市本级支出 | 市本级支出(其中:
    部门预算支出) | 转移支付县(区)支出" over "2021 | A | A" / "2022 | B | B"): the row of the document's year is the
    year's spending, its own level's and the transfers' columns added (a 其中 column is their part; an empty cell
    is nothing spent). A row shorter than the header (its merged label cell left out) is aligned on its year. A
    guess: the table states no total; only when no 执行数 was read."""
    year = facts.get("year")
    if year is None or facts.has("budget.executed"):
        return
    for r, row in enumerate(table.rows):
        cells = [cell.strip() for cell in row]
        if "年度" not in cells:
            continue
        at = cells.index("年度")
        spent = [c for c in range(at + 1, len(cells)) if cells[c]]
        if not spent or any("支出" not in cells[c] for c in spent):
            continue
        summed = [c - at for c in spent if "其中" not in cells[c]]
        for below in range(r + 1, len(table.rows)):
            values = [cell.strip() for cell in table.rows[below]]
            start = next((c for c, cell in enumerate(values) if cell), None)
            if start is None or not _YEAR.match(values[start]):
                break
            if int(values[start][:4]) != year:
                continue
            texts = [values[start + k] if start + k < len(values) else "" for k in summed]
            figures = [number_in(text) if text else Decimal(0) for text in texts]
            if not texts[0] or any(f is None for f in figures):
                return  # (its own level's spending not written, or a cell holding no figure: no sum to trust)
            total = sum((f for f in figures if f is not None), Decimal(0))
            source = cell_ref(table, below, start + summed[0], texts[0])
            facts.put("budget.executed", tidy(to_wan(total, unit or "万元")),
                      source.model_copy(update={"guessed": True}), "全年执行数")
            return
        return


# "基本支出总额 | 864.2万 | 项目支出总额 | 0": the items as label cells, each with its amount in the next cell
_LABEL = re.compile(r"^(基本支出|项目支出)(?:总额|合计|总计|数|金额)?(?:\((?:万元|元)\))?[:：]?$")
_FIGURE = re.compile(rf"^{WRITTEN_FIGURE}\s*(?:亿元|万元|元|万)?$")
_WRITTEN = re.compile(r"元|万")


def _label_cell_items(row: list[str], unit: str | None) -> tuple[list[dict[str, object]], str, bool] | None:
    """基本支出 and 项目支出 written as a form's label cells, each followed by its amount, in one row: the items,
    the cells quoted, and whether the unit was guessed (an amount without a unit of its own takes the one its
    neighbour or the table writes; with none written anywhere it is read in 万元, guessed)."""
    pairs = [(row[c].strip(), row[c + 1].strip()) for c in range(len(row) - 1)
             if _LABEL.match(row[c].strip()) and _FIGURE.match(row[c + 1].strip())]
    if len(pairs) != 2 or len({label for label, _ in pairs}) != 2:
        return None
    written = next((found for _, value in pairs if (found := _WRITTEN.search(value))), None)
    default = unit or ("万元" if written is None or written.group() == "万" else "元")
    items: list[dict[str, object]] = []
    for label, value in pairs:
        amount, _unit = parse_money(value, default)
        items.append({"name": _LABEL.match(label).group(1), "amount": tidy(amount)})  # type: ignore[union-attr]
    return items, " ".join(f"{label} {value}" for label, value in pairs), written is None and unit is None


def spending_label_cells(table: Table, unit: str | None, facts: Facts) -> None:
    """The expenditure items from a row of label cells (:func:`_label_cell_items`)."""
    if facts.has("budget.expenditure_items"):
        return
    for r, row in enumerate(table.rows):
        found = _label_cell_items(row, unit)
        if found is not None:
            items, quote, guessed = found
            facts.put("budget.expenditure_items", items, ref(table.row_location(r), quote, guessed=guessed))
            return


def spending_label_line(outline: Outline, facts: Facts) -> None:
    """The same from a line of web-copied cells no table took ("基本支出总额 | 864.2万 | 项目支出总额 | 0 |")."""
    if facts.has("budget.expenditure_items"):
        return
    for line in outline.lines:
        if "|" in line.norm and "基本支出" in line.norm and "项目支出" in line.norm:
            found = _label_cell_items(line.text.split("|"), None)
            if found is not None:
                items, quote, guessed = found
                facts.put("budget.expenditure_items", items, ref(line.location, quote, guessed=guessed))
                return
