"""A data block's total with its unit in the label and its parts on the lines under it ("收入合计（万元）：1688.40"
over "一般公共预算拨款（万元）：1512.40" / "政府性基金拨款（万元）：176.00"), written as the sentence the budget reader
knows ("收入合计:1688.40万元,其中:一般公共预算拨款1512.40万元,政府性基金拨款176.00万元"). The lines under it are its
parts only when their amounts, in its unit, add up to it (a print may lose the parts' indentation)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.outline import Outline

_ENTRY = re.compile(r"([^\s:;,。\d()]{2,16})\((亿元|万元|元)\):\s*(\d[\d,]*(?:\.\d+)?)")
# the unit after the amount, one field a line ("收入合计：72.50万元" over "财政拨款收入：70.10万元")
_ENTRY_AFTER = re.compile(r"([^\s:;,。\d()]{2,16}):\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
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
