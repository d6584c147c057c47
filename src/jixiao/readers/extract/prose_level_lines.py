"""Indicators a report writes one a line as a sentence led by their level ("②时效指标：补助资金发放及时率为100%。",
"（3）满意度指标（服务对象满意度指标）：家长满意度达到年度指标值≥90%。"), under a 一级's heading ("（1）产出指标"),
read when no indicator was found any other way. The label is the level (a 一级 such as 满意度指标, its bracket a 二级;
or a 二级 under the heading's 一级), the words before the figure the indicator's name; a figure after 年度指标值 / a
comparison sign is the target, a bare one what was achieved. No weight or score is stated, so none is given."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.level_headings import level1_heading
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.prose_value_pairs import without_project
from jixiao.readers.extract.values import parse_actual, parse_target

_LINE = re.compile(
    r"\s*[①-⑳]?\s*([^:()\d,;。]{2,12}?指标)\s*(?:\(([^()]{2,16})\))?\s*:\s*"  # the level and its bracketed 二级
    r"([^:()\d,;。]{2,24}?)\s*(?:为|达到|达|是|大于|高于|不低于|不少于|小于|低于)?\s*"  # the name, its verb
    r"(年度指标值|指标值|目标值)?\s*([≥≤><=]?\s*\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,2})?)\s*[。;]?\s*")
_SIGN = re.compile(r"^[≥≤><=]")
# "2.质量指标。该项目6月完工，经县局验收评为优良，道路修补合格率为100%。": the level, then what was done, closed by a
# rate the sentence names (its last clause): the rate is the indicator, its figure what was achieved
_CLOSING = re.compile(
    r"\s*([^:()\d,;。]{2,12}?指标)\s*[。:]\s*.*[,;]\s*"
    r"()([^:,;。\d“”\"]{2,24}?率)\s*(?:为|达到|达)\s*()(\d+(?:\.\d+)?\s*%)\s*[。;]?\s*")


def level_labelled_items(outline: Outline, project: str | None = None) -> list[IndicatorDraft]:
    level1_words, level2_words = pattern("levels.level1"), pattern("levels.level2")
    drafts: list[IndicatorDraft] = []
    level1: str | None = None
    heading: Line | None = None  # the open 一级's heading line
    for line in outline.lines:
        if "指标" not in line.rest_norm:
            continue
        top = level1_heading(line, heading)  # "（1）产出指标": the 一级 over the lines below it
        if top is not None:
            level1, heading = top, line
            continue
        item = _LINE.fullmatch(line.rest_norm) or _CLOSING.fullmatch(line.rest_norm)
        if item is None or item.group(3).endswith("指标"):
            continue
        label, bracket = item.group(1), item.group(2)
        if level1_words.match(label):
            first, second = label, bracket if bracket and level2_words.match(bracket) else None
        elif level2_words.match(label):
            first, second = level1, label
        else:
            continue
        offset = line.body_start
        source = ref(line.location, line.text.strip())
        draft = IndicatorDraft()
        name = line.text[offset + item.start(3): offset + item.end(3)].strip()
        draft.put("name", without_project(name, project), source)  # "某某经费资金到位率": the project's words go
        if first is not None:
            draft.put("level1", first, source)
        if second is not None:
            draft.put("level2", second, source)
        draft.put("weight", None, source)
        figure = item.group(5)
        figure_source = ref(line.location, line.text[offset + item.start(5): offset + item.end(5)])
        value = parse_target(figure) if item.group(4) or _SIGN.match(figure) else parse_actual(figure)
        if value is not None and "value" in value:
            draft.put("target" if item.group(4) or _SIGN.match(figure) else "actual", value, figure_source)
        drafts.append(draft)
    return drafts
