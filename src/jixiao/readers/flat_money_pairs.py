"""Money figures written as label and value pairs, one cell a line: "预算数:" / "2.38" / "执行数:" / "2.38", or a
cover's "计划安排资金" / "(万元)" / "55" / "实际到位资金" / "(万元)" / "55" / "实际支出" / "(万元)" / "55". Each label
names a money column and the figure after it (a unit cell between) is that column's value: a money block of one
row, the year's total. Only one cell a line: a label and its figure on one line are read where they stand."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_tokens import Token
from jixiao.readers.textnorm import compact

_PAIRS = 6  # money columns a form writes this way (budget, received, spent, balance …)
# 计划安排资金 | 实际到位资金 | 实际支出 | 结余: a Hunan cover's money row (the planned allocation is the budget);
# read here only, as the label of a pair (as a header word it would cut that cover's ruled rows apart)
PLANNED = re.compile(r"^计划安排(?:资金|金额|数)?$")


def money_pairs(tokens: Sequence[Token], i: int, role_of: Callable[[str], str | None],
                unit_cell: Callable[[str], bool]) -> tuple[list[str], list[str], list[str], int] | None:
    """The columns' roles, their units as written ("(万元)", or ""), the figures and the index after the last
    pair, when tokens[i:] start with two pairs or more that name a budget (预算 / 计划安排) and what was spent;
    else None."""
    labels: list[str] = []  # the unit written after each label
    values: list[str] = []
    roles: list[str] = []
    j = i
    while j < len(tokens) and len(labels) < _PAIRS:
        role = "adjusted" if PLANNED.match(compact(tokens[j].text)) else role_of(tokens[j].text)
        if role is None or role in roles:
            break
        k = j + 1
        unit = ""
        if k < len(tokens) and unit_cell(tokens[k].text):
            unit, k = tokens[k].text.strip(), k + 1
        if k >= len(tokens) or kind(tokens[k].text) not in (Kind.NUMBER, Kind.AMOUNT) \
                or tokens[k].line == tokens[j].line:  # "年初预算数：2,864.50" / a spaced row: read as written
            break
        labels.append(unit)
        values.append(tokens[k].text.strip())
        roles.append(role)
        j = k + 1
    if "executed" not in roles or not {"initial", "adjusted"} & set(roles):
        return None
    return roles, labels, values, j
