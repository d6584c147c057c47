"""Indicators a report writes one a line as a sentence led by their level ("②时效指标：补助资金发放及时率为100%。",
"（3）满意度指标（服务对象满意度指标）：家长满意度达到年度指标值≥90%。"), under a 一级's heading ("（1）产出指标"),
read when no indicator was found any other way. The label is the level (a 一级 such as 满意度指标, its bracket a 二级;
or a 二级 under the heading's 一级), the words before the figure the indicator's name; a figure after 年度指标值 / a
comparison sign is the target, a bare one what was achieved (the target under a heading of the goals,
"（二）项目绩效目标设定情况"). No weight or score is stated, so none is given. A line may list several
items of its level, each closed by "；" ("社会效益指标：名称A≥27人；名称B≥98%。"); a name may hold a bracket
("项目（工程）验收合格率100%"); a target may be followed by what was achieved ("名称≥6架，实际布防6架"), an item by
a clause that only says it was done ("数量指标：名称491米，已完成": one item is read so, its level and figure said). A
transfer's goals may count a level's items before the colon and part them by "、" or "，" ("1.数量指标3个：名称A4个、
名称B820吨/年、名称C12.5平方公里。")."""

from __future__ import annotations

import re
from typing import Any

from jixiao.lexicon import pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.level_headings import level1_heading
from jixiao.readers.extract.listed_targets import listed_items
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.prose_value_pairs import without_project
from jixiao.readers.extract.section_values import section_stating
from jixiao.readers.extract.values import parse_actual, parse_target

# level, bracketed 二级; the count of its items may stand before the colon ("1.数量指标6个:")
# (each run of spaces crossed by one \s* only: "数量指标" and a long run of spaces with no colon after it failed in
# time cubic in the run, each space tried in each of three \s* in a row)
_LABEL = re.compile(r"\s*(?:[①-⑳]\s*)?([^:()\d,;。]{2,12}?指标)\s*(?:\(([^()]{2,16})\)\s*)?(?:\d+\s*[个项条]\s*)?:\s*")
# the key of a target: 目标 too ("某某率目标100%", a clause an excerpt cut before "，完成…": the target, not what was
# achieved)
# (a figure's unit: a word of the lexicon's units, a rate per a period after it, "820吨/年", "12.5平方公里")
# (every \s*+ is possessive: what follows it opens on no space, so a run of spaces is not tried split between it and
# the next \s* — a name then 200 spaces and no figure took minutes, each space tried in each of four \s* in a row)
_ITEM = re.compile(  # the name (a bracket in it), its verb, the key of a target, the figure
    r"((?:[^:()\d,;。]|\([^():\d,;。]{1,8}\)){2,24}?)\s*+(?:为|达到|达|是|大于|高于|不低于|不少于|小于|低于)?\s*+"
    r"(年度指标值|指标值|目标值|(?:年度|全年)?目标(?:为|是)?)?\s*+([≥≤><=]{0,2}\s*\d+(?:\.\d+)?\s*+"
    rf"(?:%|(?:{pattern('value_units').pattern})(?:/[\u4e00-\u9fff])?|[\u4e00-\u9fff]{{1,2}})?)\s*")
# "1、产出指标数量指标：" (a 一级 and the 二级 of the line below run together): the 一级 opens
_FUSED_HEAD = re.compile(r"\s*([^:()\d,;。]{2,6}?指标)([^:()\d,;。]{2,8}?指标)\s*[:。]?\s*")
_SIGN = re.compile(r"^[≥≤><=]")
_DONE = pattern("goal_done_words")
# "布防数量≥6架，实际布防6架": after a target, a clause of what was achieved (实际, a few words, the figure)
# (matched from the first of the spaces before its comma: a long run of spaces is crossed once)
_ACTUAL_CLAUSE = re.compile(r"(?<!\s)\s*,\s*实际[^,;:。\d]{0,8}?(\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,2})?)\s*$")
# "2.质量指标。该项目6月完工，经县局验收评为优良，道路修补合格率为100%。": the level, then what was done, closed by a
# rate the sentence names (its last clause): the rate is the indicator, its figure what was achieved
_CLOSING = re.compile(
    r"\s*([^:()\d,;。]{2,12}?指标)\s*[。:]\s*.*[,;]\s*"
    r"()([^:,;。\d“”\"]{2,24}?率)\s*(?:为|达到|达)\s*()(\d+(?:\.\d+)?\s*%)\s*(?:[。;]\s*)?")


