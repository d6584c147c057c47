"""The heads of indicators written as prose: the level words (一级指标 / 二级指标) and titles that
group them, the labels that name an indicator, and cutting a head line into name, weight and values.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.extract.block_paragraphs import block_head
from jixiao.readers.extract.bracketed_heads import VALUE_BRACKET, bracketed_head, name_before_target
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.scores import (
    BARE_WEIGHT_END,
    HEAD_WEIGHT,
    weight_in,
)
from jixiao.readers.extract.weighted_headings import SCORED_LEVEL_TAIL

# (履职效能 / 管理效率 / 社会效应 / 可持续发展: the whole-unit frame's 一级 blocks)
LEVEL1 = re.compile(r"^(决策|过程|产出|效益|效果|满意度|投入|成本|管理|履职|履职效能|管理效率|社会效应|可持续发展)"
                    r"(指标|情况|方面)?(?:完成情况)?$")
LEVEL2 = re.compile(
    r"^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|经济成本|社会成本|生态环境成本|"
    r"项目立项|绩效目标|资金投入|资金管理|组织实施|预算执行|预算管理|资产管理|职责履行|履职效益|目标设定|预算配置|"
    r"财务管理|业务管理)(指标)?$"
)
# (a name ends at its weight, a colon, the end of the sentence, the points it lost ("1.名称指标扣0.5分，原因是…")
# or a bracket of its values "（指标值：…；完成值：…）"; the pattern opens on the set of their first characters, each
# alternative after it told by the character it opens on, so that the engine skips to them: written as alternatives
# of their own, some opening on a set, it was tried at every character of the line)
_NAME_END = re.compile(r"[(:。,;\s指扣](?:(?<=\()(?:\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d|"
                       + VALUE_BRACKET.removeprefix(r"\(")
                       + r")|(?<=[:。,;])|(?<=\s)\s+|(?<=指)标扣\s*(?:除|减|去)?\s*\d|(?<=扣)\s*(?:除|减|去)?\s*\d)")
KEYED_HEAD = re.compile(r"[,:;]?\s*(?:指标分值|分值|权重|满分|标准分)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*(?:分|%|"
                        + BARE_WEIGHT_END + ")")

# a 一级's weight written straight after its name, no bracket ("投入20分，自评得分20分")
BARE_WEIGHT = re.compile(r"(?<=[\u4e00-\u9fff])\s*(\d+(?:\.\d+)?)\s*分$")
_NAME_STOP = re.compile(r"[:。]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# "“送戏下乡演出场次”指标，年度目标值…，权重15分": the quoted words are the name ("指标" says what they are)
QUOTED_NAME = re.compile(r"\s*[“\"「『]\s*([^“”\"「」『』]{2,30}?)\s*[”\"」』]\s*(?:这一|这项|该)?(?:指标)?\s*")


def head_title(line: Line) -> str:
    return title_of(line, block_head(line, is_level1))


def title_of(line: Line, block: re.Match[str] | None) -> str:
    """:func:`head_title` when the caller has the line's :func:`block_head` already."""
    rest = line.rest_norm
    if block is not None:  # "产出指标（分值40分，得分38分）"
        return block.group(1)
    text = SCORED_LEVEL_TAIL.sub("", rest) if "得" in rest or "自评" in rest else rest  # ("，自评10分。" too)
    text = (HEAD_WEIGHT.sub("", text) if "(" in text else text).strip()  # (HEAD_WEIGHT opens on its bracket)
    bare = BARE_WEIGHT.search(text) if text.endswith("分") else None  # "1、投入20分，自评得分20分。"
    if bare is not None and LEVEL1.match(text[: bare.start()]):
        text = text[: bare.start()]
    stop = _NAME_STOP.search(text)  # (not a split: the rest of a long line is not copied)
    return (text[: stop.start()] if stop else text).strip()


# a value after a heading's name and colon, not points ("：≥90%", "：3824人次"; "：50分" is a block's weight)
_VALUE_AFTER = re.compile(r"\s*:\s*[≥≤<>=]?\s*\d[\d.,]*(?![\d.,]|\s*分)")


def group_level(line: Line, title: str | None = None) -> tuple[str, str] | None:
    """("level1"|"level2", name) for a heading that groups indicators, e.g. 产出指标（50分）;
    ``title``: the line's :func:`head_title` when the caller has it already."""
    title = head_title(line) if title is None else title
    if ":" in line.rest_norm and _VALUE_AFTER.match(line.rest_norm, len(title)) and line.rest_norm.startswith(title):
        return None  # "6.服务对象满意度：≥90%": an item with its value, named as a 二级 is
    if LEVEL2.match(title):
        return "level2", re.sub(r"指标$", "", title) + "指标" if title.endswith("指标") else title
    if LEVEL1.match(title):
        return "level1", re.sub(r"(?<=.{2})完成情况$", "", title)
    return None


