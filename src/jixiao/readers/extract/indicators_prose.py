"""Indicators written as prose: "N. 名称（w分）… 该指标绩效评价得分为 s 分" and its variants."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao import limits
from jixiao.numbers import to_decimal
from jixiao.readers.extract.block_paragraphs import block_head, block_items, block_weight
from jixiao.readers.extract.block_titles import states_verdict, titles_table
from jixiao.readers.extract.bracketed_heads import bracketed_head, name_before_target
from jixiao.readers.extract.execution_heads import as_execution_rate
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.indicator_values import actual_from_text, evidence_from_text, target_from_text
from jixiao.readers.extract.outline import SCORED_LEVEL_TAIL, Line, Outline
from jixiao.readers.extract.prose_execution import execution_in_prose, states_execution
from jixiao.readers.extract.scored_items import is_scored_item
from jixiao.readers.extract.scores import (
    HEAD_WEIGHT,
    WEIGHT,
    fraction_in,
    is_keyed_weight,
    stated_deduction,
    stated_score,
    weight_in,
)
from jixiao.readers.extract.section_keys import section_key
from jixiao.readers.extract.trailing_notes import NOTE_LABEL, note_after_score

LEVEL1 = re.compile(r"^(决策|过程|产出|效益|效果|满意度|投入|成本|管理|履职)(指标|情况|方面)?(?:完成情况)?$")
LEVEL2 = re.compile(
    r"^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|经济成本|社会成本|生态环境成本|"
    r"项目立项|绩效目标|资金投入|资金管理|组织实施|预算执行|预算管理|资产管理|职责履行|履职效益|目标设定|预算配置|"
    r"财务管理|业务管理)(指标)?$"
)
_NAME_END = re.compile(r"\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d|[:。,;]|\s{2,}")
# (a name ends at its weight, a colon or the end of the sentence)
_KEYED_HEAD = re.compile(r"[,:;]?\s*(?:指标分值|分值|权重|满分|标准分)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*(?:分|%)")
_DEVIATION = re.compile(r"(?:偏差原因|扣分原因|失分原因|主要原因|原因是|原因为|原因在于|偏差)")


_NAME_STOP = re.compile(r"[:。]")
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# "“送戏下乡演出场次”指标，年度目标值…，权重15分": the quoted words are the name ("指标" says what they are)
QUOTED_NAME = re.compile(r"\s*[“\"「『]\s*([^“”\"「」『』]{2,30}?)\s*[”\"」』]\s*(?:这一|这项|该)?(?:指标)?\s*")


def _title(line: Line) -> str:
    return _title_of(line, block_head(line, _is_level1))


def _title_of(line: Line, block: re.Match[str] | None) -> str:
    """:func:`_title` when the caller has the line's :func:`block_head` already."""
    rest = line.rest_norm
    if block is not None:  # "产出指标（分值40分，得分38分）"
        return block.group(1)
    text = SCORED_LEVEL_TAIL.sub("", rest) if "得" in rest else rest
    text = (HEAD_WEIGHT.sub("", text) if "(" in text else text).strip()  # (HEAD_WEIGHT opens on its bracket)
    return _NAME_STOP.split(text, maxsplit=1)[0].strip()


def group_level(line: Line, title: str | None = None) -> tuple[str, str] | None:
    """("level1"|"level2", name) for a heading that groups indicators, e.g. 产出指标（50分）;
    ``title``: the line's :func:`_title` when the caller has it already."""
    title = _title(line) if title is None else title
    if LEVEL2.match(title):
        return "level2", re.sub(r"指标$", "", title) + "指标" if title.endswith("指标") else title
    if LEVEL1.match(title):
        return "level1", re.sub(r"(?<=.{2})完成情况$", "", title)
    return None


def _holds_indicators(outline: Outline, line: Line) -> bool:
    """A group heading (产出指标) has headings or numbered items under it, not a scored narrative."""
    body = outline.section_body(line)
    return not body or any(b.is_heading or b.marker_kind or b.list_level is not None or grouped_label(b)
                           or _level_led(b) or bracketed_head(b.rest_norm) for b in body)


