"""The level headings over indicators a report lists one a line: "（1）产出指标" / "1.产出指标完成情况分析。" over a
一级's items, "（1）数量指标。" over a 二级's. The levels' words are the lexicon's (``levels.level1`` / ``level2``)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.outline import Line

# "产出指标(30分)": the block's points, no part of its name (matched from the first of the spaces before them: a long
# run of spaces is crossed once)
_POINTS = re.compile(r"(?<!\s)\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)$")


def _head(line: Line) -> str:
    """The line's words after its number, without the full stop or colon that closes a heading."""
    return line.rest_norm.strip().rstrip("。:").strip()


def level1_heading(line: Line, open_heading: Line | None = None) -> str | None:
    """The 一级 a line that is only its heading names ("产出指标" for "1.产出指标完成情况分析。" or "产出指标(30分)"),
    else None. A word the lexicon gives both levels (成本指标, 满意度指标) under the open 一级's heading is a 一级
    only when it is numbered as that heading is ("1." … "3."): "（2）成本指标。" under "1.产出指标…" is the 产出's
    二级."""
    if "指标" not in line.rest_norm:
        return None
    head = _head(line)
    if head.endswith(")"):  # (the points close the head: a line of prose is not searched at every character)
        head = _POINTS.sub("", head)
    head = head.removesuffix("分析").removesuffix("完成情况")
    if "指标" not in head or not pattern("levels.level1").match(head):
        return None
    if open_heading is not None and line.marker_kind != open_heading.marker_kind \
            and pattern("levels.level2").match(head):
        return None
    return head


def level2_heading(line: Line) -> str | None:
    """The 二级 a line that is only its heading names ("数量指标" for "（1）数量指标。"), else None."""
    head = _head(line)
    return head if len(head) <= 10 and pattern("levels.level2").match(head) else None
