"""A 得分表 whose weights are printed in its names ("相关性(5分)") and whose only value column is 得分, its rows broken
by a viewer so that each score opens the next line: "…一级指标 二级指标 三级指标 得分 部门决策(25分) 目标任务(15分)
相关性(5分)" / "5 明确性(5分)" / "4 预算编制(10分) 测算依据(5分)" / "2 …". A name with its weight followed by a
number no larger than that weight is an indicator and its score (the pairing across the break is a guess, so
marked); the names with weights before it, followed by another such name, are its levels. Read when no indicator
was found any other way, and only when two indicators or more are."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline

_HEADER = re.compile(r"三\s*级\s*指\s*标\s*得\s*分\s*")  # no 分值 / 权重 column: the weights are in the names
_TOKEN = re.compile(r"\s*(?:(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,20})\s*\(\s*(?P<weight>\d{1,3}(?:\.\d)?)"
                    r"\s*分\s*\)|(?P<score>(?<![\d.])\d{1,3}(?:\.\d{1,2})?)(?![\d.%]))")
_LINES = 60  # the lines after the header the broken rows may run over


def broken_score_rows(outline: Outline) -> list[IndicatorDraft]:
    for k, line in enumerate(outline.lines):
        if "得" not in line.norm or "三" not in line.norm:
            continue
        header = _HEADER.search(line.norm)
        if header is None:
            continue
        drafts = _rows(outline, k, header.end())
        if len(drafts) >= 2:
            return drafts
    return []


def _rows(outline: Outline, k: int, start: int) -> list[IndicatorDraft]:
    lines = outline.lines[k: k + _LINES]
    text = "\n".join(line.norm for line in lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.norm) + 1)
    drafts: list[IndicatorDraft] = []
    heads: list[tuple[str, str]] = []  # (name, weight) read since the last indicator
    levels: dict[str, str] = {}
    at = start
    while (token := _TOKEN.match(text, at)) is not None and token.end() > at:
        at = token.end()
        if token.group("name"):
            heads.append((re.sub(r"\s", "", token.group("name")), token.group("weight")))
            continue
        if not heads:
            break  # a number with no name before it: not this shape
        name, weight = heads.pop()
        score = to_decimal(token.group("score"))
        if score > to_decimal(weight):
            break
        if len(heads) >= 2:
            levels = {"level1": heads[-2][0], "level2": heads[-1][0]}
        elif heads:
            levels["level2"] = heads[-1][0]
        heads = []
        where = max(i for i, s in enumerate(starts) if s <= token.start("score"))
        source = ref(lines[where].location, lines[where].text.strip()[:80], guessed=True)
        draft = IndicatorDraft()
        draft.put("name", name, source)
        for level, value in levels.items():
            draft.put(level, value, source)
        draft.put("weight", to_decimal(weight), source)
        draft.put("stated_score", score, source)
        drafts.append(draft)
    return drafts