def holds_indicators(outline: Outline, line: Line) -> bool:
    """A group heading (产出指标) has headings or numbered items under it, not a scored narrative."""
    body = outline.section_body(line)
    return not body or any(b.is_heading or b.marker_kind or b.list_level is not None or grouped_label(b)
                           or level_led(b) or bracketed_head(b.rest_norm) for b in body)


_VALUE_BRACKET_LED = re.compile(r"[^,:;。()]{2,30}?" + VALUE_BRACKET)


def level_led(line: Line) -> bool:
    """"数量指标——养护道路里程：指标值≥30公里，…，分值20分，得分20分。": an unnumbered item led by its 二级 and a
    dash, its name before a colon, its weight stated; or "名称（指标值：…；完成值：…），分值10分，得10分。", its name
    before the bracket of its values."""
    if "(" in line.rest_norm[:34] and _VALUE_BRACKET_LED.match(line.rest_norm):
        return bool(HEAD_WEIGHT.search(line.rest_norm) or KEYED_HEAD.search(line.rest_norm))
    if ('"' in line.rest_norm or "“" in line.rest_norm) and _QUOTED_LEVEL.match(line.rest_norm):
        return bool(HEAD_WEIGHT.search(line.rest_norm) or KEYED_HEAD.search(line.rest_norm))
    head = line.rest_norm[:14]
    if "—" not in line.rest_norm and "-" not in line.rest_norm and "|" not in head and "｜" not in head:
        return False
    levels, name = level_prefix(line.rest_norm)
    return bool(levels) and ":" in name[:32] and bool(HEAD_WEIGHT.search(name) or KEYED_HEAD.search(name))


# "指标名称：X；指标分值：10分；…": the name is the value of a label, not the label itself
NAME_LABEL = re.compile(
    r"^\s*(?:(?:三级|二级|绩效|考核|评价)?指标(?:名称)?(?:\s*[\d一二三四五六七八九十]{1,3}(?![\d.]))?|指标内容|考核内容)"
    r"\s*(?:为|是)?\s*:\s*"
)
_LABELLED_NAME_END = re.compile(r"[;,。]|\s{2,}|\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d")


_COMPARISON_WORDS = pattern("comparison_words").pattern  # 不低于, 不超过, …
_VALUE_LABEL = re.compile(r"(?:年度|全年)?(?:目标值|指标值|实际值|完成值|实际完成|得分|自评得分|分值|权重)"
                          r"|(?:年度|全年)?(?:目标|计划)(?:值)?\s*(?:[≥≤<>=:]|为|是|\d|" + _COMPARISON_WORDS + "|达到)")


_TOTAL_SCORE = pattern("total_score").pattern  # 总分's spellings (自评总分, 总得分, 综合得分, 综合评分)
NAME_THEN_VALUES = re.compile(r"[^,:;\d]{2,30},\s*(?:" + _VALUE_LABEL.pattern + ")")
WHOLE_LINE = re.compile(rf"\s*(?:(?:自评|评价|绩效)(?:等级|等次|结果|总分)|{_TOTAL_SCORE}|经自评|综上所述"
                        # ("本次自评满分为100分，…": the form's full mark)
                        r"|(?:本次|本项目|项目)?(?:自评|评价)?(?:满分|总分)\s*(?:为|是|:)?\s*100\s*分)")
# "本次自评，项目总得分95分（满分100分），…": a whole-report word in a line's opening clauses
_WHOLE_WORDS = re.compile(rf"{_TOTAL_SCORE}|满分\s*(?:为|是)?\s*100\s*分")
_WHOLE_SPAN = 40  # characters of a line's opening searched for them
# "年度目标（90分）：全年开展…" / "年度目标1：…": the form's goal row, its weight the indicator block's, no indicator
_GOAL_NAME = re.compile(r"(?:项目)?(?:年度|年初设定|当年|全年)(?:总体|绩效|主要)?(?:目标|任务)\s*\d{0,2}"
                        r"|总体目标|预期目标")


