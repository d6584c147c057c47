"""Recognising table header cells: which column holds what."""

from __future__ import annotations

import re

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


def cell_role(cell: str) -> str | None:
    key = compact(cell)
    if not key or len(key) > 24:
        return None
    for role, pattern in _ROLES:
        if pattern.search(key):
            return role
    return None


def money_role(cell: str) -> str | None:
    key = compact(cell)
    if not key or len(key) > 24:
        return None
    for role, pattern in _MONEY_ROLES:
        if pattern.search(key):
            return role
    return None


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


def money_header(row: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = money_role(cell)
        if role and role not in roles:
            roles[role] = col
    if "executed" in roles and ("initial" in roles or "adjusted" in roles):
        return roles
    return None
