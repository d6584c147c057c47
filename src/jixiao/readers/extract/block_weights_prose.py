"""The 一级 blocks' weights listed in a sentence ("其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分，
合计100分"): three blocks or more named with their points in one sentence, adding up to a full mark, are the form's
block weights (``stated_block_weights``), each kept unless a block of that name already has one."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_BLOCK = re.compile(r"(预算执行|产出指标|效益指标|满意度指标|决策指标|过程指标|产出|效益|满意度|决策|过程)"
                    r"(?:权重|分值|占|为)?\s*(\d{1,3}(?:\.\d)?)\s*分(?![\d值数])")
_FULL_MARKS = (Decimal(100), Decimal(10))
_MIN_BLOCKS = 3


def extract_block_weights_in_prose(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        if "分" not in line.norm or len(line.norm) > 400:
            continue
        for sentence in re.finditer(r"[^。;]+", line.norm):
            found = list(_BLOCK.finditer(sentence.group(0)))
            names = [m.group(1) for m in found]
            if len(found) < _MIN_BLOCKS or len(set(names)) != len(names):
                continue
            weights = [to_decimal(m.group(2)) for m in found]
            if sum(weights, Decimal(0)) not in _FULL_MARKS:
                continue
            blocks = facts.values.setdefault("stated_block_weights", {})
            for name, weight in zip(names, weights, strict=True):
                blocks.setdefault(name, weight)
            facts.refs.setdefault("stated_block_weights", ref(line.location, sentence.group(0)))
            return