def level_labelled_items(outline: Outline, project: str | None = None) -> list[IndicatorDraft]:
    level1_words, level2_words = pattern("levels.level1"), pattern("levels.level2")
    drafts: list[IndicatorDraft] = []
    level1: str | None = None
    heading: Line | None = None  # the open 一级's heading line
    stating: tuple[int, str | None] = (0, None)  # the level of the last goals / results heading, what a bare figure is
    sibling: str | None = None  # the marker kind of the last line whose items were a 二级's (its list's siblings)
    for line in outline.lines:
        if line.is_heading and (line.level <= stating[0] or section_stating(line.rest_norm)):
            stating = (line.level, section_stating(line.rest_norm))
        if "指标" not in line.rest_norm:
            continue
        top = level1_heading(line, heading) or _fused_level1(line, level1_words, level2_words)
        if top is not None:
            level1, heading, sibling = top, line, None
            continue
        for name, (label, bracket), figure, keyed, achieved, dashed in _items(line):
            first: str | None
            second: str | None
            if level1 is not None and heading is not None and line.marker_kind != heading.marker_kind \
                    and level2_words.match(label) and label != level1:
                first, second = level1, label  # "服务对象满意度指标：…" under "3、满意度指标": the 一级's 二级
            elif level1_words.match(label) and not ((dashed or _sibling(sibling, line)) and level2_words.match(label)):
                first, second = label, bracket if bracket and level2_words.match(bracket) else None
            elif level2_words.match(label):
                first, second = level1, label
            else:
                continue
            source = ref(line.location, line.text.strip())
            draft = IndicatorDraft()
            draft.put("name", without_project(name, project), source)  # "某某经费资金到位率": the project's words go
            if first is not None:
                draft.put("level1", first, source)
            if second is not None:
                draft.put("level2", second, source)
            draft.put("weight", None, source)
            sibling = line.marker_kind if second is not None and first != second else None
            targeted = keyed or _SIGN.match(figure or "") or stating[1] == "target"
            value = None if figure is None else parse_target(figure) if targeted else parse_actual(figure)
            if value is not None and "value" in value:
                draft.put("target" if targeted else "actual", value, ref(line.location, figure or ""))
            if achieved is not None and targeted and (actual := parse_actual(achieved)) is not None \
                    and "value" in actual and _same_measure(value, actual):
                draft.put("actual", actual, ref(line.location, achieved))
            drafts.append(draft)
    return drafts


# (name, (level label, its bracket), figure, whether a target key stands before it, the figure achieved after it,
# whether the item opened on its own level and a dash: a 二级's word then, though a 一级's too, as 服务对象满意度指标)
_Item = tuple[str, tuple[str, str | None], str | None, bool, str | None, bool]


def _sibling(kind: str | None, line: Line) -> bool:
    """Whether ``line`` is numbered as the last line whose items were a 二级's ("5.服务对象满意度指标1个:…" after
    "4.生态效益指标4个:…"): an item of the same list, a 二级 too, though its word names a 一级 as well."""
    return kind is not None and line.marker_kind == kind


def _same_measure(target: dict[str, Any] | None, actual: dict[str, Any]) -> bool:
    """Whether an achieved clause's figure measures what the target does: "培训人数≥100人,实际参训率95%" names
    another measure (a rate after a count), no actual of the target's."""
    units = (target or {}).get("unit"), actual.get("unit")
    return None in units or units[0] == units[1]


