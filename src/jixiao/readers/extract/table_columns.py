"""Recognising table header cells: which column holds what."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.lexicon import pattern, roles
from jixiao.numbers import to_halfwidth
from jixiao.readers.extract.score_columns import own_score
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
    """Column of each role if ``row`` is an indicator table header (name, weight and score at least).
    A score sheet with a 分值 column after each level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 |
    得分): the indicator's weight is the one after the name, the first level's is its block weight."""
    roles: dict[str, int] = {}
    weights: list[int] = []
    scores: list[int] = []
    section = _section_label(row)
    for col, cell in enumerate(row):
        role = None if col == section else cell_role(cell)
        if role == "weight":
            weights.append(col)
        scores += [col] if role == "score" else []
        if role and (role not in roles or (role == "actual" and later_year(row[roles[role]], cell))):
            roles[role] = col  # (2023年完成值 | 2024年完成值: the later year's, the year evaluated beside the last)
    if "name" not in roles and "name_weak" in roles:
        roles["name"] = roles["name_weak"]
    reasons = [col for col, cell in enumerate(row) if cell_role(cell) == "deviation" and _REASON.search(compact(cell))]
    if reasons:  # 偏差 (a figure: "+62人") beside 偏差原因分析及改进措施: the reason's column
        roles["deviation"] = reasons[0]
    named = next((col for col, cell in enumerate(row) if name_with_target(cell)), None)
    if "name" not in roles and named is not None:  # "三级指标（年度指标值）": each name cell ends in its target
        roles["name"] = roles["name_target"] = named
        if roles.get("target") == named:
            del roles["target"]
    if "name" not in roles and {"level1", "level2", "weight"} <= roles.keys() and "levels" not in roles:
        roles["name"] = roles.pop("level2")  # a 2-level form (一级指标 | 二级指标 | 指标值 …): the 二级 names it
    if "name" not in roles:
        return None
    if len(scores) > 1:  # 县级评分 | 市级评分: the unit's own (score_columns.py)
        roles["score"] = own_score(row, scores)[0]
    after_name = [c for c in weights if c > roles["name"]]
    if len(weights) > 1 and after_name:
        roles["weight"] = after_name[0]
        if "level1" in roles and roles["level1"] + 1 in weights:
            roles["level1_weight"] = roles["level1"] + 1
    if "weight" in roles and ("score" in roles or "actual" in roles):
        return roles
    if {"target", "actual"} <= roles.keys() and {"level1", "level2"} & roles.keys() and "score" not in roles:
        return roles  # 一级 | 二级 | 指标名称 | 目标值 | 实际完成值: targets and actuals, no weight or score column
    if goal_table(roles):
        return roles
    return None


def _section_label(row: list[str]) -> int | None:
    """The column of the indicator section's label ("年度绩效指标完成情况") when it heads the row before the levels'
    and names' columns, else None."""
    for col, cell in enumerate(row):
        if not cell.strip():
            continue
        if not pattern("indicator_section_label").fullmatch(compact(cell)):
            return None
        later = {cell_role(c) for c in row[col + 1:]}
        return col if later & {"level1", "name"} and "actual" in later else None
    return None


def goal_table(roles: dict[str, int]) -> bool:
    """A goal table (指标类型 | 指标名称 | 绩效目标 | 绩效标准, or 一级 | 二级 | 三级 | 指标值 with no 完成值, or
    指标名称 | 计量单位 | 指标性质 | 指标值): what is to be done, no outcome — its rows state each indicator's name,
    levels and target, nothing scored."""
    if roles.keys() & {"actual", "score", "weight", "deduction", "completion", "coefficient"}:
        return False
    if {"name", "target", "measure_unit", "nature"} <= roles.keys():
        return True  # each target written out in its unit and comparator cells: a 绩效目标表 with no levels
    if roles.keys() == {"number", "name", "target"}:
        return True  # 序号 | 三级指标 | 年度指标值: a numbered list of the goals' targets
    leveled = bool(roles.keys() & {"levels", "level1"})
    return leveled and ("goal" in roles or ("target" in roles and "level2" in roles))


_REASON = re.compile(r"原因|措施|说明")
# a name column whose header says its cells carry the target in brackets: "三级指标（年度指标值）"
_NAME_WITH_TARGET = re.compile(r"^(?:三级指标|指标名称|绩效指标|具体指标|指标)(?:名称)?(?:年度)?(?:指标值|目标值)$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年|^(上年|去年|上一年|前一年)|^(本年|当年|今年)")


def name_with_target(cell: str) -> bool:
    """"三级指标（年度指标值）": a name column whose every cell ends in its target in brackets."""
    return _NAME_WITH_TARGET.match(compact(cell)) is not None


def _year_of(cell: str) -> int | None:
    """The year a header cell names: its digits, or -1 for 上年 / 去年 and 0 for 本年 / 当年 (relative)."""
    found = _YEAR.search(compact(cell))
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else -1 if found.group(2) else 0


def later_year(first: str, other: str) -> bool:
    """Two header cells of one role naming years (both by digits, or both relatively), the other a later one; or the
    first naming the year before (上年实际值) and the other no year (实际完成值: the year's own)."""
    a, b = _year_of(first), _year_of(other)
    if a == -1 and b is None:
        return True
    return a is not None and b is not None and (a > 1000) == (b > 1000) and b > a