# the figure a figure-first sentence ends its name with ("…结案率96.2%", "…立案12846件", "…面积不少于3.2万亩",
# "…率96.2%（目标95%以上）"): never a figure inside the name ("12345热线…", "3类补助")
_FIGURE_LAST = re.compile(r"(?<=[\u4e00-\u9fff])(?<![年月])\s*(?:" + _COMPARISON_WORDS + r"|达到|达|为|≥|≤)?\s*"
                          + WRITTEN_FIGURE + r"\s*(?:%|[\u4e00-\u9fff]{1,3})?\s*(?:\([^()]{1,20}\))?\s*$")
_DIGIT = re.compile(r"\d")  # the quick test before _FIGURE_LAST, which opens on look-behinds tried at every place
# how the figure after it was found (a survey's words, the lexicon's: also the quick test before it), leading a
# figure-first sentence ("通过入户问卷调查，名称为94.6%，…")
_SURVEY_WORD = pattern("survey_words.lead")
SURVEY_LEAD = re.compile(r"(?:通过|经|据|根据)?[^,;。\d]{0,16}?(?:" + _SURVEY_WORD.pattern + ")"
                          r"(?:[^,;。\d]{0,4}?\s*,\s*|显示|表明)")  # ("第三方调查显示某某满意度91.8%")
_VALUE_WORD = re.compile(r"\s*(?:年度|全年)?(?:目标值?|指标值|计划|实际(?:完成)?值?|完成值?)\s*(?:为|是|:)?\s*$")
_ACTUAL_TOLD = re.compile(r"(?:全年)?实际(?:完成)?$")  # the word before an actual figure told after the name
_SCORED_AFTER = re.compile(r"得\s*\d+(?:\.\d+)?\s*分")
_TOLD_LEAD = re.compile(r"(?:全年|本年度?|年内)(?:计划|共)?(?:完成)?(?=[\u4e00-\u9fff]{4})")  # "全年计划完成…面积"


def head_split(line: Line, named: int | None = None) -> tuple[str, int, Decimal | None, int] | None:
    """(name, name_end, weight, head_end) of an indicator head line, or None; ``named``: where the name ends
    when the caller knows it."""
    rest = line.rest_norm
    offset = line.body_start
    if WHOLE_LINE.match(rest) or _WHOLE_WORDS.search(rest, 0, _WHOLE_SPAN):  # "经自评，本单位…得分为96.98分
        return None  # （满分100分）": the whole report, no indicator
    label = NAME_LABEL.match(rest) if named is None else None
    if named is not None:
        name_end, name = named, line.text[offset: offset + named].strip()
    elif label is not None:
        stop = _LABELLED_NAME_END.search(rest, label.end())
        name_end = stop.start() if stop else len(rest)
        name = line.text[offset + label.end(): offset + name_end].strip()
    elif (opening := QUOTED_NAME.match(rest)) is not None and _VALUE_LABEL.match(rest, opening.end()):
        # "“道路硬化里程”目标值≥24公里，…": the quoted words are the name, the values follow
        name_end, name = opening.end(), opening.group(1).strip()
    else:
        survey = SURVEY_LEAD.match(rest) if _SURVEY_WORD.search(rest, 0, 24) else None  # "通过电话回访，名称96%，…"
        if survey is not None:
            offset, rest = offset + survey.end(), rest[survey.end():]
        stop = _NAME_END.search(rest)
        name_end = stop.start() if stop else len(rest)
        before_target = name_before_target(rest, name_end)  # "名称目标值≥2.5万亩，…": the name ends at its label
        if before_target is not None:
            name_end = before_target
        # "问题按期结案率96.2%（目标95%以上），分值15分，得15分": the sentence tells the figure after the name,
        # then weighs or scores it
        figure = _FIGURE_LAST.search(rest, 0, name_end) \
            if before_target is None and _DIGIT.search(rest, 0, name_end) else None  # (its digit looked for first)
        if figure is not None and _VALUE_WORD.match(rest, 0, figure.start()):
            figure = None  # "目标≥120起，查处131起，得8.5分": a value's label, no name
        if figure is not None and (KEYED_HEAD.search(rest, name_end) or _SCORED_AFTER.search(rest, name_end)):
            name_end = figure.start()
            told = _ACTUAL_TOLD.search(rest, 0, name_end)  # "名称实际达到1386人次（年度目标1350人次）": not the name's
            name_end = told.start() if told is not None and told.start() >= 2 else name_end
            lead = _TOLD_LEAD.match(rest, 0, name_end)
            offset, name_end = (offset + lead.end(), name_end - lead.end()) if lead else (offset, name_end)
            rest = rest[lead.end():] if lead else rest
        name = line.text[offset: offset + name_end].strip()
    quoted = QUOTED_NAME.fullmatch(name)
    if quoted is not None:
        name = quoted.group(1)
    if not name or len(name) > 30 or (line.marker_kind is None and _VALUE_LABEL.match(name)) \
            or not _WORD.search(name) or _GOAL_NAME.fullmatch(name):
        return None  # "93%，得分50分（分值50分）": a wrapped line's figure, not a name; a goal row
    weight, match = weight_in(rest[name_end: name_end + 24])
    keyed = KEYED_HEAD.match(rest, name_end)  # "名称，权重15分" / "名称：分值10分。"
    if match is not None and match.re is HEAD_WEIGHT and match.start() <= 2:
        head_end = name_end + match.end()
    elif keyed is not None:
        weight, head_end = to_decimal(keyed.group(1)), keyed.end()
    else:
        weight = None
        head_end = name_end
    return name, offset + name_end, weight, offset + head_end