def _level_led(line: Line) -> bool:
    """"数量指标——养护道路里程：指标值≥30公里，…，分值20分，得分20分。": an unnumbered item led by its 二级 and a
    dash, its name before a colon, its weight stated."""
    if "—" not in line.rest_norm and "-" not in line.rest_norm:
        return False
    level, name = _level_prefix(line.rest_norm)
    return level is not None and ":" in name[:32] and bool(HEAD_WEIGHT.search(name) or _KEYED_HEAD.search(name))


# "指标名称：X；指标分值：10分；…": the name is the value of a label, not the label itself
NAME_LABEL = re.compile(
    r"^\s*(?:(?:三级|二级|绩效|考核|评价)?指标(?:名称)?(?:\s*[\d一二三四五六七八九十]{1,3}(?![\d.]))?|指标内容|考核内容)"
    r"\s*(?:为|是)?\s*:\s*"
)
_LABELLED_NAME_END = re.compile(r"[;,。]|\s{2,}|\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d")


_VALUE_LABEL = re.compile(r"(?:年度|全年)?(?:目标值|指标值|实际值|完成值|实际完成|得分|自评得分|分值|权重)"
                          r"|(?:年度|全年)?(?:目标|计划)(?:值)?\s*(?:[≥≤<>=:]|为|是|\d|不低于|不少于|不高于|不超过|达到)")


_NAME_THEN_VALUES = re.compile(r"[^,:;\d]{2,30},\s*(?:" + _VALUE_LABEL.pattern + ")")
_WHOLE_LINE = re.compile(r"\s*(?:(?:自评|评价|绩效)(?:等级|等次|结果|总分)|综合得分|综合评分|总得分|经自评|综上所述"
                         r"|满分\s*100\s*分)")
# "本次自评，项目总得分95分（满分100分），…": a whole-report word in a line's opening clauses
_WHOLE_WORDS = re.compile(r"总得分|综合得分|综合评分|自评总分|满分\s*100\s*分")
_WHOLE_SPAN = 40  # characters of a line's opening searched for them
# "年度目标（90分）：全年开展…" / "年度目标1：…": the form's goal row, its weight the indicator block's, no indicator
_GOAL_NAME = re.compile(r"(?:项目)?(?:年度|年初设定|当年|全年)(?:总体|绩效|主要)?(?:目标|任务)\s*\d{0,2}"
                        r"|总体目标|预期目标")


def _head_split(line: Line, named: int | None = None) -> tuple[str, int, Decimal | None, int] | None:
    """(name, name_end, weight, head_end) of an indicator head line, or None; ``named``: where the name ends
    when the caller knows it."""
    rest = line.rest_norm
    offset = line.body_start
    if _WHOLE_LINE.match(rest) or _WHOLE_WORDS.search(rest, 0, _WHOLE_SPAN):  # "经自评，本单位…得分为96.98分
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
        stop = _NAME_END.search(rest)
        name_end = stop.start() if stop else len(rest)
        before_target = name_before_target(rest, name_end)  # "名称目标值≥2.5万亩，…": the name ends at its label
        if before_target is not None:
            name_end = before_target
        name = line.text[offset: offset + name_end].strip()
    quoted = QUOTED_NAME.fullmatch(name)
    if quoted is not None:
        name = quoted.group(1)
    if not name or len(name) > 30 or (line.marker_kind is None and _VALUE_LABEL.match(name)) \
            or not _WORD.search(name) or _GOAL_NAME.fullmatch(name):
        return None  # "93%，得分50分（分值50分）": a wrapped line's figure, not a name; a goal row
    weight, match = weight_in(rest[name_end: name_end + 24])
    keyed = _KEYED_HEAD.match(rest, name_end)  # "名称，权重15分" / "名称：分值10分。"
    if match is not None and match.re is HEAD_WEIGHT and match.start() <= 2:
        head_end = name_end + match.end()
    elif keyed is not None:
        weight, head_end = to_decimal(keyed.group(1)), keyed.end()
    else:
        weight = None
        head_end = name_end
    return name, offset + name_end, weight, offset + head_end


