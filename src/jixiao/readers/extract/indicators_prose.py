"""Indicators written as prose: "N. 名称（w分）… 该指标绩效评价得分为 s 分" and its variants."""

from __future__ import annotations

import re

from jixiao import limits
from jixiao.numbers import to_decimal, to_halfwidth
from jixiao.readers.extract.block_paragraphs import block_head, block_items, block_weight
from jixiao.readers.extract.block_results import scored_sub_items
from jixiao.readers.extract.block_titles import titles_table
from jixiao.readers.extract.bracketed_heads import bracketed_head, guess_bracket_levels, stopped_bracket
from jixiao.readers.extract.execution_heads import as_execution_rate
from jixiao.readers.extract.facts import Facts, IndicatorDraft, ref
from jixiao.readers.extract.level_run_mentions import level_run_mentions
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.prose_execution import execution_in_prose, states_execution
from jixiao.readers.extract.prose_indicator_heads import (
    LEVEL1,
    LEVEL2,
    NAME_LABEL,
    group_level,
    grouped_label,
    head_title,
    holds_indicators,
    is_level1,
    is_level2,
    level_caption,
    level_led,
    title_of,
)
from jixiao.readers.extract.prose_indicator_items import enumerated_item, grouped_indicators, headed_indicator
from jixiao.readers.extract.scored_items import is_scored_item
from jixiao.readers.extract.scores import (
    HEAD_WEIGHT,
    weight_in,
)
from jixiao.readers.extract.section_keys import section_key
from jixiao.readers.extract.section_values import as_stated, section_stating

# a report's own title as a heading ("# 某某局2024年度部门整体支出绩效自评报告")
# "名称：年度目标100%，实际完成98.6%，分值10分，得9.86分。" unnumbered: one indicator, its name before the colon
# (not "预算执行方面：…": an aspect's line, read as 预算执行率 below)
_NAMED_SCORED = re.compile(r"[^,:;。\d]{2,30}(?<!方面|情况)(?<!上):[^。]*分值\s*\d+(?:\.\d+)?\s*分\s*,\s*"
                           r"(?:自评)?得分?\s*\d+(?:\.\d+)?\s*分\s*[。.]?$")
