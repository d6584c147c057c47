"""Indicators a report lists as its goals in one sentence, each a name, a comparison and a figure, the items a ";"
apart ("（二）绩效目标：道路硬化≥1.2km；验收合格率≥100%；受益农户数≥40户，改善出行条件。", invented), read when no
indicator was found any other way. Only targets are stated, so no actual, weight or score is given. A sentence that
says the indicators were set may number them instead ("绩效指标共设置5个,指标1:名称A12场;指标2:名称B90%;…"): each
item a name and its figure, no comparison; an item with no plain figure (a deadline in words) is not read, and the
last item of a text cut inside it ("…;指标4:名称C50", nothing after) keeps its name alone."""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_target

_LABEL = re.compile(r"(?:项目)?(?:年度)?(?:绩效目标|预期目标)\s*[:：]\s*")
_MIN_ITEMS = 2  # one "名称≥N" alone may be a sentence about anything; a list of them is the goals
_NUMBER = re.compile(r"指标\s*\d{1,2}\s*:\s*")  # "指标3:" opening a numbered item


@cache
def _item() -> re.Pattern[str]:
    """One item: its name (no figure first, no clause mark inside), the comparison, the figure and its unit."""
    units = lexicon()["value_units"]
    return re.compile(rf"\s*([^:,;。≥≤<>=\d\s][^:,;。≥≤<>=]{{1,29}}?)\s*([≥≤<>=])\s*"
                      rf"(\d+(?:\.\d+)?\s*(?:{units}|[A-Za-z]{{1,3}}(?![A-Za-z]))?)")


@cache
def _plain() -> re.Pattern[str]:
    """A numbered item: its name (no figure, no clause mark), its figure and the figure's unit, nothing after."""
    units = lexicon()["value_units"]
    return re.compile(rf"([^:,;。≥≤<>=\d\s][^:,;。≥≤<>=\d]{{1,29}}?)\s*"
                      rf"(\d+(?:\.\d+)?\s*(?:%|(?:{units})|[\u4e00-\u9fff]{{1,2}})?)")


def goal_list_items(outline: Outline) -> list[IndicatorDraft]:
    numbered = _numbered_items(outline)
    if numbered:
        return numbered
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


def _numbered_items(outline: Outline) -> list[IndicatorDraft]:
    """The items of the first line that says its indicators were set (the lexicon's ``goal_lists.set_lead``) and
    numbers them "指标1:…;指标2:…", at least two read."""
    for line in outline.lines:
        if line.norm.count("指标") < _MIN_ITEMS:  # (each mark holds the word: a plain count first)
            continue
        marks = list(_NUMBER.finditer(line.norm))
        if len(marks) < _MIN_ITEMS or not pattern("goal_lists.set_lead").search(line.norm[:marks[0].start()]):
            continue
        drafts: list[IndicatorDraft] = []
        for mark, following in zip(marks, [*marks[1:], None], strict=True):
            end = following.start() if following is not None else len(line.norm.rstrip())
            part = line.norm[mark.end():end].rstrip(" ;,。")
            item = _plain().fullmatch(part)
            if item is None:
                continue  # a deadline or a standard in words: no name and figure to read
            at = mark.end()
            cut = following is None and line is outline.lines[-1] and not line.norm.rstrip().endswith(("。", ";"))
            source = ref(line.location, line.text[at: at + item.end()].strip())
            draft = IndicatorDraft()
            draft.put("name", line.text[at + item.start(1): at + item.end(1)].strip(), source)
            draft.put("weight", None, source)
            target = None if cut else parse_target(item.group(2))
            if target is not None and "value" in target:
                draft.put("target", target, source)
            drafts.append(draft)
        if len(drafts) >= _MIN_ITEMS:
            return drafts
    return []
