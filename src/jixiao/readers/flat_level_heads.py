"""A fused header line with level columns before the name ("一级指标二级指标三级指标年度指标值实际完成值分值得分…"):
its column roles, its cells that are several column words run together cut into them, and the second row of a
header whose spanning cell it splits ("年度目标实际完成" under 指标值); a name column that carries the rows' points in
brackets ("三级指标（分值）", no 分值 column)."""

from __future__ import annotations

import re

from jixiao.readers.flat_named_rows import HEAD_WORDS
from jixiao.readers.flat_words import column_role, column_words, is_form_word

_LEVELS = frozenset({"level1", "level2"})


def recut_head(cells: list[str]) -> list[str]:
    """A fused header's cells with each cell that is several column words run together cut into them ("目标值实际值",
    "指标值完成值得分": words that are no cut words of the form, :func:`.flat_words.column_words`)."""
    out: list[str] = []
    for cell in _closed(cells):
        mark = _LEAD_MARK.match(cell)
        if mark is not None and out and mark.end() < len(cell):  # "权重" | "(%)目标值…": the mark is the cell before's
            out[-1] += mark.group(0)
            cell = cell[mark.end():]
        out.extend(column_words(cell))
    return out


def _closed(cells: list[str]) -> list[str]:
    """``cells`` with a bracketed mark the cut opened ("完成率（B" | "/" | "A）") one cell again."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].count("（") + out[-1].count("(") > out[-1].count("）") + out[-1].count(")"):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def sub_header(text: str, roles: list[str | None]) -> tuple[list[str], list[str | None]] | None:
    """The cells of a fused header's second row ("年度目标实际完成" under 指标值) and the header's roles with the
    spanning cell's replaced by its parts', when ``text`` is two value columns or more run together, the first of
    a role the header holds once and the others of roles it lacks; else None."""
    parts = column_words(text)
    kinds = [column_role(part) for part in parts]
    if len(parts) < 2 or roles.count(kinds[0]) != 1 or any(kind in roles for kind in kinds[1:]):
        return None
    at = roles.index(kinds[0])
    return parts, [*roles[:at], *kinds, *roles[at + 1:]]


_LEAD_MARK = re.compile(r"[(（][^()（）]{1,6}[)）]")


def level_head(cells: list[str]) -> list[str | None] | None:
    """The column roles of a fused header line with level columns before the name ("一级指标二级指标三级指标年度指标值
    实际完成值分值得分…"; a 序号 or a 绩效指标 caption before them at most), or None."""
    roles = [column_role(cell) for cell in cells]
    if sum(map(is_form_word, cells)) < HEAD_WORDS or "name" not in roles:
        return None
    at = roles.index("name")
    lead = 1 if roles[0] is None and roles[1:2] == ["level1"] else 0  # "部门职责工作任务" before the levels
    levelled = set(roles[lead:at]) <= _LEVELS | {"number", "name_weak"} and bool(_LEVELS & set(roles[:at]))
    levels = roles[lead:at] == ["levels"]  # "指标类别指标名称…": one column naming the levels
    if not at or not (levelled or levels) or "weight" not in roles[at:] \
            or not {"score", "deduction"} & set(roles[at:]):  # 扣分 printed instead of 得分: its points alike
        return None
    return roles


# "三级指标（分值）": the name column's head saying each row's points follow its name in brackets
_POINTS_MARK = re.compile(r"[(（](?:分值|权重|分)[)）]$")
# a row's points in brackets right after its name ("某某场次（15分）≥80场…"), then no figure (the weight's end written)
_NAME_POINTS = re.compile(r"(?<=[\u4e00-\u9fff])[(（]((?:[1-9]\d{0,2}|0)(?:\.\d{1,2})?)分[)）](?=[^\d.])")


def pointed_head(cells: list[str]) -> list[str] | None:
    """A header whose name column carries each row's points in brackets and that has no weight column ("…三级指标
    （分值）年度指标值实际完成值得分…"): its cells with that column's cut into the name's and a weight's (分值) right
    after it, as :func:`unpointed` reads the rows; else None."""
    roles = [column_role(cell) for cell in cells]
    for at, cell in enumerate(cells):
        mark = _POINTS_MARK.search(cell)
        if mark is not None and roles[at] == "name" and "weight" not in roles and "score" in roles:
            return [*cells[:at], cell[: mark.start()], "分值", *cells[at + 1:]]
    return None


def unpointed(line: str) -> str:
    """A row under such a header with its name's bracketed points the weight's figure right after the name
    ("某某场次（15分）≥80场86场15" → "某某场次15≥80场86场15"); a bracket with a figure right after it is left as it is
    (where the weight would end is then unwritten)."""
    return _NAME_POINTS.sub(r"\1", line, count=1)