def extract_prose_indicators(outline: Outline, facts: Facts | None = None) -> tuple[
        list[IndicatorDraft], list[IndicatorDraft], set[int]]:
    """Indicators found in paragraphs; mentions (numbered paragraphs about an indicator that state
    no weight, to be matched with a table); the indexes of the lines the indicators cover. The block
    weights of 一级 headings ("产出指标（50分）") go to ``facts``."""
    drafts: list[IndicatorDraft] = []
    mentions: list[IndicatorDraft] = []
    covered: set[int] = set()
    groups: dict[float, tuple[str, str]] = {}  # level → (field, name); a bare level line's: below its section's
    section = 0  # level of the last heading that holds indicators rather than being one
    last_heading: Line | None = None
    scored: dict[str, int] = {}  # marker kind of a scored block heading ("（一）投入（15分），得14.5分。") → its level
    bullets: list[tuple[int, str]] = []  # the parent bullets of a Markdown list: (indentation, name)
    cap = 2 * limits.current().indicators  # a report pasted over and over is refused early
    for line in outline.lines:
        if len(drafts) > cap:
            raise limits.LimitError(outline.source, "indicators", None, limit=cap, name="正文中的指标")
        if last_heading is not None and last_heading.index not in covered:
            section = last_heading.level
        last_heading = line if line.is_heading else None
        title: str | None = None  # a heading's, found once for the tests below
        if line.list_level is None:
            bullets.clear()
        elif _bullet(outline, line, bullets, groups, drafts, covered):
            continue
        if not line.is_heading and line.marker_kind in scored:  # "（三）资金到位率（10分），得9分。": the block ended
            for level in [lv for lv in groups if lv >= scored[line.marker_kind or ""]]:
                del groups[level]
        if not line.is_heading and line.marker_kind is None and (bare := _bare_group(line)) is not None:
            _put_bare(groups, section, bare)
            continue
        head = block_head(line, _is_level1)
        if head is not None and _chained_block(outline, line, head, groups, drafts, facts):
            covered.add(line.index)
            continue
        if head is not None and not line.is_heading:  # "（一）产出指标（分值30分，得分28分）。…" over items of its own
            _put_bare(groups, section, ("level1", head.group(1)))
            continue
        if line.is_heading:
            for level in [lv for lv in groups if lv >= line.level]:
                del groups[level]
            title = _title_of(line, head)
            group = group_level(line, title) or (("level1", title) if line.scored_block else None)
            if group and _holds_indicators(outline, line):
                if group[0] == "level2" and LEVEL1.match(group[1]) and not any(
                        kind == "level1" for kind, _ in groups.values()):
                    group = ("level1", group[1])
                groups[line.level] = group
                if line.marker_kind and "得" in line.rest_norm and SCORED_LEVEL_TAIL.search(line.rest_norm):
                    scored[line.marker_kind] = line.level
                if group[0] == "level1" and facts is not None:
                    note_block_weight(facts, group[1], line, line.body_start)
                continue
            key = section_key(title)
            if key == "conclusion" or (key and not HEAD_WEIGHT.search(line.rest_norm) and (
                    not is_scored_item(outline, line) or (key == "budget" and states_execution(outline, line)))):
                continue  # "二、资金投入和使用情况" scored by its 执行率 sentence: that is 预算执行率, read below
        if titles_table(outline, line):
            continue  # "**预算执行情况（10分）**" over the money table: the block's title, not an indicator
        grouped = grouped_indicators(outline, line)
        if grouped and facts is not None and (labelled := grouped_label(line)) and labelled[0] == "level1":
            note_block_weight(facts, labelled[1].group(1).strip(), line, line.body_start + labelled[1].start(1))
        if grouped:
            for draft in grouped:
                for field_name, name in groups.values():
                    draft.put(field_name, name, ref(line.location, name))
            drafts.extend(grouped)
            covered.add(line.index)
            continue
        if (line.marker_kind is None and line.md_level is None and not HEAD_WEIGHT.search(line.norm[:40])
                and not NAME_LABEL.match(line.rest_norm) and not _level_led(line)
                and not bracketed_head(line.rest_norm)):
            continue
        if _execution_paragraph(outline, line, title):
            continue  # "（一）预算执行情况。…执行率95%，该项分值10分，得9.5分。": 预算执行率, read below
        found = _indicator(outline, line)
        if found is None:
            continue
        draft, lines = found
        as_execution_rate(draft)
        if "weight" not in draft.fields:
            mentions.append(draft)
            continue
        covered.update(lines)
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
        drafts.append(draft)
    execution = execution_in_prose(outline, covered)
    if execution is not None and not any(d.name == execution.name for d in drafts):
        drafts.insert(0, execution)
    return drafts, mentions, covered


