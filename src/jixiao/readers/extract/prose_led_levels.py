"""Indicators a report writes on the line of their level's heading, after its full stop ("（1）数量指标。完成某某面积
120hm,其中…。" / "（2）社会效益。某某人均增收0.3万元;某某增加12亩。" under "1.产出指标完成情况分析。", or "3.满意度
指标完成情况分析。群众满意度98%。"), read when no indicator was found any other way. Each "；"-part's first clause that
ends on a figure is one indicator: the words before the figure its name (a leading "完成" / "…后" is what was done,
not the name), the figure what was achieved; the clauses after it ("其中…") are its parts. A part with no figure
("项目暂未完工。") gives none. No target, weight or score is stated, so none is given."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.level_headings import level1_heading
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.values import parse_actual

_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)\s*。\s*")  # "数量指标。" / "满意度指标完成情况分析。"
# "基本完成治理某某面积1429.39hm": the name (no figure in it), the figure and its unit, the clause's end
_CLAUSE = re.compile(r"\s*([^:,;。()\d\s%][^:,;。()\d%≥≤<>=]{1,23}?)\s*(\d+(?:\.\d+)?\s*(?:%|[^\s\d,;:。()]{1,4})?)"
                     r"\s*(?:,\s*其中.*)?[。]?\s*")
# what was done before the name: "基本完成…" / "项目区综合治理后…"
_DONE = re.compile(r"^(?:(?:基本|全面|累计)?完成|实现)|^.{2,10}?后(?=.{2})")
_MIN_ITEMS = 2


def _levels(lead: str, line: Line, heading: Line | None) -> tuple[str | None, str | None]:
    """The (一级, 二级) a line's lead names; (None, None) when it names no level."""
    head = lead.removesuffix("分析").removesuffix("完成情况")
    same_kind = heading is None or line.marker_kind == heading.marker_kind
    if pattern("levels.level1").match(head) and head.endswith("指标") and same_kind:
        return head, None
    if pattern("levels.level2").match(head) and len(head) <= 10:
        return None, head
    return None, None


def led_level_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    level1: str | None = None
    heading: Line | None = None  # the open 一级's heading line
    for line in outline.lines:
        if line.marker_kind is None:
            continue
        top = level1_heading(line, heading)  # "1.产出指标完成情况分析。": the 一级 over the lines below it
        if top is not None:
            level1, heading = top, line
            continue
        lead = _LEAD.match(line.rest_norm) if "。" in line.rest_norm else None
        if lead is None:
            continue
        first, second = _levels(lead.group(1), line, heading)
        if first is not None:
            level1, heading = first, line
        elif second is None:
            continue
        start = line.body_start + lead.end()
        for part in line.norm[start:].split(";"):
            drafts.extend(_item(line, start, part, level1, second))
            start += len(part) + 1
    return drafts if len(drafts) >= _MIN_ITEMS else []


def _item(line: Line, start: int, part: str, level1: str | None, level2: str | None) -> list[IndicatorDraft]:
    clause = _CLAUSE.fullmatch(part)
    actual = parse_actual(clause.group(2)) if clause is not None else None
    if clause is None or actual is None or "value" not in actual or level1 is None:
        return []
    name_start = start + clause.start(1)
    done = _DONE.search(clause.group(1))
    if done is not None:
        name_start += done.end()
    name = line.text[name_start: start + clause.end(1)].strip()
    if len(name) < 2 or name.endswith("指标"):
        return []
    source = ref(line.location, line.text[start: start + clause.end(2)].strip())
    draft = IndicatorDraft()
    draft.put("name", name, source)
    draft.put("level1", level1, source)
    if level2 is not None:
        draft.put("level2", level2, source)
    draft.put("weight", None, source)
    draft.put("actual", actual, source)
    return [draft]
