"""A form's money item in one header row, its figures in the next: a block with its points, the item (its formula
in brackets), the money columns and the score columns on one line, as a special-bond form writes its fund
management indicator ("绩效指标 | 专项债券资金管理指标(10分) | 支出进度 (实际支出/当年下达额度) | 实际支出金额 |
下达额度 | 实际完成值 | 分值 | 得分 | 偏差原因及改进措施" over "960 | 1,200 | 80% | 10 | 8"). No
header of the extractors has leading cells holding a row's own values, so the two lines were left as text.

They are read as the neutral tables the extractors know, every cell located at its line: the item's amounts under
their own column heads (a money row, the budget: its unit a guess when the heads state none, as for any money block)
and the item under its block with the figures of the columns after the money (an indicator row)."""

from __future__ import annotations

import re

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, money_role, weight_in_cell
from jixiao.readers.textnorm import match_text

_FIGURE = re.compile(rf"-?{WRITTEN_FIGURE}%?")  # (a rate's cell, "95.72%", among the amounts)
# "(实际支出/当年下达额度)"; the first slash splits (a cell of many slashes or spaces is one pass, not one per split)
_FORMULA = re.compile(r"(?<!\s)\s*[(（][^()（）/÷]*[/÷][^()（）]*[)）]\s*$")
_AMOUNTS = ("adjusted", "executed")


def _cells(text: str) -> list[str]:
    cells = [cell.strip() for cell in text.split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _head_of(cells: list[str]) -> tuple[int, dict[str, int]] | None:
    """(the block cell's column, each column role's column) of a line holding a block with its points, an item and
    the money and score columns after it, or None."""
    for b, cell in enumerate(cells[:3]):
        weighted = weight_in_cell(cell)
        if weighted is None or not weighted[0].endswith("指标") or b + 2 >= len(cells):
            continue
        item = cells[b + 1]
        if not item or cell_role(item) is not None or money_role(_FORMULA.sub("", item)) is not None:
            return None
        roles: dict[str, int] = {}
        for col in range(b + 2, len(cells)):
            role = money_role(cells[col]) if money_role(cells[col]) in _AMOUNTS else cell_role(cells[col])
            if role is None:
                return None
            roles.setdefault(role, col)
        if all(role in roles for role in (*_AMOUNTS, "weight", "score")):
            return b, roles
        return None
    return None


def _figures(text: str) -> list[str] | None:
    """The cells of a line of figures in their places (an empty one kept: a blank cell), or None."""
    cells = _cells(text)
    filled = [cell for cell in cells if cell]
    return cells if filled and all(_FIGURE.fullmatch(match_text(cell).replace(" ", "")) for cell in filled) else None


def money_item_forms(lines: list[str]) -> dict[int, list[Table]]:
    """For each such pair of lines, the first line's index → its money table and its indicator table, the second's →
    none (both lines read)."""
    out: dict[int, list[Table]] = {}
    for i, line in enumerate(lines[:-1]):
        found = _head_of(_cells(line)) if "|" in line and "指标" in line else None
        figures = _figures(lines[i + 1]) if found else None
        if found is None or figures is None:
            continue
        b, roles = found
        head = _cells(line)
        columns = list(range(b + 2, len(head)))
        values = {col: figure for col, figure in zip(columns, figures, strict=False) if figure}
        if len(figures) > len(columns) or not all(roles[role] in values for role in (*_AMOUNTS, "score")):
            continue  # more figures than columns, or an amount or the score not written: not this header's row
        out[i] = _tables(head, b, values, f"第{i + 1}行", f"第{i + 2}行")
        out[i + 1] = []
    return out


def _tables(head: list[str], b: int, values: dict[int, str], at: str, below: str) -> list[Table]:
    item = _FORMULA.sub("", head[b + 1])
    money = [c for c in values if money_role(head[c]) in _AMOUNTS]
    rest = [c for c in values if c not in money]
    money_rows = [["", *(head[c] for c in money)], [item, *(values[c] for c in money)]]
    item_rows = [["一级指标", "三级指标", *(head[c] for c in rest)], [head[b], item, *(values[c] for c in rest)]]
    tables = []
    for rows, name in ((money_rows, f"{at}资金"), (item_rows, f"{at}指标")):
        origins = {(r, c): (at if r == 0 or c == 0 or (rows is item_rows and c == 1) else below)
                   for r, row in enumerate(rows) for c in range(len(row))}
        tables.append(Table(rows, name, origins=origins))
    return tables
