"""Two sheet layouts that are one table to a spreadsheet and two (or three) to a reader: tables side by side on one
sheet, an empty column between them (a landscape sheet laid out to print on one page), and a system's long export,
one row per indicator with the unit's, the project's and the money's facts repeated on every row."""

from __future__ import annotations

import re

from jixiao.readers.document import Block, Paragraph, Table, column_letters

_MIN_ROWS = 3  # rows holding text on each side of the gap


def side_by_side(rows: list[list[str]]) -> list[tuple[int, list[list[str]]]]:
    """The column groups of a sheet split at columns empty in every row, when two groups or more each hold text in
    three rows or more: (first column, rows) per group, each group's rows without the rows it leaves empty; else
    the whole sheet as one group."""
    width = max((len(r) for r in rows), default=0)
    empty = [c for c in range(width) if not any(c < len(r) and r[c].strip() for r in rows)]
    bounds, start = [], 0
    for c in [*empty, width]:
        if c > start:
            bounds.append((start, c))
        start = c + 1
    groups = []
    for first, end in bounds:
        part = [r[first:end] + [""] * max(0, end - len(r)) for r in rows]
        if sum(any(cell.strip() for cell in r) for r in part) < _MIN_ROWS:
            return [(0, rows)]
        groups.append((first, part))
    return groups if len(groups) >= 2 else [(0, rows)]


def group_table(first: int, part: list[list[str]], name: str, offset: int) -> Table:
    """A column group as a table of its own, its cells located by their sheet references (F3, not A3)."""
    kept = [(r, row) for r, row in enumerate(part) if any(cell.strip() for cell in row)]
    origins = {(i, c): f"{name}{column_letters(first + c)}{r + 1 + offset}"
               for i, (r, row) in enumerate(kept) for c in range(len(row))}
    return Table([row for _, row in kept], name, offset, spreadsheet=True, origins=origins)


_UNIT_HEADS = ("年度", "单位名称", "项目名称", "主管部门", "实施单位", "自评总分", "自评得分", "总分", "自评等级",
               "评价等级")
_MONEY_HEADS = ("年初预算数", "全年预算数", "全年执行数", "执行率", "执行率分值", "执行率得分")
_MONEY_TITLES = {"执行率分值": "分值", "执行率得分": "得分"}  # the money row's own 分值 / 得分
_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
_CODE = re.compile(r"编码|代码|序号")


def _head(cell: str) -> str:
    return _BRACKET.sub("", cell.strip())


def long_export(rows: list[list[str]], name: str, offset: int) -> list[Block] | None:
    """A long export (a header with 三级指标 and, repeated unchanged on every row below it, three or more of the
    unit's, project's or money's facts) as the form it flattens: "label：value" lines, a money table (项目资金 /
    年初预算数 … / 年度资金总额 row) and the indicator table of the other columns; None for any other table."""
    if len(rows) < 3 or not any(_head(c) == "三级指标" for c in rows[0]):
        return None
    head = rows[0]
    body = [r + [""] * (len(head) - len(r)) for r in rows[1:] if any(c.strip() for c in r)]
    constant = {c for c, cell in enumerate(head) if _head(cell) in _UNIT_HEADS + _MONEY_HEADS
                and len({r[c] for r in body}) == 1 and body[0][c].strip()}
    if len(body) < 2 or len(constant) < 3:
        return None
    blocks: list[Block] = []
    for c in sorted(constant):
        label = _head(head[c])
        if label in _UNIT_HEADS:
            value = body[0][c].strip()
            text = f"{value}年度" if label == "年度" and value.isdigit() else f"{label}：{value}"
            blocks.append(Paragraph(text, f"{name}{column_letters(c)}{offset + 2}"))
    money = [c for c in sorted(constant) if _head(head[c]) in _MONEY_HEADS]
    if money:
        unit = "（万元）" if any("万元" in head[c] for c in money) else ""
        titles = [_MONEY_TITLES.get(_head(head[c]), _head(head[c])) for c in money]
        origins = {(1, i + 1): f"{name}{column_letters(c)}{offset + 2}" for i, c in enumerate(money)}
        blocks.append(Table([[f"项目资金{unit}", *titles], ["年度资金总额", *(body[0][c] for c in money)]],
                            f"{name}（资金）", offset, spreadsheet=True, origins=origins))
    kept = [c for c in range(len(head)) if c not in constant and not _CODE.search(head[c])]
    table_rows = [[head[c] for c in kept], *([r[c] for c in kept] for r in body)]
    origins = {(i, j): f"{name}{column_letters(c)}{offset + 1 + i}" for i in range(len(table_rows))
               for j, c in enumerate(kept)}
    blocks.append(Table(table_rows, name, offset, spreadsheet=True, origins=origins))
    return blocks