def _is_level1(word: str) -> bool:
    return bool(LEVEL1.match(word))


def _is_level2(word: str) -> bool:
    return bool(LEVEL2.match(word))


def _chained_block(outline: Outline, line: Line, head: re.Match[str], groups: dict[float, tuple[str, str]],
                   drafts: list[IndicatorDraft], facts: Facts | None) -> bool:
    """"（一）产出指标（分值40分，得分40分）。数量指标：1.名称，…": the block's weight noted, its chained items read
    (under the headings above). True when the line is read so (a heading with no items on it is left to
    the heading reading or as a group of the lines under it)."""
    if facts is not None:
        blocks = facts.values.setdefault("stated_block_weights", {})
        name = head.group(1)
        if name not in blocks:
            blocks[name] = block_weight(head)
            facts.refs.setdefault("stated_block_weights", ref(line.location, line.text))
    items = block_items(line, head, _is_level2, lambda part: (found := _indicator(outline, part)) and found[0])
    for draft in items:
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
    drafts.extend(items)
    return bool(items)


# a level's name alone on an unnumbered line ("数量指标" over "指标1：…" lines) groups the lines under it just below
# the section it stands in: a heading of that section's level or higher ends it, an indicator's own heading does not
_BARE_STEP = {"level1": 0.5, "level2": 0.6}
_BARE_MAX = 16


def _put_bare(groups: dict[float, tuple[str, str]], section: int, group: tuple[str, str]) -> None:
    """Record a bare level line's group, ending the bare groups it replaces (a 一级 ends the 二级 under it)."""
    step = _BARE_STEP[group[0]]
    for level in [lv for lv in groups if lv % 1 >= step or lv >= section + step]:
        del groups[level]
    groups[section + step] = group


def _bare_group(line: Line) -> tuple[str, str] | None:
    """("level1"|"level2", name) for a line holding only a level's name ("数量指标", "产出指标："): it groups the
    indicator lines under it until the next such line or heading."""
    if not line.norm.rstrip().endswith(("指标", "指标:")):  # (the line's end looked at first: most lines stop here)
        return None
    rest = line.rest_norm.strip()
    if len(rest) > _BARE_MAX or not rest.endswith(("指标", "指标:")):
        return None
    title = rest.rstrip(":").strip()
    return group_level(line, title) if title == line.rest.strip().rstrip("：:").strip() else None


def _execution_paragraph(outline: Outline, line: Line, title: str | None = None) -> bool:
    """A section's title ("预算执行情况", "绩效目标完成情况", no weight of its own) over a sentence scoring the
    budget's execution: the sentence is the 预算执行率 indicator, not one named after the title (``title``: the
    line's :func:`_title` when the caller has it)."""
    title = _title(line) if title is None else title
    return (section_key(title) in ("budget", "evaluation") and not HEAD_WEIGHT.search(line.rest_norm[: len(title) + 12])
            and states_execution(outline, line))


def note_block_weight(facts: Facts, name: str, line: Line, start: int) -> None:
    """The weight printed right after a 一级 name at ``start`` of ``line`` ("产出指标（50分）", "投入（15分），
    扣0.5分，…"): the block's weight, kept in ``stated_block_weights`` unless a block of that name has one."""
    found = HEAD_WEIGHT.match(line.norm, start + len(name)) or HEAD_WEIGHT.match(line.norm, start + len(name) + 1)
    blocks = facts.values.setdefault("stated_block_weights", {})
    if found is None or name in blocks or not line.norm.startswith(name, start):
        return
    blocks[name] = to_decimal(next(g for g in found.groups() if g))
    facts.refs.setdefault("stated_block_weights", ref(line.location, line.text[start: found.end()]))


