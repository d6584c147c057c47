"""A 绩效目标表 given apart from the 自评表: its rows name each indicator with its levels and its target
(一级指标 | 二级指标 | 三级指标 | 指标值), and no weight, score or actual. The 自评表 after it gives the actuals and
scores by name only (三级指标 | 实际完成值 | 分值 | 得分); each goal row adds its levels and target to the
indicator of the same name, never an indicator of its own. Read only for a table the indicator-table reader
left: it reads a goal table with a 二级 or a 绩效目标 column itself (``goal_table``), this one the rest
(一级 | 三级 | 指标值).
"""

from __future__ import annotations

from jixiao.readers.document import Table
from jixiao.readers.extract.facts import IndicatorDraft, cell_ref
from jixiao.readers.extract.table_columns import first_roles
from jixiao.readers.extract.values import parse_target

_LEVELS = ("level1", "level2")


def _header(row: list[str]) -> dict[str, int] | None:
    roles = first_roles(row)
    if not {"name", "target"} <= roles.keys() or {"weight", "score", "actual"} & roles.keys():
        return None
    return roles


def goal_rows(table: Table) -> list[IndicatorDraft]:
    """Name, levels (carried down a merged cell) and target of each row under the goal table's header."""
    out: list[IndicatorDraft] = []
    header: dict[str, int] | None = None
    carried: dict[str, str] = {}
    for r, row in enumerate(table.rows):
        if header is None:
            header = _header(row)
            continue
        cell = {role: row[col].strip() if col < len(row) else "" for role, col in header.items()}
        if cell.get("level1") and not cell.get("level2"):
            carried.pop("level2", None)  # a new 一级 block: the 二级 above is not its
        carried.update({level: cell[level] for level in _LEVELS if cell.get(level)})
        target = parse_target(cell["target"]) if cell["target"] else None
        if not cell["name"] or target is None:
            continue
        draft = IndicatorDraft()
        draft.put("name", cell["name"], cell_ref(table, r, header["name"], cell["name"]))
        for level in _LEVELS:
            if level in header and carried.get(level):
                draft.put(level, carried[level], cell_ref(table, r, header[level], carried[level]))
        draft.put("target", target, cell_ref(table, r, header["target"], cell["target"]))
        out.append(draft)
    return out


def target_only(goals: list[IndicatorDraft], read: list[IndicatorDraft], notes: list[IndicatorDraft],
                warnings: list[str]) -> list[IndicatorDraft]:
    """A 目标表's rows beside a 自评表 that states no indicator row of its own (cut after its money row: its
    预算执行率, read from the money, is none): the indicators the unit published, each with its levels and target,
    no actual and no score, said in a warning. Else they go to ``notes`` (their levels and targets by name)."""
    if not goals or any(d.name != "预算执行率" for d in read):
        notes.extend(goals)
        return []
    warnings.append(f"自评表未列出绩效指标，按绩效目标表读出{len(goals)}项指标（只有指标值，没有完成值和得分），请人工补充")
    return goals
