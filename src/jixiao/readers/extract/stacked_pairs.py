"""An indicator table that gives each indicator two rows — its target, then its actual — in one 指标值 column,
told apart by a kind column (类别: 年度目标 / 实际完成), the other cells merged over the pair:

    三级指标 | 类别     | 指标值     | 分值 | 得分
    接种剂次 | 年度目标 | ≥12万剂次  | 10   | 10
    接种剂次 | 实际完成 | 12.6万剂次 | 10   | 10

read as one row a indicator: the value column is the target, the actual row's value is put in a new 实际完成值
column at the end, and the actual row is left empty (row numbers, and with them every cell's place, hold).

A form that stacks the two in one cell instead, its header naming both ("年度目标/实际完成" over "≥320户/326户", or
joined by an arrow: "指标值→完成值" over "≥320户 → 326户"), is read the same way: the part before the slash or the
arrow stays the target, the part after goes to the new column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.document import Table
from jixiao.readers.extract.table_columns import cell_role, indicator_header
from jixiao.readers.textnorm import compact

# the kind column's heading, over its two words
STACK_HEAD = re.compile(r"^(?:类别|类型|指标值类别|数值类别)$")
TARGET_KIND = re.compile(r"^(?:年度|全年|预期)?(?:目标|目标值|指标值|计划值?)$")
ACTUAL_KIND = re.compile(r"^(?:实际|全年)?(?:完成|完成值|实际值|完成情况)$|^实际$")
_MIN_PAIRS = 2
_ARROW = re.compile(r"\s*(?:→|⟶|->|=>)\s*")


def _pairs(rows: list[list[str]], col: int) -> list[int]:
    """Indexes of the rows that open a target / actual pair in column ``col``."""
    out, r = [], 0
    while r + 1 < len(rows):
        here = compact(rows[r][col]) if col < len(rows[r]) else ""
        below = compact(rows[r + 1][col]) if col < len(rows[r + 1]) else ""
        if TARGET_KIND.match(here) and ACTUAL_KIND.match(below):
            out.append(r)
            r += 2
        else:
            r += 1
    return out


def _slashed_header(cell: str) -> bool:
    """A header cell naming a target and an actual joined by one slash or one arrow: 年度目标/实际完成,
    指标值/实际值, 指标值→完成值."""
    head = compact(cell)
    parts = _ARROW.split(head) if _ARROW.search(head) else head.split("/")
    return len(parts) == 2 and cell_role(parts[0]) == "target" and cell_role(parts[1]) == "actual"


def _slash_parts(cell: str) -> tuple[str, str]:
    """A "target/actual" cell's two parts, cut at its middle slash (a unit may hold one: "≥50元/人/48元/人");
    a cell with no slash, or an even number of them, is a target alone; a cell holding one arrow is cut there."""
    arrows = _ARROW.split(cell)
    if len(arrows) == 2:
        return arrows[0].strip(), arrows[1].strip()
    slashes = [i for i, ch in enumerate(cell) if ch in "/／"]
    if len(slashes) % 2 == 0:
        return cell.strip(), ""
    cut = slashes[len(slashes) // 2]
    return cell[:cut].strip(), cell[cut + 1:].strip()


def _split_slashed(table: Table, h: int, value: int) -> Table:
    width = max(len(r) for r in table.rows)
    rows = [[*r, *[""] * (width - len(r)), ""] for r in table.rows]  # the new column: index ``width``
    rows[h][value], rows[h][width] = "年度指标值", "实际完成值"
    for r in range(h + 1, len(rows)):
        rows[r][value], rows[r][width] = _slash_parts(rows[r][value])
    return replace(table, rows=rows)


def unstacked(table: Table) -> Table:
    """``table`` with its stacked target / actual rows (or cells) read side by side, or ``table`` itself."""
    for h, row in enumerate(table.rows):
        header = indicator_header(row) if len(row) > 3 else None
        if header is None or "actual" in header or "target" not in header:
            continue
        if _slashed_header(row[header["target"]]):
            return _split_slashed(table, h, header["target"])
        body = table.rows[h + 1:]
        kind = next((c for c in range(len(row)) if c != header["target"] and len(_pairs(body, c)) >= _MIN_PAIRS), None)
        if kind is None:
            return table
        opens = {h + 1 + r for r in _pairs(body, kind)}
        value = header["target"]
        width = max(len(r) for r in table.rows)
        rows = [[*r, *[""] * (width - len(r)), ""] for r in table.rows]  # the new column: index ``width``
        rows[h][kind], rows[h][value], rows[h][width] = "", "年度指标值", "实际完成值"
        for r in opens:
            actual = table.rows[r + 1]
            rows[r][kind], rows[r][width] = "", actual[value] if value < len(actual) else ""
            rows[r + 1] = [""] * (width + 1)
        return replace(table, rows=rows)
    return table
