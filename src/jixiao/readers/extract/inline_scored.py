"""Scored items a report runs together in its paragraphs, each "(k)名称:说明(得S分)" after its block "1. 投入(得30
分)" — "( 1)时效情况:实际实施月份等于计划月份。(得 5 分)( 2)项目立项:…(得 11 分)": each an indicator with its
score (its weight unstated), its 一级 the block; read when no indicator was found any other way, and only when the
report states two such items or more."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline

_ITEM = re.compile(r"\(\s*(\d{1,2})\s*\)\s*([^()\d:;,。]{2,12}?)\s*:([^()]{0,200}?)"
                   r"\(\s*得\s*(\d{1,3}(?:\.\d+)?)\s*分\s*\)")
_BLOCK = re.compile(r"(?<![\d.])\d\s*[.、]\s*([^()\d:;,。]{2,6}?)\s*\(\s*得\s*\d{1,3}(?:\.\d+)?\s*分\s*\)")
_LINES = 200  # the lines searched: a report's opening pages


def inline_scored_items(outline: Outline) -> list[IndicatorDraft]:
    lines = [line for line in outline.lines[:_LINES] if "得" in line.norm]
    if not lines:
        return []
    # the paragraphs' text in one run (an item may run on over a line break), each line's start kept
    starts, parts, at = [], [], 0
    for line in lines:
        starts.append(at)
        parts.append(line.norm)
        at += len(line.norm) + 1
    text = "\n".join(parts).replace("\n", " ")
    items = list(_ITEM.finditer(text))
    if len(items) < 2:
        return []
    blocks = list(_BLOCK.finditer(text))
    drafts: list[IndicatorDraft] = []
    for item in items:
        k = max(i for i, start in enumerate(starts) if start <= item.start())
        line = lines[k]
        offset = item.start() - starts[k]
        source = ref(line.location, line.text[offset: offset + item.end() - item.start()])
        draft = IndicatorDraft()
        draft.put("name", item.group(2).strip(), source)
        block = next((b for b in reversed(blocks) if b.end() <= item.start()), None)
        if block is not None:
            draft.put("level1", block.group(1).strip(), source)
        draft.put("weight", None, source)
        score: Decimal = to_decimal(item.group(4))
        draft.put("stated_score", score, source)
        drafts.append(draft)
    return drafts
