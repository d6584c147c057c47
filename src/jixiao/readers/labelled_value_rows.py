"""An indicator table narrow enough for a portrait page, giving each indicator two rows: its name with 分值 and 得分,
then a row of labelled values under it ("指标值：≥3000亩" | "完成值：3120亩"), and its two levels in one column
("一级／二级指标" over "产出指标／数量指标") → the table the other readers read: the labelled values as the row's
年度指标值 and 实际完成值 columns, the levels as two columns::

    一级／二级指标 | 三级指标 | 分值 | 得分
    产出指标／数量指标 | 某某面积 | 15 | 15
                      | 指标值：≥3000亩 | 完成值：3120亩 |
"""

from __future__ import annotations

import re

from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, indicator_header

# a value under its label: "指标值：≥3000亩", "完成值：3120亩"
_LABELLED = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(.*)$")
# both levels in one header cell, and in its cells ("产出指标／数量指标")
BOTH_LEVELS = re.compile(r"^一级(?:指标)?\s*[／/]\s*二级(?:指标)?$")
_LEVEL_SPLIT = re.compile(r"\s*[／/]\s*")


def labelled_value_rows(table: Table) -> Table | None:
    """``table`` with each row of labelled values joined to the indicator row above it, else None (no such row)."""
    if not any("值：" in cell or "值:" in cell for row in table.rows for cell in row):
        return None  # (the cheap test first: most tables label no value)
    at = next((r for r, row in enumerate(table.rows) if indicator_header(row) is not None), None)
    if at is None:
        return None
    head = table.rows[at]
    both = next((c for c, cell in enumerate(head) if BOTH_LEVELS.match(cell.strip())), None)
    rows: list[list[str]] = []
    joined = 0
    for row in table.rows[at + 1:]:
        values = _values(row)
        if values is not None and rows:
            rows[-1][-2:] = [values.get("target", rows[-1][-2]), values.get("actual", rows[-1][-1])]
            joined += 1
            continue
        rows.append([*row, "", ""])
    if not joined:
        return None
    block = [[*head, "年度指标值", "实际完成值"], *rows]
    if both is not None:
        block = [[*row[:both], *_two_levels(row[both], r == 0), *row[both + 1:]] for r, row in enumerate(block)]
    return Table([*table.rows[:at], *block], table.name, table.row_offset)


def labelled_role(cell: str) -> str | None:
    """"target" or "actual" for a value under its label ("指标值：≥3000亩", "完成值：3120亩"), else None."""
    labelled = _LABELLED.match(cell)
    role = cell_role(labelled.group(1)) if labelled is not None else None
    return role if role in ("target", "actual") else None


def _values(row: list[str]) -> dict[str, str] | None:
    """The target and actual a row of labelled values gives (every filled cell a 指标值 / 完成值 label's), else None."""
    found: dict[str, str] = {}
    for cell in (c for c in row if c.strip()):
        role = labelled_role(cell)
        labelled = _LABELLED.match(cell)
        if role is None or labelled is None or role in found:
            return None
        found[role] = labelled.group(2).strip()
    return found or None


def _two_levels(cell: str, header: bool) -> list[str]:
    if header:
        return ["一级指标", "二级指标"]
    parts = _LEVEL_SPLIT.split(cell.strip(), maxsplit=1)
    return parts if len(parts) == 2 else [cell, ""]