def _bullet(outline: Outline, line: Line, parents: list[tuple[int, str]], groups: dict[float, tuple[str, str]],
            drafts: list[IndicatorDraft], covered: set[int]) -> bool:
    """A Markdown bullet: an indicator ("- 名称：分值15分，目标值…，得分15分") under its parent bullets
    (- 产出指标 / - 数量指标), or a parent. False when the bullet is neither (read as a plain line)."""
    level = line.list_level or 0
    while parents and parents[-1][0] >= level:
        parents.pop()
    if "执行率" in line.norm and states_execution(outline, line):
        return True  # "- 执行率：95.90%（得分9.59分，满分10分）": the budget's 预算执行率, read at the end
    item = _indicator(outline, line)
    if item is not None and "weight" in item[0].fields:
        draft = item[0]
        names = [name for _, name in parents][-2:]
        if len(names) == 2:
            draft.put("level1", names[0], ref(line.location, names[0]))
            draft.put("level2", names[1], ref(line.location, names[1]))
        elif names:
            kind = "level1" if LEVEL1.match(names[0]) and not LEVEL2.match(names[0]) else "level2"
            draft.put(kind, names[0], ref(line.location, names[0]))
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
        drafts.append(draft)
        covered.add(line.index)
        return True
    name = HEAD_WEIGHT.sub("", line.text).strip().rstrip("：:").strip()
    if 2 <= len(name) <= 20 and not re.search(r"[\d,，。;；:：]", name):
        parents.append((level, name))
        return True
    return False


_GROUP_LABEL = re.compile(r"^\s*([^,:;。()]{2,12}?)\s*(?:\(\s*\d+(?:\.\d+)?\s*分\s*\))?\s*[:。]\s*")
_LABEL_STOP = re.compile(r"[,:;。()]")  # the marks _GROUP_LABEL's name holds none of
# "产出指标（40分）：受理办件量目标≥12万件，实际13.6万件，得10分（10分）；…": a clause naming its indicator
# right before its target, its weight in brackets after its score
_SCORE_THEN_WEIGHT = re.compile(r"得分?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*"
                                r"\(\s*(?:分值|满分|权重)?\s*(\d+(?:\.\d+)?)\s*分\s*\)")
_NAME_BEFORE_TARGET = re.compile(r"[^,:;。()\d]{2,30}?"
                                 r"(?=(?:年度|全年)?目标值?\s*(?:为|是|:)?\s*[^,;。]{1,24},\s*(?:全年)?实际)")
_CLAUSE = re.compile(r"[^;。]+")


def grouped_label(line: Line) -> tuple[str, re.Match[str]] | None:
    """("level1"|"level2", match) when the line opens on a level label ("数量指标："); a label with its block's
    weight ("满意度指标（20分）：") is a 一级 when it can be one."""
    rest = line.rest_norm
    # (the label runs up to its colon or its weight's bracket: a line whose first mark is another one, most prose, or
    # that holds no colon or 。, is no label, and the pattern's lazy name is not tried at each length)
    stop = _LABEL_STOP.search(rest) if ":" in rest or "。" in rest else None
    label = _GROUP_LABEL.match(rest) if stop is not None and stop.group() in ":。(" else None
    if label is None:
        return None
    title = label.group(1).strip()
    weighted = label.group(0).rstrip().endswith(("):", ")。"))
    level = "level1" if LEVEL1.match(title) and (weighted or not LEVEL2.match(title)) else \
        "level2" if LEVEL2.match(title) else None
    return (level, label) if level is not None else None


