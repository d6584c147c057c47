"""The 经费控制情况 block of a whole-unit 基础数据表: year columns (2021年决算数 | 2022年预算数 | 2022年决算数, or
上年决算数 | 本年预算数 | 本年决算数) over rows 支出总额 / 基本支出 / 项目支出, as a table or one cell a line. The
evaluated year's 决算数 column gives the year's spending total and its two parts; a row whose cells are not all
figures is passed over (a blank cell would leave the column of each figure a guess). A block with no 支出总额 row
(三公经费 / 项目支出 / 公用经费, the 项目支出 row's label maybe ending on a colon) gives its 项目支出 alone."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model import SourceRef
from jixiao.readers.cells import number
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, cell_ref, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import compact

_CAPTION = "经费控制情况"
_COLUMN = re.compile(r"^((?:19|20)\d{2}年度?|上年度?|本年度?|当年)(预算数|决算数)$")
_TOTAL = "支出总额"
_PARTS = ("基本支出", "项目支出")
_SPAN = 60  # cells after the caption searched for the block's rows

Cell = tuple[str, SourceRef]


def spending_control(outline: Outline, facts: Facts) -> None:
    """The year's spending total and its parts from the block, when no spending total was read."""
    year = facts.get("year")
    if facts.has("budget.expenditure_total") or facts.has("budget.expenditure_items") or not isinstance(year, int):
        return
    runs: list[list[Cell]] = []
    for k, line in enumerate(outline.lines):
        if _CAPTION in line.norm and len(line.norm) <= 20:
            runs.append([(other.text, ref(other.location, other.text)) for other in outline.lines[k: k + _SPAN]])
    for _index, table in outline.tables:
        for r, row in enumerate(table.rows):
            if row and _CAPTION in row[0] and len(row[0]) <= 20:
                runs.append([(text, cell_ref(table, at, c, text))
                             for at in range(r, min(len(table.rows), r + _SPAN // 4))
                             for c, text in enumerate(table.rows[at])])
    for cells in runs:
        if _read_block(cells, year, facts):
            return


def _column_year(word: str, year: int) -> int:
    """"2022年" → 2022; "本年" / "当年" → the evaluated year, "上年" → the one before."""
    if word[0].isdigit():
        return int(word[:4])
    return year - 1 if word.startswith("上") else year


def _read_block(cells: list[Cell], year: int, facts: Facts) -> bool:
    columns: list[tuple[int, str]] = []
    j = 1
    while j < len(cells) and (head := _COLUMN.match(compact(cells[j][0]))) is not None:
        columns.append((_column_year(head.group(1), year), head.group(2)))
        j += 1
    final = next((c for c, (at, word) in enumerate(columns) if at == year and word == "决算数"), None)
    if len(columns) < 2 or final is None:
        return False
    rows: dict[str, tuple[Decimal, SourceRef]] = {}
    while j < len(cells):
        label = compact(cells[j][0]).rstrip(":：")
        values: list[tuple[Decimal, SourceRef]] = []
        j += 1
        while j < len(cells) and len(values) <= len(columns) and (figure := number(cells[j][0])) is not None:
            values.append((figure, cells[j][1]))
            j += 1
        if label in (_TOTAL, *_PARTS) and len(values) == len(columns) and label not in rows:
            rows[label] = values[final]
    if _TOTAL not in rows:
        if _PARTS[1] not in rows:
            return False
        facts.put("budget.expenditure_items", [{"name": _PARTS[1], "amount": tidy(rows[_PARTS[1]][0])}],
                  rows[_PARTS[1]][1], "支出构成")
        return True
    total, source = rows[_TOTAL]
    facts.put("budget.expenditure_total", tidy(total), source, "支出总计")
    if all(part in rows for part in _PARTS) and sum(rows[part][0] for part in _PARTS) == total:
        items = [{"name": part, "amount": tidy(rows[part][0])} for part in _PARTS]
        facts.put("budget.expenditure_items", items, rows[_PARTS[0]][1], "支出总计构成")
    return True
