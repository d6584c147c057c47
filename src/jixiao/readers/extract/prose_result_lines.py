"""Indicators a report lists one a line under its level headings, each as its name, a colon and what was done
("1.产出指标完成情况分析。" / "（1）数量指标。" / "组织入户随访：每月随访一次，共12次。"), read when no indicator was
found any other way. No target, weight or score is stated, so none is given; the count after 共 is the actual."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.level_headings import level1_heading, level2_heading
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.values import parse_actual

# "组织入户随访:每月随访一次,共12次。": a short name, its colon, what was done
_ITEM = re.compile(r"\s*([^:,;。()\d\s][^:,;。()\d]{1,19}?)\s*:\s*(\S.*?)\s*")
_COUNT = re.compile(r"共\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2}?)\s*[。;]?\s*$")  # "…,共12次。": the year's count
_MIN_ITEMS = 2
# "办理某某案件94件;开展宣传活动86场。": items strung in one sentence, each a name and its count
# "救助资金发放准确率100%。按照相关规定,…": a paragraph under a 二级 heading opening on a rate's name and the rate
# reached, its stop or comma after (the rest of the paragraph explains it)
_OPENING = re.compile(r"\s*([^:,;。()\d\s%][^:,;。()\d%≥≤<>=]{1,19}?[率度])\s*(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?\s*%)"
                      r"\s*(?:[,;。]|$)")
_RUN_ITEM = re.compile(r"\s*([^:,;。()\d\s][^:,;。()\d%≥≤<>=]{1,19}?)\s*(\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2})"
                       r"\s*[。]?\s*")


def result_line_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    level1: str | None = None
    level2: str | None = None
    heading: Line | None = None  # the open 一级's heading line
    opening = False  # the line is the first after a 二级 heading
    for line in outline.lines:
        top = level1_heading(line, heading)  # "1.产出指标完成情况分析。" / "满意度指标完成情况"
        if top is not None:
            level1, level2, heading = top, None, line
            continue
        if level1 is None:
            continue
        second = level2_heading(line)  # "（1）数量指标。" / "社会效益指标。"
        if second is not None:
            level2, opening = second, True
            continue
        first, opening = opening, False
        item = _ITEM.fullmatch(line.norm) if line.marker_kind is None else None
        if item is None and first and level2 is not None and line.marker_kind is None and "%" in line.norm:
            rate = _OPENING.match(line.norm)  # "某某发放及时率100%,按照…": the heading's first paragraph
            if rate is not None:
                drafts.append(_opening_rate(line, rate, level1, level2))
                continue
        if item is None and level2 is not None and line.marker_kind is None and ";" in line.norm:
            drafts.extend(_run_items(line, level1, level2))  # "办理某某案件94件;调解纠纷1087件。": one sentence
            continue
        if item is None or item.group(1).endswith("指标"):  # "数量指标：…": a level's label, no indicator
            if line.marker_kind is not None or line.is_heading:
                level1 = heading = None
            continue
        source = ref(line.location, line.text.strip())
        draft = IndicatorDraft()
        draft.put("name", line.text[item.start(1): item.end(1)].strip(), source)
        draft.put("level1", level1, source)
        if level2 is not None:
            draft.put("level2", level2, source)
        draft.put("weight", None, source)
        count = _COUNT.search(line.norm, item.start(2), item.end(2))
        actual = parse_actual(count.group(1)) if count is not None else None
        if count is not None and actual is not None and "value" in actual:
            draft.put("actual", actual, ref(line.location, line.text[count.start(): count.end()].strip("。;；")))
        draft.put("narrative", line.text[item.start(2): item.end(2)], source)
        drafts.append(draft)
    return drafts if len(drafts) >= _MIN_ITEMS else []


def _run_items(line: Line, level1: str, level2: str) -> list[IndicatorDraft]:
    """A sentence under a 二级 heading whose every "；"-part is a name and a count: one indicator per part (names and
    actuals only); a sentence with any other part is prose, none."""
    drafts: list[IndicatorDraft] = []
    start = 0
    for part in line.norm.split(";"):
        item = _RUN_ITEM.fullmatch(part)
        actual = parse_actual(item.group(2)) if item is not None else None
        if item is None or actual is None or "value" not in actual or item.group(1).endswith("指标"):
            return []
        name = line.text[start + item.start(1): start + item.end(1)].strip()
        source = ref(line.location, line.text[start: start + len(part)].strip("。;； "))
        draft = IndicatorDraft()
        draft.put("name", name, source)
        draft.put("level1", level1, source)
        draft.put("level2", level2, source)
        draft.put("weight", None, source)
        draft.put("actual", actual, source)
        drafts.append(draft)
        start += len(part) + 1
    return drafts if len(drafts) >= _MIN_ITEMS else []


def _opening_rate(line: Line, rate: re.Match[str], level1: str, level2: str) -> IndicatorDraft:
    source = ref(line.location, line.text[: rate.end(2)].strip())
    draft = IndicatorDraft()
    draft.put("name", line.text[rate.start(1): rate.end(1)].strip(), source)
    draft.put("level1", level1, source)
    draft.put("level2", level2, source)
    draft.put("weight", None, source)
    actual = parse_actual(rate.group(2))
    if actual is not None and "value" in actual:
        draft.put("actual", actual, source)
    return draft
