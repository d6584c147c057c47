"""The lines of a numbered list of parts each stating a budget of its own: "（一）校舍维修子项目：年初预算420万元，
调整后预算438万元，实际支出430.6万元，执行率98.31%。" "（二）教育信息化子项目：年初预算360万元，…". Two or more
lines of one numbering style, each stating two or more of 年初预算 / 调整后预算 / 实际支出 this year, the figures
differing from line to line: the parts' budgets, none of them the whole's — a page that lost the whole's line
(an excerpt, a dropped line) states no whole's budget, and the first part's is no stand-in for it."""

from __future__ import annotations

import re

from jixiao.readers.extract.budget_figures import LINK, MONEY, other_year
from jixiao.readers.extract.outline import Outline

# one budget figure of a part's line, by its word (the word decides which figure it is)
_FIGURES = [re.compile(word + LINK + MONEY) for word in (
    r"年初(?:批复|下达|安排)?预算", r"(?:调整后|全年|全年调整)预算", r"(?:全年|实际)(?:支出|执行)|执行数")]


# a line led by a part's name ("（一）校舍维修子项目：年初预算420万元，…"): that part's figures even when it is the
# list's only line left (an excerpt cut after it)
# ("本项目共分两个子项：…" counts the parts: the whole's line)
_PART_LEAD = re.compile(r"(?![本该])(?![^:]*[共个])[^:;,。]{1,30}?(?:子项目|子项|分项目)\s*:")


def listed_budget_lines(outline: Outline, year: object) -> set[int]:
    """Indexes of the lines of numbered parts each stating its own budget, and of a line led by a part's name (see
    the module)."""
    by_kind: dict[str, dict[int, tuple[str, ...]]] = {}
    parts: set[int] = set()
    for line in outline.lines:
        if "预算" not in line.norm or "元" not in line.norm:
            continue
        if _PART_LEAD.match(line.rest_norm):
            parts.add(line.index)
        if not line.marker_kind:
            continue
        found = [match.group(1) for figure in _FIGURES if (match := figure.search(line.norm))
                 and not other_year(line.norm, match.start(), year)]
        if len(found) >= 2:
            by_kind.setdefault(line.marker_kind, {})[line.index] = tuple(found)
    return parts | {index for budgets in by_kind.values() if len(set(budgets.values())) > 1 for index in budgets}
