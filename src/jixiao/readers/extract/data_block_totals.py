"""A data block's total with its unit in the label and its parts on the lines under it ("收入合计（万元）：1688.40"
over "一般公共预算拨款（万元）：1512.40" / "政府性基金拨款（万元）：176.00"), written as the sentence the budget reader
knows ("收入合计:1688.40万元,其中:一般公共预算拨款1512.40万元,政府性基金拨款176.00万元"). The lines under it are its
parts only when their amounts, in its unit, add up to it (a print may lose the parts' indentation)."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.extract.budget_figures import AMOUNT_FIGURE
from jixiao.readers.extract.outline import Outline

_ENTRY = re.compile(rf"([^\s:;,。\d()]{{2,16}})\((亿元|万元|元)\):\s*({WRITTEN_FIGURE})")
# the unit after the amount, one field a line ("收入合计：72.50万元" over "财政拨款收入：70.10万元")
_ENTRY_AFTER = re.compile(rf"([^\s:;,。\d()]{{2,16}}):\s*({WRITTEN_FIGURE})\s*(亿元|万元|元)")
_TOTAL_WORDS = ("收入合计", "支出合计", "收入总计", "支出总计")
_MOST_PART_LINES = 6


def block_total(outline: Outline, position: int) -> str | None:
    """The total at ``position`` with its parts as one sentence, or None when the line is no such total or the
    lines under it do not add up to it."""
    norm = outline.lines[position].norm.strip()
    entry_pattern, unit_at, amount_at = (_ENTRY, 2, 3) if _ENTRY.fullmatch(norm) else (_ENTRY_AFTER, 3, 2)
    total = entry_pattern.fullmatch(norm)
    if total is None or not total.group(1).endswith(_TOTAL_WORDS):
        return None
    label, unit, whole = total.group(1), total.group(unit_at), to_decimal(total.group(amount_at))
    parts: list[tuple[str, str]] = []
    added = Decimal(0)
    for line in outline.lines[position + 1: position + 1 + _MOST_PART_LINES]:
        entries = list(entry_pattern.finditer(line.norm))
        if not entries or "".join(e.group(0) for e in entries) != line.norm.strip().replace(": ", ":"):
            return None
        for entry in entries:
            if entry.group(unit_at) != unit:
                return None
            parts.append((entry.group(1), entry.group(amount_at)))
            added += to_decimal(entry.group(amount_at))
        if added >= whole:
            break
    if len(parts) < 2 or added != whole:
        return None
    return f"{label}:{total.group(amount_at)}{unit},其中:" + ",".join(
        f"{name}{amount}{unit}" for name, amount in parts)


# a 收支 table flattened one cell a line: "年度收入情况(万元)" / "机构名称" / "收入合计" / its other columns' words /
# the unit's row name / its figures (the empty cells gone)
_TABLE_UNIT = re.compile(r"\((亿元|万元|元)\)$")
_NAME_COLUMN = ("机构名称", "单位名称", "部门名称")
_MOST_CELLS = 24


def stacked_row_total(outline: Outline, position: int) -> str | None:
    """The total of a 收支 table whose cells stand one a line, as the sentence the budget reader knows
    ("收入合计:702.45万元"): the column right after the name column is the total's, so the row's first figure is
    its — held only when no other figure of the row is larger (the empty cells are gone, so which column any other
    figure sits in cannot be told: only the total is read)."""
    lines = outline.lines
    label = lines[position].norm.strip()
    if label not in _TOTAL_WORDS or position < 2 or lines[position - 1].norm.strip() not in _NAME_COLUMN:
        return None
    unit = _TABLE_UNIT.search(lines[position - 2].norm.strip())
    if unit is None:
        return None
    cells = [line.norm.strip() for line in lines[position + 1: position + 1 + _MOST_CELLS]]
    first = next((at for at, cell in enumerate(cells) if AMOUNT_FIGURE.fullmatch(cell)), None)
    if first is None or first < 2:  # (the row's name after at least one other column's word)
        return None
    figures = list(itertools.takewhile(AMOUNT_FIGURE.fullmatch, cells[first:]))
    amounts = [to_decimal(figure) for figure in figures]
    if any(amount > amounts[0] for amount in amounts[1:]):
        return None
    return f"{label}:{figures[0]}{unit.group(1)}"