_REPORT_TITLE = re.compile(r"绩效[^,;:。]{0,12}(?:报告|自评表|评价表)$")
_FULL_MARK = 100  # a section heading weighted 100 scores the whole report, not one indicator


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
    ranked: dict[str, int] = {}  # marker kind of a block heading ("（一）项目立项（8分）：") → its level
    bullets: list[tuple[int, str]] = []  # the parent bullets of a Markdown list: (indentation, name)
    grouped_level: str | None = None  # the level of the last paragraph labelled by a level name
    stated: str | None = None  # what a bare value under the last heading states (section_values)
    stopped: list[tuple[IndicatorDraft, Line]] = []  # items "名称（X）。年度目标值…", their brackets weighed together
    cap = 2 * limits.current().indicators  # a report pasted over and over is refused early
    for line in outline.lines:
        if len(drafts) > cap:
            raise limits.LimitError(outline.source, "indicators", None, limit=cap, name="正文中的指标")
        if last_heading is not None and last_heading.index not in covered:
            section = last_heading.level
        if line.is_heading and ":" not in line.rest_norm:
            stated = section_stating(line.rest_norm)  # "三、绩效目标" / "四、绩效目标完成情况" over "名称：值" lists
        last_heading = line if line.is_heading else None
        title: str | None = None  # a heading's, found once for the tests below
        if line.list_level is None:
            bullets.clear()
        elif _bullet(outline, line, bullets, groups, drafts, covered):
            continue
        if not line.is_heading and line.marker_kind in ranked:  # "（三）资金到位率（10分），得9分。": the block ended
            for level in [lv for lv in groups if lv >= ranked[line.marker_kind or ""]]:
                del groups[level]
        if not line.is_heading and line.marker_kind is None and (bare := _bare_group(line)) is not None:
            _put_bare(groups, section, _sibling_level1(bare, groups))
            continue
        head = block_head(line, is_level1)
        chained = head or block_head(line, is_level1, scored=False)
        if chained is not None and _chained_block(outline, line, chained, groups, drafts, facts):
            covered.add(line.index)
            continue
        if head is not None and not line.is_heading:  # "（一）产出指标（分值30分，得分28分）。…" over items of its own
            _put_bare(groups, section, ("level1", head.group(1)))
            continue
        if line.is_heading:
            for level in [lv for lv in groups if lv >= line.level]:
                del groups[level]
            title = title_of(line, head)
            group = group_level(line, title) or (_scored_group(title, groups) if line.scored_block else None)
            both = level_caption(title) if group is None and title else None
            if both is not None and holds_indicators(outline, line):
                # "### 产出指标 · 数量指标" over the items: both levels, the 一级 just above the heading's own level
                groups[line.level - _CAPTION_STEP], groups[line.level] = ("level1", both[0]), ("level2", both[1])
                continue
            if group and holds_indicators(outline, line):
                if group[0] == "level2" and LEVEL1.match(group[1]) and not any(
                        kind == "level1" for kind, _ in groups.values()):
                    group = ("level1", group[1])
                groups[line.level] = group
                if line.marker_kind:  # a body line numbered as this heading, its peer, ends its block (see above)
                    ranked[line.marker_kind] = line.level
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
        labelled = grouped_label(line) if grouped else None
        if labelled is not None and facts is not None and labelled[0] == "level1":
            note_block_weight(facts, labelled[1].group(1).strip(), line, line.body_start + labelled[1].start(1))
        if labelled is not None:
            grouped_level = _after_level1_paragraphs(grouped, labelled, grouped_level)
        if not grouped and line.marker_kind and "得" in line.norm:  # "（一）组织保障（12分）：1）、某某自评得3分。…":
            grouped = scored_sub_items(line.rest_norm, line.text, line.body_start, line.location)  # the 二级's items
        if not grouped and "实际" in line.norm:  # "数量指标：名称目标…，实际…；质量指标：…" without points
            mentions.extend(level_run_mentions(line))
        if grouped:
            for draft in grouped:
                for field_name, name in groups.values():
                    draft.put(field_name, name, ref(line.location, name))
            drafts.extend(grouped)
            covered.add(line.index)
            continue
        if (item := enumerated_item(line)) is not None:  # "一是产出指标中的数量指标“名称”，…，分值15分，得15分。"
            line = item
        elif (line.marker_kind is None and line.md_level is None and not HEAD_WEIGHT.search(line.norm[:40])
                and not NAME_LABEL.match(line.rest_norm) and not level_led(line)
                and not bracketed_head(line.rest_norm)
                and not ("分值" in line.norm and _NAMED_SCORED.match(line.norm))):
            continue
        if _execution_paragraph(outline, line, title) or _whole_score(line):
            continue  # "（一）预算执行情况。…执行率95%，该项分值10分，得9.5分。": 预算执行率, read below
        if line.is_heading and _REPORT_TITLE.search(line.rest_norm):
            continue  # "# 某某镇2024年度部门整体支出绩效自评报告": the whole report under it, no indicator
        found = headed_indicator(outline, line, lazy=True)
        if found is None:
            continue
        draft, lines = found
        as_execution_rate(draft)
        if "weight" not in draft.fields:
            if stated is not None:
                as_stated(draft, stated)
            mentions.append(draft)
            continue
        covered.update(lines)
        if stopped_bracket(line):
            stopped.append((draft, line))
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
        drafts.append(draft)
    guess_bracket_levels(stopped)
    execution = execution_in_prose(outline, covered)
    if execution is not None and not any(d.name == execution.name for d in drafts):
        drafts.insert(0, execution)
    return drafts, mentions, covered


def _after_level1_paragraphs(drafts: list[IndicatorDraft], labelled: tuple[str, re.Match[str]],
                             last: str | None) -> str:
    """"（二）效益指标。一是…" then "（三）满意度指标。一是…": a label that names a 一级 as well as a 二级 (满意度指标),
    after paragraphs labelled by 一级 names, is the next 一级; its items' level is moved there. The label's level."""
    level, label = labelled
    title = label.group(1).strip()
    if level != "level2" or last != "level1" or not LEVEL1.match(title):
        return level
    for draft in drafts:
        if draft.fields.get("level2") == title and "level1" not in draft.fields:
            draft.fields["level1"] = draft.fields.pop("level2")
            draft.refs["level1"] = draft.refs.pop("level2")
    return "level1"


