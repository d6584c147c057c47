"""Indicators a report runs together after their 二级's lead with no stop between them, each clause's percentage
followed at once by the next clause's words ("2.质量指标。某某发放率为98%覆盖率及到位率均为100%。", "3.时效指标。某某
按月发放指标为100%实际完成值为100%某某按季发放指标为100%实际完成值为100%"), read when no indicator was found any
other way. A clause "名称指标为V实际完成值为V" gives the target and what was achieved, "名称为V" what was achieved, and
"A及B均为V" one value for both names. The lead is the 二级 (its 一级 is not stated); no weight or score is stated, so
none is given. A line without the run-on sign (a percentage followed at once by words) is left to the other readers."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual, parse_target

_FIGURE = r"(\d+(?:\.\d+)?\s*%)"
_LEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?指标)\s*[。:]?\s*")
_RUN_ON = re.compile(r"%[\u4e00-\u9fff]")
# "某某发放指标为100%实际完成值为100%": the name, the target after 指标(值) / 目标值, the value achieved
_PAIR = re.compile(r"([^,;:。()%\d][^,;:。()%]{1,38}?)\s*(?:年度)?(?:指标值?|目标值)\s*为?\s*" + _FIGURE
                   + r"\s*,?\s*实际(?:完成)?值?\s*为?\s*" + _FIGURE)
# "某某发放率为98%" / "覆盖率及资金到位率均为100%": one rate's name, or several joined by 及 / 和 / 、, and the value
_ACHIEVED = re.compile(r"([^,;:。()%\d][^,;:。()%\d]{1,30}?[率度])\s*(均|都)?\s*(?:为|达到|达)\s*" + _FIGURE)
_JOINED = re.compile(r"及|和|、")


def run_on_level_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if "%" not in line.norm or not _RUN_ON.search(line.norm):
            continue
        lead = _LEAD.match(line.norm, line.body_start)
        if lead is None or not pattern("levels.level2").match(lead.group(1)):
            continue
        level2 = lead.group(1)
        at = lead.end()
        while at < len(line.norm):
            pair = _PAIR.match(line.norm, at)
            achieved = None if pair is not None else _ACHIEVED.match(line.norm, at)
            found = pair or achieved
            if found is None:
                break
            source = ref(line.location, line.text[found.start(): found.end()])
            names = [line.text[found.start(1): found.end(1)].strip()]
            if achieved is not None and achieved.group(2):  # only "均为" joins names ("某某及某某完成率为…" is one)
                names = [n.strip() for n in _JOINED.split(names[0])]
            for name in names:
                if len(name) < 2:
                    continue
                draft = IndicatorDraft()
                draft.put("name", name, source)
                draft.put("level2", level2, source)
                if pair is not None:
                    draft.put("target", parse_target(pair.group(2)), source)
                draft.put("actual", parse_actual(found.group(found.lastindex or 2)), source)
                draft.put("weight", None, source)
                drafts.append(draft)
            at = found.end()
            while at < len(line.norm) and line.norm[at] in "。,; ":
                at += 1
    return drafts
