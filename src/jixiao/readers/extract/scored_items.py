"""A numbered item that states its own weight and score is an indicator, whatever its name says.

"2.问题整改率" or "3.经验交流次数" contain words that also open sections (问题, 整改, 经验); when
the item's own lines give a weight (分值/权重/满分, "(10分)", "得分18/20") and a score, it is an
indicator, not the start of the 存在问题 or 整改措施 section.
"""

from __future__ import annotations

import re

from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.scores import HEAD_WEIGHT, WEIGHT, fraction_in, stated_deduction, stated_score

_NAMED_RECORD = re.compile(r"\s*(?:三级)?指标名称\s*:")  # a record's name field ("指标名称：…  年度目标：…  分值：…")
_ITEM_LINES = 6  # an indicator's own paragraph or few lines, never a whole section
_GROUPED = re.compile(
    r"^\s*[^,:;。()]{2,12}?指标\s*:\s*[^;。]{2,30}?\(\s*(?:分值|权重)?\s*\d+(?:\.\d+)?\s*分\s*\)"
)


def is_scored_item(outline: Outline, line: Line) -> bool:
    if line.marker_kind is None or line.number is None:
        return False
    known = outline.scored.get(line.index)
    if known is None:
        known = outline.scored[line.index] = _scored(outline, line)
    return known


def _scored(outline: Outline, line: Line) -> bool:
    body = outline.section_body(line)[:_ITEM_LINES]
    if any(b.marker_kind or b.is_heading or b.list_level is not None or _GROUPED.match(b.norm)
           or _NAMED_RECORD.match(b.norm) for b in body):
        return False  # a section holding numbered items (or "数量指标：名称（15分）…；…", "指标名称：…" records): those
        # are the indicators
    text = "\n".join([line.rest_norm] + [b.norm for b in body])
    if not (HEAD_WEIGHT.search(text) or WEIGHT.search(text) or fraction_in(text)):
        return False
    return stated_score(text, None)[1] is not None or stated_deduction(text)[1] is not None