def _chained_block(outline: Outline, line: Line, head: re.Match[str], groups: dict[float, tuple[str, str]],
                   drafts: list[IndicatorDraft], facts: Facts | None) -> bool:
    """"（一）产出指标（分值40分，得分40分）。数量指标：1.名称，…": the block's weight noted, its chained items read
    (under the headings above). True when the line is read so (a heading with no items on it is left to
    the heading reading or as a group of the lines under it)."""
    if facts is not None and head.group(1) not in facts.get("stated_block_weights", {}):
        facts.put_entry("stated_block_weights", head.group(1), block_weight(head), ref(line.location, line.text))
    items = block_items(line, head, is_level2, lambda part: (found := headed_indicator(outline, part)) and found[0])
    for draft in items:
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
    drafts.extend(items)
    return bool(items)


# a level's name alone on an unnumbered line ("数量指标" over "指标1：…" lines) groups the lines under it just below
# the section it stands in: a heading of that section's level or higher ends it, an indicator's own heading does not
def _scored_group(title: str, groups: dict[float, tuple[str, str]]) -> tuple[str, str]:
    """A scored block heading named by no level word ("（一）项目管理（12分）" over items adding up to its 12): a 一级,
    or a 二级 when a 一级 heading above holds it ("二、过程（40分）")."""
    return ("level2" if any(kind == "level1" for kind, _ in groups.values()) else "level1"), title


_BARE_STEP = {"level1": 0.5, "level2": 0.6}
_CAPTION_STEP = 0.25  # a heading naming both levels: its 一级 kept this far above the heading's level
_BARE_MAX = 16


def _put_bare(groups: dict[float, tuple[str, str]], section: int, group: tuple[str, str]) -> None:
    """Record a bare level line's group, ending the bare groups it replaces (a 一级 ends the 二级 under it)."""
    step = _BARE_STEP[group[0]]
    for level in [lv for lv in groups if lv % 1 >= step or lv >= section + step]:
        del groups[level]
    groups[section + step] = group


def _sibling_level1(group: tuple[str, str], groups: dict[float, tuple[str, str]]) -> tuple[str, str]:
    """A bare 满意度指标 (a 一级 and a 二级 name both) after a bare 一级 of another name with no bare 二级 between
    ("产出指标" / "效益指标" / "满意度指标" over items led by their own 二级): the next 一级, not a 二级 under the
    last."""
    bare = [groups[lv] for lv in sorted(groups) if lv % 1]
    if group[0] == "level2" and LEVEL1.match(group[1]) and bare and bare[-1][0] == "level1" \
            and bare[-1][1] != group[1]:
        return "level1", group[1]
    return group


def _bare_group(line: Line) -> tuple[str, str] | None:
    """("level1"|"level2", name) for a line holding only a level's name ("数量指标", "产出指标：", "一级指标：产出指标
    （50分）"): it groups the indicator lines under it until the next such line or heading."""
    norm = line.norm.rstrip()
    if not norm.endswith(("指标", "指标:")) and not (  # ("产出指标（60分）": a level's name and its weight)
            norm.endswith(")") and ("级指标" in norm[:6] or norm.endswith("分)"))):
        return None  # (the line's end looked at first: most lines stop here)
    rest = _GROUP_LABEL_LEAD.sub("", line.rest_norm.strip())
    rest = _TRAILING_WEIGHT.sub("", rest) if rest.endswith(")") else rest
    if len(rest) > _BARE_MAX or not rest.endswith(("指标", "指标:")):
        return None
    title = rest.rstrip(":").strip()
    written = _TRAILING_WEIGHT.sub("", _GROUP_LABEL_LEAD.sub("", to_halfwidth(line.rest.strip())))
    return group_level(line, title) if title == written.rstrip(":").strip() else None


_GROUP_LABEL_LEAD = re.compile(r"^[一二]级指标\s*:\s*(?=\S)")  # "一级指标：产出指标（50分）"
_TRAILING_WEIGHT = re.compile(r"\s*\(\s*(?:分值|权重|满分)?\s*\d+(?:\.\d+)?\s*分\s*\)$")


