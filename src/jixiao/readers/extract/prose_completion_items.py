"""Indicator results a report runs on in one sentence, each closed by its own completion rate, under a 一级's
heading ("1.产出指标完成情况" / "2.效益指标完成情况"), led or not by a 二级 ("数量指标:"):
"数量指标:某某活动数量4次,指标完成率100%,某某资源补充5000册,指标完成率100%。" /
"某某阅读率80%,指标完成率100%;某某服务水平稳步提升,指标完成率100%。". Each item is a name and what was achieved; no
target, weight or score is stated, so none is given. Read when no indicator was found any other way."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft, SourceRef, ref
from jixiao.readers.extract.level_headings import level1_heading
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.values import parse_actual

_KEY = "指标完成率"
# ",指标完成率100%" closing an item (its rate is the item's, not an indicator of its own)
_CLOSE = re.compile(r"\s*[,;]?\s*指标完成率\s*(?:为|达)?\s*\d+(?:\.\d+)?\s*%\s*[,;。]?\s*")
# "数量指标:": a 二级 leading the sentence
_LEAD = re.compile(r"\s*([^:,;。\d]{2,10}指标)\s*:\s*")
# "某某活动数量4次" / "某某服务25万人次": the name, then the figure achieved (its unit up to three characters)
_FIGURE = re.compile(r"([^,;:。\d]{2,30}?)\s*(\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,3})?)")
# "某某参与率逐年提升" / "某某阅读需求有效提高": the name ends on an indicator's noun (the lexicon's), the rest is
# what was achieved in a few words
_WORDS = re.compile(r"([^,;:。\d]{2,30}(?:" + pattern("indicator_name_ends").pattern + r"))([\u4e00-\u9fff]{2,6})")
_MIN_ITEMS = 2


def completion_rate_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    level2_words = pattern("levels.level2")
    level1: str | None = None
    heading: Line | None = None  # the open 一级's heading line
    for line in outline.lines:
        top = level1_heading(line, heading)  # "1.产出指标完成情况" / "满意度指标完成情况"
        if top is not None:
            level1, heading = top, line
            continue
        if _KEY not in line.norm:
            if line.is_heading:
                level1 = None
            continue
        start, level2 = line.body_start, None
        lead = _LEAD.match(line.norm, start)
        if lead is not None and level2_words.match(lead.group(1)):
            start, level2 = lead.end(), lead.group(1)
        for item_start, item_end in _items(line.norm, start):
            draft = _item(line.text, line.norm, item_start, item_end, ref(line.location, line.text.strip()))
            if draft is None:
                continue
            if level1 is not None:
                draft.put("level1", level1, draft.refs["name"])
            if level2 is not None:
                draft.put("level2", level2, draft.refs["name"])
            drafts.append(draft)
    return drafts if len(drafts) >= _MIN_ITEMS else []


def _items(norm: str, start: int) -> list[tuple[int, int]]:
    """The spans of the items before each closing completion rate."""
    spans: list[tuple[int, int]] = []
    for close in _CLOSE.finditer(norm, start):
        spans.append((start, close.start()))
        start = close.end()
    return spans


def _item(text: str, norm: str, start: int, end: int, source: SourceRef) -> IndicatorDraft | None:
    piece = norm[start:end]
    found = _FIGURE.fullmatch(piece) or _WORDS.fullmatch(piece)
    if found is None:
        return None
    actual = parse_actual(found.group(2))
    if actual is None:
        return None
    draft = IndicatorDraft()
    draft.put("name", text[start + found.start(1): start + found.end(1)].strip(), source)
    draft.put("weight", None, source)
    draft.put("actual", actual, source)
    return draft
