"""Recognising table header cells: which column holds what."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.numbers import to_halfwidth
from jixiao.readers.textnorm import compact

# Ordered: the first matching role wins for a cell.
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("number", re.compile(r"^(序号|编号|指标序号)$")),
    ("coefficient", re.compile(r"得分系数|完成系数")),
    ("scoring_rule", re.compile(r"评分标准|评分说明|评分依据|计分方法|评分细则|评价标准|评分办法|计分标准")),
    ("core", re.compile(r"是否核心|核心指标")),
    ("deviation", re.compile(r"偏差|原因|改进措施|备注|说明|未完成")),
    ("measure_unit", re.compile(r"^(计量单位|度量单位|单位|指标单位)$")),
    ("nature", re.compile(r"指标性质|指标方向|比较方式|运算符号")),
    ("level1", re.compile(r"一级指标|^一级$")),
    ("level2", re.compile(r"二级指标|^二级$")),
    ("target_adjusted", re.compile(r"调整(后)?指标值|调整后目标值")),
    ("target", re.compile(r"年度指标值|年初指标值|目标值|指标值|预期值|计划值|年度目标|绩效目标值|预期目标")),
    ("actual", re.compile(r"实际完成值|全年完成值|完成值|实际值|实际完成|完成情况|实际达成|全年实际")),
    ("name", re.compile(r"三级指标|指标名称|^三级$|具体指标")),
    ("name_weak", re.compile(r"绩效指标$|^指标$|^指标内容$|考核指标|评价指标|^指标项$")),
    ("weight", re.compile(r"分值|权重|标准分|满分|^分数$")),
    ("score", re.compile(r"得分|评分|自评分|^得分值$")),
]

_MONEY_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("initial", re.compile(r"年初预算|年初数|年初批复")),
    ("adjusted", re.compile(r"全年\(?调整\)?预算|全年预算|调整(后)?预算|预算调整数|调整数")),
    ("executed", re.compile(r"全年执行|执行数|实际执行|实际支出|决算数|执行金额")),
    ("rate_weight", re.compile(r"执行率权重|分值|权重")),
    ("rate_score", re.compile(r"执行率得分|得分")),
    ("rate", re.compile(r"执行率")),
    ("money_note", re.compile(r"^(原因|说明|备注|偏差原因)$")),
]


def _role(cell: str, roles: list[tuple[str, re.Pattern[str]]]) -> str | None:
    key = compact(cell)
    if not key or len(key) > 24:
        return None
    return next((role for role, pattern in roles if pattern.search(key)), None)


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
