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

A flattened copy of that form may name the two columns apart ("年度指标值 | 实际完成值") while each row still holds
its "≥320户 → 326户" in one cell, the other slot empty, or keep one target column ("年度指标值") over such cells: each
cell is cut at its arrow the same way, the part before to the target, the part after to the actual (both marked
guessed: the header that named the pair was the flattened reader's to rebuild).
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


def _arrow_pair(cell: str) -> tuple[str, str] | None:
    """A cell holding one arrow between two values ("≥26项 → 27项"): its two parts; else None."""
    parts = _ARROW.split(cell)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 and all(p.strip() for p in parts) else None


def _split_arrows(table: Table, h: int, target: int, actual: int) -> Table:
    """Rows under a header naming target and actual apart whose one of the two cells holds "A → B", the other empty:
    A to the target column, B to the actual column (guessed); ``table`` itself when no row has one."""
    rows = [list(r) for r in table.rows]
    guessed = set(table.guessed)
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if max(target, actual) >= len(row):
            continue
        for full, empty in ((target, actual), (actual, target)):
            pair = _arrow_pair(row[full]) if not row[empty].strip() else None
            if pair is not None:
                row[target], row[actual] = pair
                guessed |= {(r, target), (r, actual)}
                break
    if guessed == set(table.guessed):
        return table
    return replace(table, rows=rows, guessed=frozenset(guessed))


def _split_arrow_column(table: Table, h: int, value: int) -> Table | None:
    """A target column with no actual beside it whose rows hold "A → B" (two or more): A stays the target, B goes to
    a new 实际完成值 column (guessed); None when fewer rows hold one."""
    cut = {r: pair for r in range(h + 1, len(table.rows)) if value < len(table.rows[r])
           and (pair := _arrow_pair(table.rows[r][value])) is not None}
    if len(cut) < _MIN_PAIRS:
        return None
    width = max(len(r) for r in table.rows)
    rows = [[*r, *[""] * (width - len(r)), ""] for r in table.rows]  # the new column: index ``width``
    rows[h][width] = "实际完成值"
    for r, (target, actual) in cut.items():
        rows[r][value], rows[r][width] = target, actual
    guessed = set(table.guessed) | {(r, c) for r in cut for c in (value, width)}
    return replace(table, rows=rows, guessed=frozenset(guessed))


def unstacked(table: Table) -> Table:
    """``table`` with its stacked target / actual rows (or cells) read side by side, or ``table`` itself."""
    for h, row in enumerate(table.rows):
        header = indicator_header(row) if len(row) > 3 else None
        if header is not None and "actual" in header and "target" in header:
            return _split_arrows(table, h, header["target"], header["actual"])
        if header is None or "actual" in header or "target" not in header:
            continue
        if _slashed_header(row[header["target"]]):
            return _split_slashed(table, h, header["target"])
        if (arrows := _split_arrow_column(table, h, header["target"])) is not None:
            return arrows
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
