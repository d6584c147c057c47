"""Numbering markers that open a document's lines (一、 / (一) / 1. / (1) / ① / 第一部分 / 1.2.1 / Ⅱ、 …): a line's
marker kind and number, and those a numbered list's neighbours give a line whose number runs into its name ("2.65岁
以上…" as item 2) or stands before a space ("1 产出指标" over "1.1 …")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jixiao.numbers import chinese_numeral
from jixiao.readers.extract.weighted_headings import HEAD_WITH_WEIGHT

if TYPE_CHECKING:
    from jixiao.readers.extract.outline import Line

HEADING_MAX = 36  # a numbered title's length at most
_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"^第\s*([{_CN}\d]+)\s*(?:部分|章|节)\s*[、.:]?\s*")),
    ("item", re.compile(rf"^指标\s*([{_CN}\d]{{1,3}})\s*[:、.]\s*")),
    ("cn", re.compile(rf"^([{_CN}]{{1,3}})\s*[、.]\s*")),
    ("pcn", re.compile(rf"^\(\s*([{_CN}]{{1,3}})\s*\)\s*[、.]?\s*")),
    # an outline's dotted numbers, the last part the item's ("1.2.1 名称", "1.2 数量指标": a space or a mark after a
    # number of one dot, so "2.5万元" stays a figure and "2.1项目立项" is left to _digit_led_names)
    ("dot3", re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{1,2})(?![\d.])\s*[、.]?\s*(?=[\u4e00-\u9fff])")),
    ("dot2", re.compile(r"^\d{1,2}\.(\d{1,2})(?![\d.])(?:\s+|、\s*)(?=[\u4e00-\u9fff])")),
    ("num", re.compile(r"^(\d{1,2})\s*(?:、|\.(?!\d))\s*")),
    ("num", re.compile(r"^([⒈-⒛])\s*")),  # "⒈ 产出指标。": "1." in one character
    ("pnum", re.compile(r"^\(\s*(\d{1,2})\s*\)\s*[、.]?\s*")),
    ("rnum", re.compile(r"^(\d{1,2})\)\s*")),
    ("circ", re.compile(r"^([①-⑳])\s*")),
    # "（Ⅰ）产出指标" / "Ⅱ、效益指标": a Roman numeral in one character (Ⅰ–Ⅻ, ⅰ–ⅻ), a kind of its own
    ("proman", re.compile(r"^\(\s*([Ⅰ-Ⅻⅰ-ⅻ])\s*\)\s*[、.]?\s*")),
    ("roman", re.compile(r"^([Ⅰ-Ⅻⅰ-ⅻ])\s*[、.]\s*")),
]


_ANY_MARKER = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _MARKERS))  # one test for most lines


def split_marker(norm: str) -> tuple[str | None, int | None, int]:
    found = _ANY_MARKER.match(norm)
    if found is None:
        return None, None, 0
    # the alternative that matched is the first marker that does, and its one group tells which (group k + 1 is
    # marker k's): its numeral read from it, the markers after it tried only when that is no numeral
    first = (found.lastindex or 1) - 1
    try:
        return _MARKERS[first][0], chinese_numeral(found.group(first + 1)), found.end()
    except ValueError:
        pass
    for kind, pattern in _MARKERS[first + 1:]:
        match = pattern.match(norm)
        if match:
            try:
                number = chinese_numeral(match.group(1))
            except ValueError:
                continue
            return kind, number, match.end()
    return None, None, 0


# "2.65岁以上老年人健康管理率" / "2.110接处警数量": item 2 whose name starts with digits, unless
# the number is a decimal ("2.5万元") or a sub-heading number ("2.1项目立项" under "2.过程").
_DIGIT_LED = re.compile(r"^(\d{1,2})\.(\d{1,5})(?![万亿元倍分个%‰米吨亩]|公里|平方)(?=[\u4e00-\u9fff])")


_NAME_THEN_WEIGHT = re.compile(r"^[^,。;]{2,30}\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d")


def _titled(rest: str) -> bool:
    """A numbered title: short and not a sentence, or a name with its weight ("（15分）", "，权重15分")."""
    short = len(rest) <= HEADING_MAX and not re.search(r"[,。;!?]", rest.rstrip("。"))
    return short or bool(HEAD_WITH_WEIGHT.match(rest) or _NAME_THEN_WEIGHT.match(rest))


def digit_led_names(lines: list[Line]) -> None:
    """Give "N.<digits>名称" lines the marker N when their neighbours in the numbered list say so: a title when
    the previous item is N−1 or the next is N+1, any line when both are, and no "N.M±1" sibling makes it a
    sub-heading."""
    found = {i: _DIGIT_LED.match(line.norm) for i, line in enumerate(lines) if line.marker_kind is None}
    candidates = {i: m for i, m in found.items() if m is not None}
    if not candidates:
        return
    subs = {(int(m.group(1)), int(m.group(2))) for m in candidates.values()}
    numbered = [i for i, line in enumerate(lines) if line.marker_kind == "num" or i in candidates]

    def number(i: int) -> int:
        match = candidates.get(i)
        return int(match.group(1)) if match else lines[i].number or 0

    for k, i in enumerate(numbered):
        match = candidates.get(i)
        if match is None:
            continue
        n, m = int(match.group(1)), int(match.group(2))
        if (n, m - 1) in subs or (n, m + 1) in subs:
            continue
        before = number(numbered[k - 1]) if k > 0 else None
        after = number(numbered[k + 1]) if k + 1 < len(numbered) else None
        # a title needs one neighbour to agree; a sentence item ("2.65岁及以上…：年度目标…，得10分。") both, the
        # list's own numbering deciding (alone, "1.5万元…" is a figure)
        between = before == n - 1 and after == n + 1
        titled = (before == n - 1 or after == n + 1) and _titled(lines[i].norm[match.start(2):])
        if before == n or not (between or titled):
            continue
        line = lines[i]
        line.set_marker("num", n, match.start(2))


_SPACED_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[\u4e00-\u9fff])")


def outline_tops(lines: list[Line]) -> None:
    """"1 产出指标（50分）" right over "1.1 预算执行": a number and a space open the top item of a dotted outline when
    the next line's dotted number starts with it (alone, "6 目标明确性(6分)" may be a score run onto the next name)."""
    for k, line in enumerate(lines[:-1]):
        if line.marker_kind is None and line.norm[:1].isdigit() and (top := _SPACED_NUMBER.match(line.norm)):
            below = lines[k + 1]
            if below.marker_kind in ("dot2", "dot3") and below.norm.startswith(top.group(1) + "."):
                line.set_marker("num", int(top.group(1)), top.end())