def grouped_indicators(outline: Outline, line: Line) -> list[IndicatorDraft]:
    """"1.数量指标：道路维修（15分）完成12公里（目标≥10公里），得15分；路灯安装（10分）…，得9分。":
    several indicators in one paragraph after a level label, one per clause holding "名称（W分）"."""
    labelled = grouped_label(line)
    if labelled is None:
        return []
    level, label = labelled
    start = line.body_start + label.end()
    drafts: list[IndicatorDraft] = []
    last_end = start
    for clause in _CLAUSE.finditer(line.norm, start):
        text = line.text[clause.start(): clause.end()]
        lead = len(text) - len(text.lstrip(" ,"))
        part = Line(line.index, text[lead:], clause.group(0)[lead:], line.location)
        chained = _NAME_BEFORE_TARGET.match(part.norm) if _SCORE_THEN_WEIGHT.search(part.norm) else None
        if not (HEAD_WEIGHT.search(part.norm[:34]) or _KEYED_HEAD.search(part.norm[:40]) or chained
                or ((QUOTED_NAME.match(part.norm) or _NAME_THEN_VALUES.match(part.norm))
                    and _KEYED_HEAD.search(part.norm))):
            continue  # a clause opening on its name (quoted, or before "目标值…") may state its weight last
        found = _indicator(outline, part, chained.end() if chained else None)
        if found is None or "weight" not in found[0].fields:
            continue
        draft = found[0]
        if level == "level2" and "level2" in draft.fields:  # "满意度指标：服务对象满意度指标——…": the label is the 一级
            level = "level1"
        draft.put(level, line.text[line.body_start + label.start(1): line.body_start + label.end(1)].strip(),
                  ref(line.location, line.text))
        drafts.append(draft)
        last_end = clause.end()
    if drafts:  # "…，得9.43分。部分渠段因占地协调未实施。"
        note_after_score(drafts[-1], line.norm, line.text, last_end, line.location)
    return drafts


_LEVEL_PREFIX = re.compile(r"^(.{2,12}?)\s*(?:——|—|--|-|–)\s*(?=\S)")


def _level_prefix(name: str) -> tuple[tuple[str, str] | None, str]:
    """"数量指标——在校学生数" → (("level2", "数量指标"), "在校学生数"): a level written before the name."""
    found = _LEVEL_PREFIX.match(name)
    if found is None:
        return None, name
    word = found.group(1)
    kind = "level2" if LEVEL2.match(word) else "level1" if LEVEL1.match(word) else None
    return ((kind, word), name[found.end():]) if kind is not None else (None, name)


