"""Indicators a report states only in sentences, each as its target and its actual value ("四是成本指标:某某人均
补助标准指标值800元/人,全年实际完成值800元/人;…"), read when no indicator was found any other way: no weight and no
score are stated, so none is given."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual, parse_target

# name, target, actual: each clause "名称指标值V,(全年)实际完成值V"
_PAIR = re.compile(r"([^,;:。()]{2,40}?)(?:年度|全年)?(?:指标值|目标值)\s*(?:为|是)?\s*([^,;:。]{1,20}?)\s*,\s*"
                   r"(?:全年|年度)?实际完成值?\s*(?:为|是)?\s*([^,;:。]{1,20}?)\s*(?=[,;。]|$)")
# "四是成本指标:" / "二是质量指标:": the level the clauses after it belong to
_LEVEL = re.compile(r"(?:[一二三四五六七八九十]是)?((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响"
                    r"|服务对象满意度|满意度)指标)\s*:")


# a project's name without its fund words: "某某生活补助专项资金" → "某某生活补助"
_FUND_WORDS = re.compile(r"(?:专项资金|专项经费|补助资金|资金|经费|专项|项目)+$")


def _without_project(name: str, project: str | None) -> str:
    """"某某生活补助小学寄宿学生人均补助标准" in the report on 某某生活补助专项资金: the sentence names its indicator
    after the project's own words, which are no part of the indicator's name."""
    stem = _FUND_WORDS.sub("", project or "")
    rest = name[len(stem):] if len(stem) >= 4 and name.startswith(stem) else ""
    return rest if len(rest) >= 4 and not _FUND_WORDS.match(rest) else name


def value_pair_indicators(outline: Outline, project: str | None = None) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if ("指标值" not in line.norm and "目标值" not in line.norm) or "实际完成" not in line.norm:
            continue
        levels = list(_LEVEL.finditer(line.norm))
        for match in _PAIR.finditer(line.norm):
            target, actual = parse_target(match.group(2)), parse_actual(match.group(3))
            if target is None or actual is None or target.get("value") is None:
                continue
            source = ref(line.location, line.text[match.start(): match.end()])
            draft = IndicatorDraft()
            draft.put("name", _without_project(line.text[match.start(1): match.end(1)].strip(), project), source)
            level = next((m for m in reversed(levels) if m.end() <= match.start()), None)
            if level is not None:
                draft.put("level2", level.group(1), source)
            draft.put("target", target, source)
            draft.put("actual", actual, source)
            draft.put("weight", None, source)
            drafts.append(draft)
    return drafts
