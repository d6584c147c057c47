"""Block weights stated once in a sentence that lists the frame:
"指标体系由决策（20分）、过程（20分）、绩效（60分）三部分构成". Each name must be a 一级 of the indicators read,
and the weights must add up to a whole (100); a block whose weight is already known keeps it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline

_ITEM = r"[\u4e00-\u9fff]{2,8}\s*\(\s*\d{1,3}(?:\.\d+)?\s*分\s*\)"
_LIST = re.compile(rf"(?:由|包括|分为|含)\s*({_ITEM}(?:\s*[、,和及与]\s*{_ITEM}){{1,7}})")
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,8})\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*分\s*\)")
_WHOLE = Decimal(100)


def listed_block_weights(outline: Outline, indicators: list[IndicatorDraft], facts: Facts) -> None:
    level1 = {str(d.fields["level1"]) for d in indicators if d.fields.get("level1")}
    if len(level1) < 2 or "(" not in outline.text:
        return
    for line in outline.lines:
        if "分)" not in line.norm:
            continue
        for found in _LIST.finditer(line.norm):
            pairs = [(m.group(1), to_decimal(m.group(2))) for m in _PAIR.finditer(found.group(1))]
            if sum((w for _, w in pairs), Decimal(0)) != _WHOLE or not all(name in level1 for name, _ in pairs):
                continue
            blocks = facts.values.setdefault("stated_block_weights", {})
            for name, weight in pairs:
                blocks.setdefault(name, weight)
            facts.refs.setdefault("stated_block_weights", ref(line.location, line.text[found.start(1):found.end(1)]))
            return
