"""Targets and results a report runs together in one paragraph, each clause led by its 二级 and stating no points
("数量指标：培训人次目标≥1200人次，实际1260人次；质量指标：合格率目标≥95%，实际97.4%。", or one such clause a
paragraph), the points and scores
given elsewhere (a closing 评分表 of 指标 | 分值 | 得分). Each clause is a mention: its 二级, target and result go to
the scored indicator of its name, never an indicator of their own."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.prose_indicator_heads import LEVEL2
from jixiao.readers.extract.values import parse_actual, parse_target

# "数量指标：" opening a clause (the line's start, or after ；/ 。)
_LABEL = re.compile(r"(?:^|(?<=[;。]))\s*([\u4e00-\u9fff]{2,12}?指标)\s*:\s*")
# "名称目标≥1200人次，实际1260人次": the name, its target, what was achieved
_CLAUSE = re.compile(r"\s*([^,:;。()\d≥≤<>=]{2,30}?)\s*(?:年度|全年)?目标值?\s*(?:为|是|:)?\s*([^,;。]{1,24}?)\s*,\s*"
                     r"(?:全年)?实际(?:完成)?值?\s*(?:为|是|:)?\s*([^,;。]{1,24}?)\s*(?=[;。]|$)")


def level_run_mentions(line: Line) -> list[IndicatorDraft]:
    """The mentions of ``line``: its 二级-led clauses, each naming its indicator, target and result, when it states
    no points or score."""
    norm = line.norm
    if "指标" not in norm or "实际" not in norm or "分值" in norm or "得分" in norm:
        return []
    labels = [m for m in _LABEL.finditer(norm) if LEVEL2.match(m.group(1))]
    drafts: list[IndicatorDraft] = []
    for k, label in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(norm)
        clause = _CLAUSE.match(norm, label.end(), end)
        if clause is None:
            continue
        source = ref(line.location, line.text[label.start(): clause.end()].strip())
        target, actual = parse_target(clause.group(2)), parse_actual(clause.group(3))
        draft = IndicatorDraft()
        draft.put("name", line.text[clause.start(1): clause.end(1)].strip(), source)
        draft.put("level2", label.group(1), source)
        for field, value in (("target", target), ("actual", actual)):
            if value is not None and "value" in value:
                draft.put(field, value, source)
        drafts.append(draft)
    return drafts
