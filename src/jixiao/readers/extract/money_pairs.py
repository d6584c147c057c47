"""The execution-rate indicator of a money block written as 'label：value' pairs on a line, as a PDF or
a form-filling system prints it ("预算执行率：97.65%    分值：10    得分：9.77"): the rate, its weight
and its score, like a money block's row."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import to_decimal

_NUM = r"(\d+(?:\.\d+)?)"
_RATE = re.compile(r"(?:预算执行率|执行率)\s*:\s*" + _NUM + r"\s*%")
_WEIGHT = re.compile(r"(?:分值|权重)\s*:\s*" + _NUM + r"\s*分?")
_SCORE = re.compile(r"得分\s*:\s*" + _NUM + r"\s*分?")


def execution_pairs(outline: Outline) -> list[IndicatorDraft]:
    """A 预算执行率 draft from the first line holding the rate, its 分值 and its 得分 as pairs."""
    for line in outline.lines:
        norm = line.norm
        if "执行率" not in norm or "得分" not in norm:
            continue
        rate, weight, score = _RATE.search(norm), _WEIGHT.search(norm), _SCORE.search(norm)
        if rate is None or weight is None or score is None or not rate.start() < weight.start() < score.start():
            continue
        source = ref(line.location, line.text[rate.start(): score.end()])
        draft = IndicatorDraft(placed=False)
        draft.put("name", "预算执行率", source)
        draft.put("weight", to_decimal(weight.group(1)), source)
        draft.put("actual", {"value": to_decimal(rate.group(1)), "unit": "%"}, source)
        draft.put("stated_score", to_decimal(score.group(1)), source)
        return [draft]
    return []