def _indicator(outline: Outline, line: Line, named: int | None = None) -> tuple[IndicatorDraft, set[int]] | None:
    bracketed = bracketed_head(line.rest_norm) if named is None else None  # "名称（数量指标，10分）：…"
    head = _head_split(line, bracketed.name_end if bracketed else named)
    if head is None:
        return None
    name, _name_end, weight, head_end = head
    level, name = _level_prefix(name)
    if bracketed is not None:
        level, weight, head_end = bracketed.level, bracketed.weight, line.body_start + bracketed.head_end
    tail = line.norm[head_end:]
    skip = head_end + len(tail) - len(tail.lstrip(" :,.。"))
    inline, inline_norm = line.text[skip:].rstrip(), line.norm[skip:].rstrip()
    body = outline.section_body(line) if line.is_heading else []
    sibling = next((k for k, b in enumerate(body) if b.marker_kind == line.marker_kind and line.number is not None
                    and b.number == line.number + 1), len(body))
    body = body[:sibling]  # the next item written inline ("2.名称（15分）：…") is not part of this one
    body = body[:next((k for k, b in enumerate(body) if NAME_LABEL.match(b.rest_norm) or _WHOLE_LINE.match(b.norm)
                                 or states_verdict(b)),
                      len(body))]  # the next labelled indicator, or a statement about the whole report
    if any((b.marker_kind and (HEAD_WEIGHT.search(b.rest_norm[:40]) or is_scored_item(outline, b)))
           or ((b.list_level is not None or grouped_label(b)) and weight_in(b.rest_norm)[1] is not None)
           for b in body):
        return None  # a section holding indicators, not an indicator
    narrative = "\n".join([inline] * bool(inline) + [b.text.strip() for b in body])
    narrative_norm = "\n".join([inline_norm] * bool(inline) + [b.norm.strip() for b in body])
    if _COUNTS_INDICATORS.search(narrative_norm):
        return None  # "共设置绩效指标8个，其中一级指标3个…权重合计90分": the indicator set described, no indicator
    if weight is None:
        weight, wmatch = weight_in(narrative_norm)
        if wmatch is None or (wmatch.re is not WEIGHT and not is_keyed_weight(wmatch)):
            weight = None
    scored = _SCORE_THEN_WEIGHT.search(narrative_norm) if weight is None else None
    if scored is not None:  # "得18.5分（20分）": the bracketed figure after the score is the weight
        weight = to_decimal(scored.group(1))
    fraction = fraction_in(narrative_norm) if weight is None else None
    if fraction is not None:  # "得分：18/20" with no other weight: the denominator is the weight
        weight = fraction[1]
    score, smatch = stated_score(narrative_norm, weight)
    deduction, dmatch = stated_deduction(narrative_norm)
    if weight is not None and smatch is None and dmatch is None and not line.is_heading:
        return None
    if not narrative:
        return None
    where = body[0].location if body and not inline else line.location
    draft = IndicatorDraft()
    head_ref = ref(line.location, line.text)
    draft.put("number", line.number, head_ref)
    draft.put("name", name, head_ref)
    if level is not None:
        draft.put(*level, head_ref)
    if weight is not None:
        draft.put("weight", weight, head_ref)
    if smatch is not None:
        draft.put("stated_score", score, ref(where, narrative[smatch.start(): smatch.end()]))
    if dmatch is not None:
        draft.put("stated_deduction", deduction, ref(where, narrative[dmatch.start(): dmatch.end()]))
    if narrative:
        draft.put("narrative", narrative, ref(where, narrative))
    cut = min([m.start() for m in (smatch, dmatch) if m is not None], default=len(narrative_norm))
    blanked = narrative_norm
    for found in (smatch, dmatch):  # scores may be stated before the facts ("该项得分9.26分。全年…")
        if found is not None:
            blanked = blanked[: found.start()] + " " * (found.end() - found.start()) + blanked[found.end():]
    _values(draft, name, narrative, narrative_norm, cut, where, blanked)
    if smatch is not None:
        note_after_score(draft, narrative_norm, narrative, smatch.end(), where)
    return draft, {line.index, *(b.index for b in body)}


# (指标 first, what comes before it looked behind: a search skips to the literal)
_COUNTS_INDICATORS = re.compile(r"指标(?<=绩效指标|一级指标|二级指标|三级指标)(?:共|合计)?\s*\d{1,3}\s*(?:个|项|条)")


def _values(draft: IndicatorDraft, name: str, narrative: str, norm: str, cut: int, where: str,
            blanked: str) -> None:
    target = target_from_text(norm)
    span = None
    if target is not None:
        span = (target[1], target[2])
        words = target[0].get("text")
        if isinstance(words, str):  # a qualitative target keeps the author's characters
            start = norm.find(words, span[0], span[1])
            target[0]["text"] = narrative[start: start + len(words)] if start >= 0 else words
        draft.put("target", target[0], ref(where, narrative[target[1]: target[2]]))
    target_unit = str(target[0].get("unit", "")) if target is not None else ""
    actual = actual_from_text(name, narrative, norm, cut, span, target_unit, blanked)
    if actual is not None:
        draft.put("actual", actual[0], ref(where, actual[1], guessed=actual[2]))
    evidence = evidence_from_text(name, narrative, norm)
    if evidence is not None:
        draft.put("evidence", evidence, ref(where, evidence.get("description") or ""))
    deviation = _DEVIATION.search(norm)
    if deviation:
        start = deviation.start()
        clause_start = max(norm.rfind(ch, 0, start) for ch in ",;。\n") + 1
        end = norm.find("。", start)
        end = len(norm) if end < 0 else end
        if start < cut < end:
            end = cut
        text = narrative[max(clause_start, 0): end].strip(" ，,；;")
        text = re.sub(r"[，,；;]\s*(该指标|该项指标|该项|此项|本项|该|故|因此)?$", "", text).strip()
        text = NOTE_LABEL.sub("", text)
        if text:
            draft.put("deviation_note", text, ref(where, text))
