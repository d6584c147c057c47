"""Indicators a report states only in sentences, each as its target and its actual value ("四是成本指标:某某人均
补助标准指标值800元/人,全年实际完成值800元/人;…", "1.某某覆盖率,年初目标值≥90%,实际完成值≥90%,自评得分20分;",
"数量指标。某某人数年初任务数1200人,全年完成值1180人;…"), read when no indicator was found any other way: no
weight is stated, so none is given; a score is kept when the clause states one. Under a level's lead, a clause whose
outcome is told in words ("某某时间年初指标值为12月底,实际在规定时间内完成") gives its target alone."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.level_headings import level1_heading, level2_heading
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.values import parse_actual, parse_target

# "年度目标≥90%" (no 值) keys a target only with its period before it: a bare 目标 opens too many sentences
_TARGET_KEY = r"(?:(?:年初|年度|全年)?(?:指标值|目标值|任务数)|(?:年初|年度|全年)目标(?!值))"
_TARGET_WORDS = ("指标值", "目标值", "任务数", "年初目标", "年度目标", "全年目标")
_ACTUAL_KEY = r"(?:全年|年度)?(?:实际完成值?|完成值|实际值)"
# name, target, actual, score: each clause "名称(,)指标值V,(全年)实际完成值V(,自评得分S分)"; the name may end on a
# comma or a colon when the clause opens the sentence ("1.某某率,年初目标值…", "1.某某剂次:年度目标≥2万剂次,…")
# Every \s*+ is possessive: a run of spaces is not tried split between a name or value and the \s* beside it (three
# runs of 15 spaces took 90 s); a value therefore never opens on a space (an all-space value was never read anyway)
_PAIR = re.compile(r"([^,;:。()]{2,40}?)\s*+[,:]?\s*+" + _TARGET_KEY
                   + r"\s*+(?:为|是)?\s*+([^,;:。]{1,20}?)\s*+,\s*+" + _ACTUAL_KEY
                   + r"\s*+(?:为|是)?\s*+([^,;:。]{1,20}?)\s*+(?=[,;。]|$)"
                   r"(?:\s*+,\s*+(?:自评)?得分\s*+(?:为)?\s*+(\d{1,3}(?:\.\d+)?)\s*+分)?")
# "四是成本指标:" / "二是质量指标:" / "数量指标。": the level the clauses after it belong to; "产出数量指标:" holds
# its 一级 too
_LEVEL = re.compile(r"(?:[一二三四五六七八九十]是)?(产出|效益|满意度)?((?:数量|质量|时效|成本|经济效益|社会效益"
                    r"|生态效益|可持续影响|服务对象满意度|满意度)指标)\s*[:。]")
# "某某时间年初指标值为2023年12月底,实际在规定时间内完成": a target whose outcome is told in words, not as a value
_TARGET_ONLY = re.compile(r"([^,;:。()]{2,40}?)\s*+,?\s*+" + _TARGET_KEY
                          + r"\s*+(?:为|是)?\s*+([^,;:。]{1,20}?)\s*+,\s*+"
                          r"实际(?!完成值|值)[^,;:。\d]{2,20}(?=[,;。]|$)")
# a clause's actual opens on a comma at most _REACH characters (spaces aside) after the clause's start: its name (40),
# a comma or colon, the target's key (年初指标值, 5), 为 or 是 and the target (20); a clause is tried only there
_REACH = 40 + 1 + 5 + 1 + 20
_PAIR_OPENS = re.compile(r",\s*" + _ACTUAL_KEY)
_TARGET_ONLY_OPENS = re.compile(r",\s*实际")
_NOT_NAME = re.compile(r"^(?:年初|年度|全年|其中|目标|指标)$")
# "(一)总体目标完成情况:年度目标为…,实际完成…": a report's section on its goal, no indicator's name
_GOAL_SECTION = re.compile(r"(?:目标|任务)[^,;:。]{0,6}情况$")
_LEAD = re.compile(r"^(?:\d{1,2}\s*[.、]|[一二三四五六七八九十]是)\s*")


# a project's name without its fund words: "某某生活补助专项资金" → "某某生活补助"
_FUND_WORDS = re.compile(r"(?:专项资金|专项经费|补助资金|资金|经费|专项|项目)+$")


def without_project(name: str, project: str | None) -> str:
    """"某某生活补助小学寄宿学生人均补助标准" in the report on 某某生活补助专项资金: the sentence names its indicator
    after the project's own words, which are no part of the indicator's name."""
    if project and name.startswith(project) and len(name) - len(project) >= 4:
        return name[len(project):]  # the project's whole name first: "某某经费资金到位率" → "资金到位率"
    stem = _FUND_WORDS.sub("", project or "")
    rest = name[len(stem):] if len(stem) >= 4 and name.startswith(stem) else ""
    return rest if len(rest) >= 4 and not _FUND_WORDS.match(rest) else name


def value_pair_indicators(outline: Outline, project: str | None = None) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    level1: str | None = None
    level2: str | None = None  # the open 二级's heading ("1、数量指标" on its own line under the 一级's)
    heading: Line | None = None  # the open 一级's heading line
    for line in outline.lines:
        top = level1_heading(line, heading)  # "1.产出指标。" / "(一)效益指标(30分)": the 一级 of the clauses below
        if top is not None:
            level1, level2, heading = top, None, line
            continue
        sub = level2_heading(line) if level1 is not None else None
        if sub is not None:
            level2 = sub
            continue
        if line.is_heading:
            level1 = level2 = heading = None
        if not any(key in line.norm for key in _TARGET_WORDS) \
                or ("完成值" not in line.norm and "实际" not in line.norm):
            continue
        levels = list(_LEVEL.finditer(line.norm))
        pairs = list(_clauses(_PAIR, _PAIR_OPENS, line.norm, line.body_start))
        if levels:  # under a level's lead, a target whose outcome is only told in words is an indicator too
            pairs += [m for m in _clauses(_TARGET_ONLY, _TARGET_ONLY_OPENS, line.norm, line.body_start)
                      if not any(p.start() < m.end() and m.start() < p.end() for p in pairs)]
        for match in sorted(pairs, key=lambda m: m.start()):
            told = match.re is _TARGET_ONLY  # no actual value
            target = parse_target(match.group(2))
            actual = None if told else parse_actual(match.group(3))
            if target is None or (not told and (actual is None or target.get("value") is None)):
                continue
            lead = _LEAD.match(match.group(1))
            start = match.start(1) + (lead.end() if lead else 0)
            name = line.text[start: match.end(1)].strip()
            if len(name) < 2 or _NOT_NAME.match(name) or _GOAL_SECTION.search(name):
                continue
            source = ref(line.location, line.text[match.start(): match.end()])
            draft = IndicatorDraft()
            labelled = line.norm[match.end(1): match.end(1) + 1] == ":"  # "名称:年度目标…": the name as written
            draft.put("name", name if labelled else without_project(name, project), source)
            level = next((m for m in reversed(levels) if m.end() <= match.start()), None)
            if level is not None:
                draft.put("level2", level.group(2), source)
                first = f"{level.group(1)}指标" if level.group(1) else level1
                if first is not None:
                    draft.put("level1", first, source)
            elif level1 is not None:  # under a 一级's heading, with its 二级's when one is open
                draft.put("level1", level1, source)
                if level2 is not None:
                    draft.put("level2", level2, source)
            draft.put("target", target, source)
            if actual is not None:
                draft.put("actual", actual, source)
            draft.put("weight", None, source)
            if not told and match.group(4) is not None:
                draft.put("stated_score", to_decimal(match.group(4)), source)
            drafts.append(draft)
    return drafts


def _clauses(pattern: re.Pattern[str], opens: re.Pattern[str], text: str, start: int) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start)`` gives, trying a match only from the characters at most _REACH
    non-space characters before a comma ``opens`` finds (where every match lies): a long line with no such comma
    (5,000 characters of 年度目标, of digits and labels) costs one pass, not a match tried at each character."""
    solid = [i for i, char in enumerate(text) if not char.isspace()]
    at = start
    for found in opens.finditer(text, start):
        before = bisect_left(solid, found.start())  # non-space characters before the comma
        low = solid[before - _REACH - 1] + 1 if before > _REACH else start
        for begin in range(max(low, at, start), found.start()):
            if begin < at:
                continue
            match = pattern.match(text, begin)
            if match is not None:
                yield match
                at = match.end()
        at = max(at, found.start())