def _items(line: Line) -> list[_Item]:
    """The items ``line`` lists (see _Item), none unless the whole line is read (a line of a goal's words: no figure
    where an item states no plain one)."""
    offset, rest = line.body_start, line.rest_norm
    closing = _CLOSING.fullmatch(rest)
    if closing is not None:
        name = line.text[offset + closing.start(3): offset + closing.end(3)].strip()
        return [] if name.endswith("指标") else [(name, (closing.group(1), None), closing.group(5), False, None,
                                                  False)]
    label = _LABEL.match(rest)
    if label is None:
        return _dashed_items(line)
    items = []
    start = label.end()
    body = rest[start:].rstrip(" 。;")
    for part in _list_parts(body):
        achieved = _ACTUAL_CLAUSE.search(part)
        item = _ITEM.fullmatch(part[: achieved.start()] if achieved else _without_status(part))
        if item is None or item.group(1).strip().endswith("指标"):  # a goal's words: a name alone, a standard, …
            levels = label.group(1), label.group(2)
            return [(name, levels, figure, False, None, False) for name, figure in listed_items(body)]
        at = offset + start + item.start(1)
        name = line.text[at: at + len(item.group(1))].strip()
        figure = item.group(3)
        sign = re.match(r"[≥≤><=]+", figure)
        if sign is not None and len(sign.group()) == 2:
            if sign.group()[0] != sign.group()[1]:
                return []
            figure = figure[1:]  # "≥≥98%": the sign doubled by a slip, ≥ 98 % under any reading
        items.append((name, (label.group(1), label.group(2)), figure, bool(item.group(2)),
                      achieved.group(1) if achieved else None, False))
        start += len(part) + 1
    return items


def _without_status(part: str) -> str:
    """``part`` without a closing clause that only says the item was done ("名称491米,已完成": the lexicon's
    ``goal_done_words``), which states no figure of its own; ``part`` itself when it has none."""
    head, comma, tail = part.rpartition(",")
    return head if comma and _DONE.match(tail.strip()) else part


def _list_parts(body: str) -> list[str]:
    """The items of a level's line: between "；", or, on a line with none, between "、" or "," when every part is
    an item with a figure ("数量指标3个:名称A4个、名称B820吨/年。", "时效指标2个:名称A100%,名称B≥30%。"); no comma
    parts a line whose comma opens what was achieved ("名称≥6架,实际布防6架"), a total ("…,合计…") or a completion
    rate ("名称6场,指标完成率100%": results, each before its rate)."""
    parts = body.split(";")
    if len(parts) > 1 or pattern("listed_targets.results").search(body):
        return parts
    for mark in "、,":
        split = body.split(mark)
        if len(split) > 1 and not (mark == "," and _ACTUAL_CLAUSE.search(body)) and all(
                (item := _ITEM.fullmatch(part)) is not None and not item.group(1).strip().endswith("指标")
                and not pattern("listed_targets.sums").match(part.strip()) for part in split):
            return split
    return parts


# "阶段性目标:数量指标-名称大于等于610亩;质量指标-…提升;…": items each led by its own level and a dash, after a
# goal's label; the words of a comparison stay before the figure (its sign)
_DASHED_LEAD = re.compile(r"\s*[^:;。\d]{2,10}?目标\s*:\s*")
_LEVEL_DASH = r"\s*([^:()\d,;。\-—–]{2,12}?指标)\s*[-—–]"
_DASHED = re.compile(_LEVEL_DASH + r"\s*((?:[^:()\d,;。]|\([^():\d,;。]{1,8}\)){2,24}?)\s*"
                     rf"((?:大于等于|小于等于|{pattern('comparison_words').pattern})?\s*\d+(?:\.\d+)?\s*"
                     r"(?:%|[\u4e00-\u9fff]{1,2})?)\s*")


def _dashed_items(line: Line) -> list[_Item]:
    """The items with a figure of a goal's line whose items each open on their level and a dash (a target each);
    none unless every item is so led."""
    rest = line.rest_norm
    lead = _DASHED_LEAD.match(rest)
    if lead is None:
        return []
    parts = rest[lead.end():].rstrip(" 。;").split(";")
    if len(parts) < 2 or not all(re.match(_LEVEL_DASH, part) for part in parts):
        return []
    items: list[_Item] = []
    start = line.body_start + lead.end()
    for part in parts:
        item = _DASHED.fullmatch(part)
        if item is not None:
            name = line.text[start + item.start(2): start + item.end(2)].strip()
            items.append((name, (item.group(1), None), item.group(3), True, None, True))
        start += len(part) + 1
    return items


def _fused_level1(line: Line, level1_words: re.Pattern[str], level2_words: re.Pattern[str]) -> str | None:
    """The 一级 of a heading "产出指标数量指标：" that runs its 一级 and the next line's 二级 together."""
    fused = _FUSED_HEAD.fullmatch(line.rest_norm) if line.is_heading else None
    if fused is None or not level1_words.match(fused.group(1)) or not level2_words.match(fused.group(2)):
        return None
    return fused.group(1)
