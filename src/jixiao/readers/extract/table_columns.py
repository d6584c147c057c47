"""Recognising table header cells: which column holds what."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import roles
from jixiao.numbers import to_halfwidth
from jixiao.readers.textnorm import compact

_ROLES = roles("indicator_columns")  # ordered: the first matching role wins (lexicon.yaml)
_MONEY_ROLES = roles("money_columns")


def _role(cell: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    key = compact(cell)
    if not key or len(key) > 24:
        return None
    return next((role for role, pattern in table if pattern.search(key)), None)


@lru_cache(maxsize=4096)  # pure: a header cell's role depends on its text alone
def cell_role(cell: str) -> str | None:
    """The indicator-table column a header cell names (name, weight, score, target …), or None."""
    return _role(cell, _ROLES)


@lru_cache(maxsize=4096)
def money_role(cell: str) -> str | None:
    """The money-block column a header cell names (initial, adjusted, executed …), or None."""
    return _role(cell, _MONEY_ROLES)


def indicator_header(row: list[str]) -> dict[str, int] | None:
    """Column of each role if ``row`` is an indicator table header (name, weight and score at least)."""
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = cell_role(cell)
        if role and role not in roles:
            roles[role] = col
    if "name" not in roles and "name_weak" in roles:
        roles["name"] = roles["name_weak"]
    if "name" not in roles:
        return None
    if "weight" in roles and ("score" in roles or "actual" in roles):
        return roles
    return None


_FRACTION_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*分?\s*")


def fraction_header(row: list[str], below: list[str]) -> dict[str, int] | None:
    """A header with names and scores but no weight column, whose scores are written "18/20"
    (score over weight): the row below must show such a fraction."""
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = cell_role(cell)
        if role and role not in roles:
            roles[role] = col
    if "name" not in roles and "name_weak" in roles:
        roles["name"] = roles["name_weak"]
    score = roles.get("score")
    if "name" not in roles or "weight" in roles or score is None or score >= len(below):
        return None
    return roles if is_fraction_cell(below[score]) else None


def is_fraction_cell(text: str) -> bool:
    return bool(_FRACTION_CELL.fullmatch(to_halfwidth(text).replace("／", "/")))


def money_header(row: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = money_role(cell)
        if role and role not in roles:
            roles[role] = col
    if "executed" in roles and ("initial" in roles or "adjusted" in roles):
        return roles
    return None


def indicator_headers(row: list[str]) -> list[dict[str, int]]:
    """Every indicator header in ``row``: a score table printed two indicators per row repeats its
    header (指标 | 分值 | 得分 | 指标 | 分值 | 得分); each block gets its own columns."""
    first = indicator_header(row)
    if first is None:
        return []
    starts = [0]
    seen_name = False
    for col, cell in enumerate(row):
        role = cell_role(cell)
        if role in ("name", "name_weak", "number", "level1"):
            if seen_name and col > starts[-1] and role == _first_role(row, starts[-1]):
                starts.append(col)
            seen_name = seen_name or role in ("name", "name_weak")
    if len(starts) == 1:
        return [first]
    out: list[dict[str, int]] = []
    for start, end in zip(starts, [*starts[1:], len(row)], strict=True):
        block = indicator_header(row[start:end])
        if block is not None:
            out.append({role: col + start for role, col in block.items()})
    return out or [first]


def _first_role(row: list[str], start: int) -> str | None:
    return next((role for cell in row[start:] if (role := cell_role(cell))), None)


def labelled_indicator_row(row: list[str]) -> dict[str, int] | None:
    """A row written as labels and values, "指标名称 | X | 分值 | 10 | 得分 | 9": the column of each
    role's value (so the row is read as an indicator row), or None."""
    cells: list[tuple[int, str]] = []
    for col, cell in enumerate(row):
        text = cell.strip()
        if text and (not cells or text != cells[-1][1]):  # merged cells repeat their text
            cells.append((col, text))
    if len(cells) < 4 or len(cells) % 2:
        return None
    roles: dict[str, int] = {}
    for (_, label), (col, value) in zip(cells[::2], cells[1::2], strict=True):
        role = cell_role(label)
        if role is None or (cell_role(value) is not None and len(compact(value)) <= 6):
            return None  # an unknown label, or a header row (its "values" are header words too)
        roles.setdefault("name" if role == "name_weak" else role, col)
    if "name" in roles and "weight" in roles and ("score" in roles or "actual" in roles):
        return roles
    return None
