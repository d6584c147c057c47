"""A figure whose thousands separators a viewer, OCR or a clerk wrote as decimal points: "1.460.00" for 1,460.00,
"12.345.678.50" for 12,345,678.50.

A figure holds one decimal point at most, so a run of digits with two or more points, every group between them three
digits long and the last two (the cents of an amount), has one reading: each point but the last is a
thousands separator. Read that way, with a warning to check. A figure with one point ("12.500") may be either and is
left as written; a date ("2024.10.12"), a section number ("1.2.3") or an address ("192.168.1.1") never fits. Only
a figure standing alone (a cell, a word after a space or a colon) is read so: in cells run together with no separator
"95.720.50" is 95.72 and 0.50.
"""

from __future__ import annotations

import re

# a whole cell or word: after a line's start, a space, a separator or a colon, before a space, a separator, a unit or
# the line's end (cells run together with no separator, "95.720.50" for 95.72 and 0.50, are another reading)
_DOTTED = re.compile(r"(?<![^\s|｜:：])\d{1,3}(?:\.\d{3})+\.\d{2}(?=[\s|｜]|万?元|$)", re.MULTILINE)
# what every such figure ends on (its last group and its cents), searched first: it opens on the point, so the search
# skips to each point where the pattern above is tried at every character a figure may start at
_LAST_GROUPS = re.compile(r"\.\d{3}\.\d{2}")


def comma_thousands(text: str) -> tuple[str, int]:
    """``text`` with each figure's dotted thousands separators as commas; how many figures were rewritten."""
    if text.count(".") < 2 or _LAST_GROUPS.search(text) is None:  # quick tests before the pattern
        return text, 0
    count = 0

    def fixed(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        whole, _, fraction = match.group().rpartition(".")
        return f"{whole.replace('.', ',')}.{fraction}"

    return _DOTTED.sub(fixed, text), count


def dotted_thousands_warning(source: str, count: int) -> str:
    return f"{source}：数字中的千位分隔符写成了小数点（{count}处，如“1.460.00”），已按千位分隔符读取，请核对"