_SUB_ROLES = {"level1", "level2", "name", "nature", "target", "measure_unit", "target_adjusted"}


def two_row_header(rows: list[list[str]], r: int) -> dict[str, int] | None:
    """A header over two rows: the second names the parts of cells the first spans (绩效指标 over
    一级 | 二级 | 三级 指标, 年度指标值 over 指标性质 | 指标值 | 度量单位). A copied form writes a spanning
    cell once (the parts then replace it, the other cells follow) or in every column it covers."""
    if r + 1 >= len(rows):
        return None
    top, sub = rows[r], rows[r + 1]
    sub_cells = [c for c in sub if c.strip()]
    sub_roles = [cell_role(c) for c in sub_cells]
    if len(sub_cells) < 3 or None in sub_roles or not set(sub_roles) <= _SUB_ROLES:
        return None
    below = rows[r + 2] if r + 2 < len(rows) else []
    top_cells = [c for c in top if c.strip()]
    if len([c for c in below if c.strip()]) > len(top_cells):  # spanning cells written once
        rest = [c for c in top_cells if cell_role(c) not in (*sub_roles, "name_weak", "target")]
        return indicator_header(sub_cells + rest)
    width = max(len(top), len(sub))
    merged = [sub[c] if c < len(sub) and sub[c].strip() else (top[c] if c < len(top) else "") for c in range(width)]
    return indicator_header(merged)


_FRACTION_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*分?\s*")


def first_roles(row: list[str]) -> dict[str, int]:
    """The column of each role the row's cells name, the first cell of a role kept (a weak name as the name)."""
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = cell_role(cell)
        if role and role not in roles:
            roles[role] = col
    if "name" not in roles and "name_weak" in roles:
        roles["name"] = roles["name_weak"]
    return roles


def weightless_header(row: list[str], below: list[str]) -> dict[str, int] | None:
    """A header with names and scores but no weight column, whose weights the cells carry: the score
    written "18/20" (score over weight), or the name "相关性（5分）" (a 2018 score sheet printing each
    level's and indicator's weight in its cell). The row below must show one of them. A form with a
    target and an actual column as well (三级指标 | 年初目标值(A) | 实际完成值(B) | 得分) states no weight at
    all: its rows are read with none."""
    roles = first_roles(row)
    score, name = roles.get("score"), roles.get("name")
    if name is None or "weight" in roles or score is None or max(score, name) >= len(below):
        return None
    if "actual" in roles and ("target" in roles or "target_adjusted" in roles):
        return roles
    return roles if is_fraction_cell(below[score]) or weight_in_cell(below[name]) is not None else None


_CELL_WEIGHT = re.compile(r"^(.*?\S)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$")


def weight_in_cell(text: str) -> tuple[str, str] | None:
    """"相关性（5 分）" → ("相关性", "5"): a name and the weight printed in its cell, else None."""
    found = _CELL_WEIGHT.match(to_halfwidth(text))
    return (re.sub(r"\s+", "", found.group(1)), found.group(2)) if found else None


def is_fraction_cell(text: str) -> bool:
    return bool(_FRACTION_CELL.fullmatch(to_halfwidth(text).replace("／", "/")))


def money_header(row: list[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for col, cell in enumerate(row):
        role = money_role(cell)
        if role and role not in roles:
            roles[role] = col
        elif role == "adjusted" and pattern("year_budget_column").fullmatch(compact(row[roles[role]])):
            roles[role] = col  # a 调整后预算数 column after a 年度预算数 caption: the adjusted budget
        elif role and _year_of(row[roles[role]]) is not None and (_year_of(cell) is None
                                                                  or later_year(row[roles[role]], cell)):
            roles[role] = col  # 2023年决算数 | 年初预算数 | … | 全年执行数: last year's outturn before the year's own
    if "executed" in roles and ("initial" in roles or "adjusted" in roles):
        if any(pattern("task_column").fullmatch(compact(cell)) for cell in row):
            return None  # 重点工作任务 | 预算数 | 执行数: the year's tasks, each with its money, not the budget
        return roles
    return None


def indicator_headers(row: list[str]) -> list[dict[str, int]]:
    """Every indicator header in ``row``: a score table printed two indicators per row repeats its
    header (指标 | 分值 | 得分 | 指标 | 分值 | 得分); each block gets its own columns."""
    first = indicator_header(row) or _block_summary_header(row)
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


def _block_summary_header(row: list[str]) -> dict[str, int] | None:
    """"一级指标 | 分值 | 得分" and nothing else but a 得分率 column (得分 ÷ 分值: "一级指标 | 权重 | 得分 | 得分率"):
    a summary of the blocks' points and scores, its 一级 column the rows' names (block_scores reads them as the
    blocks' weights)."""
    if "一级" not in "".join(row):
        return None  # (the cheap test first: every row of every table comes here)
    filled = sum(1 for cell in row if cell.strip())
    if filled not in (3, 4):
        return None
    roles = {cell_role(cell): col for col, cell in enumerate(row) if cell.strip()}
    if roles.keys() - {"coefficient"} != {"level1", "weight", "score"} or len(roles) != filled:
        return None
    return {"name_weak": roles["level1"], "name": roles["level1"], "weight": roles["weight"], "score": roles["score"]}


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