def _execution_paragraph(outline: Outline, line: Line, title: str | None = None) -> bool:
    """A section's title ("预算执行情况", "绩效目标完成情况", "项目概况", no weight of its own) over a sentence scoring
    the budget's execution: the sentence is the 预算执行率 indicator, not one named after the title (``title``: the
    line's :func:`head_title` when the caller has it)."""
    title = head_title(line) if title is None else title
    return (section_key(title) in ("budget", "evaluation", "basic")
            and not HEAD_WEIGHT.search(line.rest_norm[: len(title) + 12])
            and states_execution(outline, line))


_WEIGHT_BEFORE_SCORE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*分(?=\s*[,;]\s*(?:自评)?得分?\s*(?:为)?\s*\d)")


def _whole_score(line: Line) -> bool:
    """"二、绩效评价情况（分值100分，自评得分94分）": a section weighted the full mark scores the whole report (read
    with the totals), not one indicator."""
    bracket = line.rest_norm.find("(", 0, 30)
    if bracket < 2 or weight_in(line.rest_norm[bracket: bracket + 20])[0] != _FULL_MARK:
        return False
    return section_key(line.rest_norm[:bracket].strip()) is not None


def note_block_weight(facts: Facts, name: str, line: Line, start: int) -> None:
    """The weight printed right after a 一级 name at ``start`` of ``line`` ("产出指标（50分）", "投入（15分），
    扣0.5分，…"): the block's weight, kept in ``stated_block_weights`` unless a block of that name has one."""
    found = HEAD_WEIGHT.match(line.norm, start + len(name)) or HEAD_WEIGHT.match(line.norm, start + len(name) + 1) \
        or _WEIGHT_BEFORE_SCORE.match(line.norm, start + len(name))  # "投入20分，自评得分20分"
    if found is None or name in facts.get("stated_block_weights", {}) or not line.norm.startswith(name, start):
        return
    facts.put_entry("stated_block_weights", name, to_decimal(next(g for g in found.groups() if g)),
                    ref(line.location, line.text[start: found.end()]))


def _bullet(outline: Outline, line: Line, parents: list[tuple[int, str]], groups: dict[float, tuple[str, str]],
            drafts: list[IndicatorDraft], covered: set[int]) -> bool:
    """A Markdown bullet: an indicator ("- 名称：分值15分，目标值…，得分15分") under its parent bullets
    (- 产出指标 / - 数量指标), or a parent. False when the bullet is neither (read as a plain line)."""
    level = line.list_level or 0
    led = bool(parents) and parents[-1][0] == level and bool(LEVEL1.match(parents[-1][1]))
    while parents and parents[-1][0] >= level and not (led and parents[-1][0] == level):
        parents.pop()  # (a 一级 bullet "▲产出指标（50分）" leads the "※" items beside it until the next 一级 bullet)
    if "执行率" in line.norm and not parents and not groups and states_execution(outline, line):
        return True  # "- 执行率：95.90%（得分9.59分，满分10分）": the budget's 预算执行率, read at the end (under
        # "- 产出指标" / "- 时效指标" bullets it is a row of the indicator list)
    item = headed_indicator(outline, line)
    if item is not None and "weight" in item[0].fields:
        draft = item[0]
        names = [name for _, name in parents][-2:]
        if len(names) == 2:
            draft.put("level1", names[0], ref(line.location, names[0]))
            draft.put("level2", names[1], ref(line.location, names[1]))
        elif names:  # (a 一级 bullet beside its items: "▲满意度指标（20分）" then "※名称：…")
            kind = "level1" if LEVEL1.match(names[0]) and (led or not LEVEL2.match(names[0])) else "level2"
            draft.put(kind, names[0], ref(line.location, names[0]))
        for field_name, name in groups.values():
            draft.put(field_name, name, ref(line.location, name))
        drafts.append(draft)
        covered.add(line.index)
        return True
    name = HEAD_WEIGHT.sub("", line.norm).strip().rstrip("：:").strip()  # ("产出指标（50分）": matched on its norm)
    if 2 <= len(name) <= 20 and not re.search(r"[\d,，。;；:：]", name):
        if led and LEVEL1.match(name):
            parents.pop()  # the next 一级 bullet ends the last one's items
        parents.append((level, name))
        return True
    return False
