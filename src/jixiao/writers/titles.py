"""Breaking a report's title into lines between its meaningful parts (GB/T 9704: a title is
never broken inside a word): after the unit's or the project's name, before the year, and, for
a name too long for one line, after an administrative level (市、区、县、镇…) or before a bracket."""

from __future__ import annotations

import re

LINE_WIDTH = 20.0  # 2号 (22 pt) characters on the 156 mm text width
_YEAR = re.compile(r"(?=(?:19|20)\d{2}\s*年)")
_NAME_BREAKS = re.compile(r"(?<=省|市|区|县|旗|州|盟|镇|乡|局|委|厅|办)(?!$)|(?=（)|(?<=）)(?!$)|(?=关于)")


def width(text: str) -> float:
    """Display width in full-width characters: Latin letters and digits count half."""
    return sum(0.5 if ord(char) < 0x2E80 else 1.0 for char in text)


def _fill(parts: list[str], limit: float) -> list[str]:
    lines: list[str] = []
    for part in parts:
        if lines and width(lines[-1] + part) <= limit:
            lines[-1] += part
        else:
            lines.append(part)
    return lines


def _split_long(part: str, limit: float) -> list[str]:
    if width(part) <= limit:
        return [part]
    pieces = [piece for piece in _NAME_BREAKS.split(part) if piece]
    lines = _fill(pieces, limit)
    return lines if all(width(line) <= limit for line in lines) else [part]


def break_title(title: str, subject: str = "", limit: float = LINE_WIDTH) -> list[str]:
    """``重庆市璧山区大兴镇人民政府2024年度整体支出绩效自评报告`` → the unit's name, then the rest.

    The subject (the unit's or the project's name) ends its line when the title starts with it; the
    rest breaks before the year when it does not fit one line; a part longer than a line breaks at
    administrative levels (a part with no such place stays whole: the renderer wraps it)."""
    title = title.strip()
    head: list[str] = []
    rest = title
    if subject and title.startswith(subject) and len(title) > len(subject):
        head = _split_long(subject, limit)
        rest = title[len(subject):]
    chunks = [chunk for piece in _YEAR.split(rest) if piece for chunk in _split_long(piece, limit)]
    return head + _fill(chunks, limit) if chunks else head or [title]
