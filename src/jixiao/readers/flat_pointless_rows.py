"""Indicator rows under a header with no points, each row a line of cells a single space apart (a transfer
payment's 区域绩效目标自评表: "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施", then
"数量指标  指标1:某某站点建设 建成某某站点12个。 全年已建成12个。"): no 分值 or 得分 ends such a row, so the header's
own columns find it: the line's parts are its cells when they are no more than the header's columns, open on
levels or on the name, and the target and actual are a short phrase or a sentence each.
"""

from __future__ import annotations

import re

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_header_roles import targets_and_actuals
from jixiao.readers.flat_words import column_role
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import compact

_LEVELS = (Kind.LEVEL1, Kind.LEVEL2)
_CELL = 60  # characters in one cell at most (longer is a paragraph, and the rows have ended)
_THIRD_LEVEL = re.compile(r"三级(?:指标)?(?:名称)?")


def pointless_head(cells: list[str] | None) -> list[str] | None:
    """The roles of a line of column words naming levels, the name, the target and the actual and no points
    (no 分值, 得分 or 权重 among them); else None. A line opening on 三级指标 has its 一级 and 二级 columns before it,
    on a line of their own (the header wrapped: "绩效指标 一级指标" over "三级指标 年度指标值 全年完成值 …")."""
    if cells is None or not 4 <= len(cells) <= 8:
        return None
    roles = [column_role(cell) for cell in cells]
    if None in roles or {"weight", "score", "level1_weight", "level2_weight"} & set(roles):
        return None
    named = [role for role in roles if role is not None]
    if named[0] == "name" and _THIRD_LEVEL.fullmatch(compact(cells[0])):
        named = ["level1", "level2", *named]
    return named if targets_and_actuals(list(named)) else None


def pointless_row(text: str, roles: list[str], cells: list[str] | None = None) -> list[str] | None:
    """The cells of one row under such a header (``roles``): up to as many levels as the header names first, then
    a name that is no level, column word or label, then at most the target, the actual and a note; None when the
    line is no such row (it then ends the rows). ``cells``, the line's cells as the line reader cut them, are tried
    when its space-separated parts are no such row (a letter-spaced level, "产 出 指 标  数量指标 …")."""
    row = _row(text.split(), roles)
    return row if row is not None or not cells else _row(cells, roles)


def _row(parts: list[str], roles: list[str]) -> list[str] | None:
    levels = sum(1 for role in roles if role in ("level1", "level2"))
    lead = 0
    while lead < min(levels, len(parts)) and kind(parts[lead]) in _LEVELS:
        lead += 1
    rest = parts[lead:]
    after = len(roles) - roles.index("name")  # the name and the columns after it
    if not 2 <= len(rest) <= after or any(len(part) > _CELL for part in parts):
        return None
    if kind(rest[0]) in _LEVELS or column_role(rest[0]) or label_field(rest[0]) or kind(rest[0]) is not Kind.TEXT:
        return None
    return parts