def is_level1(word: str) -> bool:
    return bool(LEVEL1.match(word))


def is_level2(word: str) -> bool:
    return bool(LEVEL2.match(word))


# (the spaces after a weight are matched only after one: the spaces on either side of a missing weight were split
# every way, quadratic in a long run of them)
_GROUP_LABEL = re.compile(r"^\s*([^,:;。()]{2,12}?)\s*(?:\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*)?(?:[:。]|方面\s*,)\s*")
_LABEL_STOP = re.compile(r"[,:;。()]")  # the marks _GROUP_LABEL's name holds none of


def grouped_label(line: Line) -> tuple[str, re.Match[str]] | None:
    """("level1"|"level2", match) when the line opens on a level label ("数量指标："); a label with its block's
    weight ("满意度指标（20分）：") is a 一级 when it can be one; "levels" for two 一级 joined ("效益和满意度")."""
    rest = line.rest_norm
    # (the label runs up to its colon or its weight's bracket: a line whose first mark is another one, most prose, or
    # that holds no colon or 。, is no label, and the pattern's lazy name is not tried at each length)
    stop = _LABEL_STOP.search(rest) if ":" in rest or "。" in rest else None
    # ("数量指标方面，名称目标…": the label closed by 方面 and a comma)
    led = stop is not None and (stop.group() in ":。(" or rest.startswith("方面", max(stop.start() - 2, 0)))
    label = _GROUP_LABEL.match(rest) if led else None
    if label is None:
        return None
    title = label.group(1).strip()
    weighted = label.group(0).rstrip().endswith(("):", ")。"))
    level = "level1" if LEVEL1.match(title) and (weighted or not LEVEL2.match(title)) else \
        "level2" if LEVEL2.match(title) else None
    if level is None and all(LEVEL1.match(part) for part in _JOINED_LEVELS.split(title, 1)) \
            and _JOINED_LEVELS.search(title):  # "效益和满意度。名称…；名称…": items of two 一级, neither named on them
        level = "levels"
    return (level, label) if level is not None else None


_JOINED_LEVELS = re.compile(r"和|及|与|、")


_LEVEL_PREFIX = re.compile(r"^(.{2,12}?)\s*(?:——|—|--|-|–|[|｜])\s*(?=\S)")  # "数量指标——名称", "数量指标｜名称"
# both levels before the name: "【产出指标—数量指标】名称", "[产出指标/数量指标]名称", "产出·数量｜名称"
_BRACKETED_LEVELS = r"[\[【]\s*([^\]】]{2,12}?)\s*(?:——|—|--|-|–|·|/)\s*([^\]】]{2,14}?)\s*[\]】]"
_LEVEL_PAIR = re.compile(rf"^\s*(?:{_BRACKETED_LEVELS}"
                         r"|([^|｜\s]{2,6}?)\s*[·/]\s*([^|｜\s]{2,10}?)\s*[|｜])\s*(?=\S)")
# "【产出指标 · 数量指标】" on a line of its own: a caption naming the levels of the items under it (a phone article's)
_LEVEL_CAPTION = re.compile(rf"^\s*{_BRACKETED_LEVELS}\s*$")
# "产出指标 · 数量指标" as a heading of its own, no brackets (a page's caption over each indicator's card or table)
_PLAIN_CAPTION = re.compile(r"^\s*([^\s·/／—–-]{2,12}?)\s*(?:——|—|--|-|–|·|/|／)\s*([^\s·/／—–-]{2,14}?)\s*$")
_SHORT_LEVEL1 = re.compile(r"^(?:产出|效益|满意度|成本)$")  # a template 一级 written without its 指标


