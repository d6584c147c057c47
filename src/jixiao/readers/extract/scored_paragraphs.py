"""A scoring sheet written as numbered paragraphs under its levels' headings: "一、投入" / "(一)资金落实" /
"(1)资金到位率:收到某某资金96万元。得2分。" — each "(k)名称:说明…得S分" (or "(k)名称得S分") an indicator with its
score (its weight unstated), its 一级 and 二级 the headings above it. An item split into parts that each carry a
score ("1、…得2分;2、…得2分") has no score of its own and is passed over. Read only when the report states two such
items or more."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import STATED_SCORE, Line, Outline

# the item's name, then its colon and account, and its one score closing the paragraph
_ITEM = re.compile(r"^([\u4e00-\u9fff]{2,16}?)\s*(?::(.*?)[,;。]?\s*)?得\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[。;,]?\s*$")
_LEVEL_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}$")


def scored_paragraph_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if line.marker_kind is None or "得" not in line.norm or len(STATED_SCORE.findall(line.rest_norm)) != 1:
            continue
        item = _ITEM.match(line.rest_norm.strip())
        if item is None:
            continue
        level2, level1 = _levels_above(outline, line)
        if level1 is None:
            continue
        source = ref(line.location, line.text)
        draft = IndicatorDraft()
        draft.put("name", item.group(1), source)
        draft.put("level1", level1, source)
        draft.put("level2", level2, source)
        draft.put("weight", None, source)
        draft.put("stated_score", to_decimal(item.group(3)), source)
        drafts.append(draft)
    return drafts if len(drafts) >= 2 else []


def _levels_above(outline: Outline, item: Line) -> tuple[str | None, str | None]:
    """The names of the two headings of other numbering styles above ``item`` (its 二级, then its 一级), each a
    short title; (None, None) when there are not two."""
    names: list[str] = []
    kinds = {item.marker_kind}
    for line in reversed(outline.lines[: item.position]):
        if not line.is_heading or line.marker_kind in kinds:
            continue
        name = line.rest_norm.strip().rstrip("。")
        if not _LEVEL_NAME.match(name):
            return None, None
        names.append(name)
        kinds.add(line.marker_kind)
        if len(names) == 2:
            return names[0], names[1]
    return None, None
