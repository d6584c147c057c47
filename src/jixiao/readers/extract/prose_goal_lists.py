"""Indicators a report lists as its goals in one sentence, each a name, a comparison and a figure, the items a ";"
apart ("（二）绩效目标：道路硬化≥1.2km；验收合格率≥100%；受益农户数≥40户，改善出行条件。", invented), read when no
indicator was found any other way. Only targets are stated, so no actual, weight or score is given."""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import lexicon
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_target

_LABEL = re.compile(r"(?:项目)?(?:年度)?(?:绩效目标|预期目标)\s*[:：]\s*")
_MIN_ITEMS = 2  # one "名称≥N" alone may be a sentence about anything; a list of them is the goals


@cache
def _item() -> re.Pattern[str]:
    """One item: its name (no figure first, no clause mark inside), the comparison, the figure and its unit."""
    units = lexicon()["value_units"]
    return re.compile(rf"\s*([^:,;。≥≤<>=\d\s][^:,;。≥≤<>=]{{1,29}}?)\s*([≥≤<>=])\s*"
                      rf"(\d+(?:\.\d+)?\s*(?:{units}|[A-Za-z]{{1,3}}(?![A-Za-z]))?)")


def goal_list_items(outline: Outline) -> list[IndicatorDraft]:
    for line in outline.lines:
        label = _LABEL.match(line.rest_norm) if "目标" in line.rest_norm else None
        if label is None:
            continue
        start = line.body_start + label.end()
        drafts: list[IndicatorDraft] = []
        for part in re.finditer(r"[^;]+", line.norm[start:]):
            item = _item().match(part.group(0))
            if item is None:
                break
            at = start + part.start()
            target = parse_target(item.group(2) + item.group(3))
            if target is None:
                break
            source = ref(line.location, line.text[at + item.start(1): at + item.end(3)].strip())
            draft = IndicatorDraft()
            draft.put("name", line.text[at + item.start(1): at + item.end(1)].strip(), source)
            draft.put("weight", None, source)
            draft.put("target", target, source)
            drafts.append(draft)
        if len(drafts) >= _MIN_ITEMS:
            return drafts
    return []