# "二级指标“数量指标”下设“名称”": the 二级 quoted before the quoted name
_QUOTED_LEVEL = re.compile(r"^\s*(?:二级指标)?\s*[“\"]([^”\"]{2,14})[”\"]\s*(?:下设|下的|项下|中的?)\s*(?=[“\"])")

# "产出指标—数量指标“某某率”" / "产出指标下数量指标“某某率”" / "数量指标“某某率”": the levels, then the name in quotes
# (a questionnaire's answer or question)
_LEVELS_THEN_QUOTED = re.compile(r"^\s*(?:([^\s“”\"—/／]{2,8}?)\s*(?:——|—|-|/|／|下的?|中的?)\s*)?"
                                 r"([^\s“”\"—/／]{2,12}?)\s*[“\"]([^“”\"]{2,40})[”\"]$")

# "社区服务覆盖率（产出指标／数量指标）" (a record's 指标名称 field): both levels in a bracket closing the name
_LEVELS_AFTER = re.compile(r"^(.{2,30}?)\s*[(（]\s*([^()（）]{2,8}?)\s*(?:——|—|--|-|–|/|／)\s*"
                           r"([^()（）]{2,14}?)\s*[)）]$")


def levels_after(name: str) -> tuple[str, str, str] | None:
    """(name, 一级, 二级) of a name closed by a bracket naming both its levels, else None."""
    after = _LEVELS_AFTER.match(name) if name.endswith((")", "）")) else None
    if after is None or not LEVEL1.match(after.group(2)) or not LEVEL2.match(after.group(3)):
        return None
    return after.group(1), after.group(2), after.group(3)


def _level_names(upper: str, lower: str) -> tuple[str, str] | None:
    """(一级, 二级) named in full when ``upper`` is a 一级 and ``lower`` a 二级 ("产出" → 产出指标)."""
    if not LEVEL1.match(upper) or not LEVEL2.match(lower):
        return None
    return upper + "指标" if _SHORT_LEVEL1.match(upper) else upper, lower if lower.endswith("指标") else lower + "指标"


def level_caption(line: str) -> tuple[str, str] | None:
    """(一级, 二级) of a line that is only both levels: in brackets ("【产出指标 · 数量指标】", short names written in
    full), or without them, as written ("产出指标 · 预算执行"), else None."""
    if line.lstrip()[:1] in "[【":
        found = _LEVEL_CAPTION.match(line)
        return None if found is None else _level_names(found.group(1), found.group(2))
    plain = _PLAIN_CAPTION.match(line)
    if plain is None or not LEVEL1.match(plain.group(1)) or not LEVEL2.match(plain.group(2)):
        return None
    return plain.group(1), plain.group(2)


def level_prefix(name: str) -> tuple[list[tuple[str, str]], str]:
    """"数量指标——在校学生数" → ([("level2", "数量指标")], "在校学生数"), "产出·数量｜名称" → ([("level1", "产出指标"),
    ("level2", "数量指标")], "名称"): the levels written before the name (a short level named in full)."""
    quoted = _QUOTED_LEVEL.match(name) if "下" in name[:24] or "中" in name[:24] else None
    if quoted is not None and LEVEL2.match(quoted.group(1)):
        return [("level2", quoted.group(1))], name[quoted.end():].strip().strip("“”\"")
    levelled = _LEVELS_THEN_QUOTED.match(name) if name.endswith(("”", "\"")) else None
    if levelled is not None and LEVEL2.match(levelled.group(2)) \
            and (levelled.group(1) is None or LEVEL1.match(levelled.group(1))):
        upper = [("level1", levelled.group(1))] if levelled.group(1) else []
        return [*upper, ("level2", levelled.group(2))], levelled.group(3)
    pair = _LEVEL_PAIR.match(name) if name[:1] in "[【" or "·" in name[:8] or "/" in name[:8] else None
    if pair is not None and (named := _level_names(pair.group(1) or pair.group(3), pair.group(2) or pair.group(4))):
        return [("level1", named[0]), ("level2", named[1])], name[pair.end():]
    after = levels_after(name)
    if after is not None:
        return [("level1", after[1]), ("level2", after[2])], after[0]
    found = _LEVEL_PREFIX.match(name)
    if found is None:
        return [], name
    word = found.group(1)
    kind = "level2" if LEVEL2.match(word) else "level1" if LEVEL1.match(word) else None
    return ([(kind, word)], name[found.end():]) if kind is not None else ([], name)
