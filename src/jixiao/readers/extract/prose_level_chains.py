"""Indicators a report states one a clause, each led by its levels and name joined by dashes, then what was done
("(1) 投入-时效目标-绩效目标完成率实际完成情况：实际完成69.23%，未完成目标的原因是…"), read when no indicator was
found any other way. The levels are written as the report writes them (时效目标, not 时效指标); no target, weight
or score is stated, so none is given."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual

_DASH = r"\s*[-—–]\s*"
_CHAIN = re.compile(r"\(\d{1,2}\)\s*([\u4e00-\u9fff]{2,8}?)" + _DASH + r"([\u4e00-\u9fff]{2,10}?(?:目标|指标))" + _DASH
                    + r"([^-—–,;:。()]{2,40}?)\s*实际完成情况\s*:\s*(?:实际完成值?)?\s*(?:为|是)?\s*"
                    rf"({WRITTEN_FIGURE}\s*(?:%|[\u4e00-\u9fff]{{1,3}})?)")
_SUFFIX = re.compile(r"(?:目标|指标)$")


def _levels_known(level1: str, level2: str) -> bool:
    """Both words are the framework's levels (a 二级 written with 目标 read as its 指标 word for the test)."""
    return pattern("levels.level1").match(_SUFFIX.sub("", level1)) is not None \
        and pattern("levels.level2").match(_SUFFIX.sub("指标", level2)) is not None


def level_chain_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if "实际完成情况" not in line.norm:
            continue
        for match in _CHAIN.finditer(line.norm):
            level1, level2 = match.group(1), match.group(2)
            actual = parse_actual(match.group(4))
            if actual is None or not _levels_known(level1, level2):
                continue
            source = ref(line.location, line.text[match.start(): match.end()])
            draft = IndicatorDraft()
            draft.put("name", line.text[match.start(3): match.end(3)].strip(), source)
            draft.put("level1", line.text[match.start(1): match.end(1)], source)
            draft.put("level2", line.text[match.start(2): match.end(2)], source)
            draft.put("actual", actual, source)
            draft.put("weight", None, source)
            drafts.append(draft)
    return drafts
