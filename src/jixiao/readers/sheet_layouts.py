"""Two sheet layouts that are one table to a spreadsheet and two (or three) to a reader: tables side by side on one
sheet, an empty column between them (a landscape sheet laid out to print on one page), and a system's long export,
one row per indicator with the unit's, the project's and the money's facts repeated on every row."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.document import Block, Document, Paragraph, Table, column_letters

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


# a field sheet's columns: what a row describes (对象), the field's name (属性) and its value (值), a unit beside it
_OBJECT_HEADS = ("对象", "对象名称", "类别", "分组")
_FIELD_HEADS = ("属性", "属性名称", "字段", "字段名称", "数据项")
_VALUE_HEADS = ("值", "属性值", "取值", "字段值", "数据值")
_UNIT_COLUMN_HEADS = ("计量单位", "单位")
# "指标3三级指标" / "指标3-分值" / "绩效指标3_得分": a wide export's column of one indicator's field
INDEXED = re.compile(r"^(?:绩效)?指标\s*(\d{1,3})\s*[-_—:：·.]?\s*([\u4e00-\u9fff].*)$")
_MIN_FIELDS = 8  # field rows (or columns) at least: a two-column table of a few labels is a form's own


def field_tables(document: Document) -> Document:
    """``document`` with each table that is a system's field export (:func:`field_lines`) read as its field lines,
    whatever format it came in (a sheet, a Word or web page table, a table rebuilt from text); unchanged when none."""
    if not any(isinstance(b, Table) for b in document.blocks):
        return document
    blocks: list[Block] = []
    for block in document.blocks:
        lines = field_lines(block) if isinstance(block, Table) else None
        blocks += lines if lines is not None else [block]
    return replace(document, blocks=blocks)


def field_lines(table: Table) -> list[Block] | None:
    """A system's export that holds the form as fields — a long sheet of 对象 | 属性 | 值 rows (one row a field), or
    one wide row under "指标1三级指标", "指标1分值" … headers — as the "【section】" heads and "label：value" lines an
    INI or JSON export is read as; None for any other table."""
    rows = table.rows
    if len(rows) < 2:
        return None
    head = [_head(c) for c in rows[0]]
    field = next((c for c, h in enumerate(head) if h in _FIELD_HEADS), None)
    value = next((c for c, h in enumerate(head) if h in _VALUE_HEADS), None)
    if field is not None and value is not None and len(rows) > _MIN_FIELDS:
        return _long_fields(table, head, field, value)
    if len(rows) == 2 and sum(1 for c in rows[0] if INDEXED.match(c.strip())) >= _MIN_FIELDS:
        return _wide_fields(table)
    return None


def _long_fields(table: Table, head: list[str], field: int, value: int) -> list[Block]:
    group = next((c for c, h in enumerate(head) if h in _OBJECT_HEADS), None)
    unit = next((c for c, h in enumerate(head) if h in _UNIT_COLUMN_HEADS), None)
    blocks: list[Block] = []
    current = None
    for r, row in enumerate(table.rows[1:], start=1):
        label, text = _cell(row, field), _cell(row, value)
        if not label or not text:
            continue
        where = table.row_location(r)
        if group is not None and _cell(row, group) != current:
            current = _cell(row, group)
            blocks.append(Paragraph(f"【{current}】", where))
        blocks.append(Paragraph(f"{label}：{text}{_cell(row, unit)}", where))
    return blocks


def _cell(row: list[str], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _wide_fields(table: Table) -> list[Block]:
    head, row = table.rows[0], table.rows[1]
    return [Paragraph(line, table.cell_location(1, c)) for c, line in wide_lines(head, row)]


def wide_lines(head: list[str], row: list[str]) -> list[tuple[int, str]]:
    """One wide export row's fields as (column, line): a "【指标N】" heading before each numbered indicator's fields
    (a "【其他】" one before the unnumbered fields after them) and a "label：value" line per filled cell."""
    row = row + [""] * (len(head) - len(row))
    lines: list[tuple[int, str]] = []
    current = None
    for c, label in enumerate(head):
        text = row[c].strip()
        if not label.strip() or not text:
            continue
        indexed = INDEXED.match(label.strip())
        if indexed is not None and indexed.group(1) != current:
            current = indexed.group(1)
            lines.append((c, f"【指标{current}】"))
        elif indexed is None and current is not None:
            current = None
            lines.append((c, "【其他】"))
        lines.append((c, f"{indexed.group(2) if indexed else label.strip()}：{text}"))
    return lines
