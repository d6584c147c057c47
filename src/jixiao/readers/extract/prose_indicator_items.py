"""One indicator written as prose, read from its head and the lines after it (weight, score, target,
actual, deviation), and the indicators a group's label runs together in one paragraph.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.block_paragraphs import LOWER_LEAD
from jixiao.readers.extract.block_titles import states_verdict
from jixiao.readers.extract.bracketed_heads import TARGET_AHEAD, bracketed_head
from jixiao.readers.extract.execution_heads import may_be_execution_rate
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.indicator_values import actual_from_text, evidence_from_text, target_from_text
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.prose_indicator_heads import (
    KEYED_HEAD,
    LEVEL2,
    NAME_LABEL,
    NAME_THEN_VALUES,
    QUOTED_NAME,
    WHOLE_LINE,
    grouped_label,
    head_split,
    is_level1,
    level_led,
    level_prefix,
)
from jixiao.readers.extract.scored_items import is_scored_item
from jixiao.readers.extract.scores import (
    HEAD_WEIGHT,
    WEIGHT,
    another_score,
    clause_score,
    fraction_in,
    is_keyed_weight,
    stated_deduction,
    weight_in,
)
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.extract.trailing_notes import BRACKET_NOTE, NOTE_LABEL, note_after_score

# (主要是's look-behind after the word: every alternative opens on a literal, and a search skips to their first
# characters instead of trying every alternative at every place, five times slower)
_DEVIATION = re.compile(r"(?:偏差原因|扣分原因|失分原因|主要原因|原因是|原因为|原因在于|偏差|主要是(?<=[,;]主要是))")

# "产出指标（40分）：受理办件量目标≥12万件，实际13.6万件，得10分（10分）；…": a clause naming its indicator
# right before its target, its weight in brackets after its score
_SCORE_THEN_WEIGHT = re.compile(r"得分?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*"
                                r"\(\s*(?:分值|满分|权重)?\s*(\d+(?:\.\d+)?)\s*分\s*\)")
_NAME_BEFORE_TARGET = re.compile(r"[^,:;。()\d]{2,30}?"
                                 r"(?=(?:年度|全年)?目标值?\s*(?:为|是|:)?\s*[^,;。]{1,24},\s*(?:全年)?实际)")
_CLAUSE = re.compile(r"[^;。]+")
# "1.数量指标：名称计划320公里，实际326公里，完成率…。该指标分值15分，得15分。": the head's colon closes a 二级 label;
# the name runs up to its plan's (or target's) figure, and an actual follows
_NAME_BEFORE_PLAN = re.compile(r"([^,:;。()\d]{2,30}?)\s*(?:年度|全年)?(?:计划|目标值|指标值|目标)\s*(?:为|是|:)?\s*"
                               + TARGET_AHEAD)
# a clause closing on its weight and score ("…，实际完成3.35万亩，本项分值12分，得12分"): one indicator's
_SCORED_END = re.compile(r"分值\s*\d+(?:\.\d+)?\s*分?\s*,\s*(?:自评)?得分?\s*\d+(?:\.\d+)?\s*分?\s*$")
# "预算执行率10分，目标100%，实际96.07%，扣0.39分；…": the name, its weight bare after it, then its target
_BARE_WEIGHTED = re.compile(r"([^,:;。()\d]{2,30}?)\s*(\d+(?:\.\d+)?)\s*分\s*,\s*"
                            r"(?=(?:年度|全年)?(?:目标|指标值|计划))")
# "一是名称，目标8个，实际8个，分值15分，得15分；二是…": the enumeration word opens the clause, the name follows it
_ENUMERATION_LEAD = re.compile(r"[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff])")
# its weight and score in its first sentence, a note may follow ("…，分值15分，得13.5分，偏差原因：…。")
_SCORED_CLAUSE = re.compile(r"分值\s*\d+(?:\.\d+)?\s*分?\s*,\s*(?:自评)?得分?\s*\d+(?:\.\d+)?\s*分")


def enumerated_item(line: Line) -> Line | None:
    """"一是产出指标中的数量指标“名称”，年度指标值…，实际完成…，分值15分，得15分。" as a paragraph of its own (no
    number, no level label before it): one indicator, the words after the enumeration word; else None."""
    if line.marker_kind is not None or line.is_heading:
        return None
    lead = len(line.norm) - len(line.norm.lstrip())
    enumerated = _ENUMERATION_LEAD.match(line.norm, lead)
    if enumerated is None or not _SCORED_CLAUSE.search(line.norm, enumerated.end(), _first_stop(line.norm)):
        return None
    return Line(line.index, line.text[enumerated.end():], line.norm[enumerated.end():], line.location)


def _first_stop(norm: str) -> int:
    stop = norm.find("。")
    return len(norm) if stop < 0 else stop


# an item's points in its bracket, after its level or not ("（数量指标，30分）", "(10分)")
_ITEM_POINTS = re.compile(r"[(（][^()（）]{0,12}?\d+(?:\.\d+)?\s*分\s*[)）]")


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
        lower = LOWER_LEAD.match(clause.group(0), lead)  # "数量指标上，名称目标≥2400人次，实际…，分值15分，得15分"
        if lower is not None and not LEVEL2.match(lower.group(1)):
            lower = None
        lead = lower.end() if lower is not None else lead
        enumerated = _ENUMERATION_LEAD.match(clause.group(0), lead)
        lead = enumerated.end() if enumerated is not None else lead
        part = Line(line.index, text[lead:], clause.group(0)[lead:], line.location)
        chained = _NAME_BEFORE_TARGET.match(part.norm) \
            if lower is not None or _SCORE_THEN_WEIGHT.search(part.norm) else None
        bare = _BARE_WEIGHTED.match(part.norm) if not chained else None
        if not (HEAD_WEIGHT.search(part.norm[:34]) or KEYED_HEAD.search(part.norm[:40]) or chained or bare
                or _SCORED_END.search(part.norm)
                or ((QUOTED_NAME.match(part.norm) or NAME_THEN_VALUES.match(part.norm))
                    and KEYED_HEAD.search(part.norm))):
            continue  # a clause opening on its name (quoted, or before "目标值…") may state its weight last
        found = headed_indicator(outline, part, chained.end() if chained else bare.end(1) if bare else None)
        if found is not None and bare is not None and "weight" not in found[0].fields:
            found[0].put("weight", to_decimal(bare.group(2)), ref(line.location, part.text[: bare.end()]))
        if found is None or "weight" not in found[0].fields:
            continue
        draft = found[0]
        if level == "level2" and ("level2" in draft.fields or lower is not None):  # "满意度指标：服务对象满意度
            level = "level1"  # 指标——…" / "满意度指标。服务对象满意度指标上，…": the label is the 一级
        if level != "levels":
            draft.put(level, line.text[line.body_start + label.start(1): line.body_start + label.end(1)].strip(),
                      ref(line.location, line.text))
        if lower is not None and level == "level1":
            word = lower.group(1)
            draft.put("level2", word if word.endswith("指标") else word + "指标", ref(line.location, lower.group(0)))
        drafts.append(draft)
        last_end = clause.end()
    if drafts:  # "…，得9.43分。部分渠段因占地协调未实施。"
        note_after_score(drafts[-1], line.norm, line.text, last_end, line.location)
    return drafts


def headed_indicator(outline: Outline, line: Line, named: int | None = None,
                     lazy: bool = False) -> tuple[IndicatorDraft, set[int]] | None:
    """The indicator ``line`` heads, and the lines it covers. ``lazy``: an item without a weight (a mention, used only
    when a drafted indicator of its name takes it) reads its target, actual and evidence when it is taken."""
    if _BLOCK_SUMMARY.match(line.rest_norm):
        return None  # "产出指标：共设置5项，分值50分，得分49分。": a 一级 block summed up, no indicator
    bracketed = bracketed_head(line.rest_norm) if named is None else None  # "名称（数量指标，10分）：…"
    head = head_split(line, bracketed.name_end if bracketed else named)
    if head is None:
        return None
    name, _name_end, weight, head_end = head
    if _LIST_LEAD.search(name):
        return None  # "各项指标分值及得分如下（预算执行率分值10分…）：": a lead to the items after it, no item
    levels, name = level_prefix(name)
    if not levels and bracketed is None and named is None and LEVEL2.match(name):
        after = _level_then_name(line, head)
        if after is not None:
            levels, (name, _name_end, weight, head_end) = [("level2", name)], after
    if bracketed is not None:
        levels = [bracketed.level] if bracketed.level is not None else []
        weight, head_end = bracketed.weight, line.body_start + bracketed.head_end
    tail = line.norm[head_end:]
    skip = head_end + len(tail) - len(tail.lstrip(" :,.。"))
    inline, inline_norm = line.text[skip:].rstrip(), line.norm[skip:].rstrip()
    body = outline.section_body(line) if line.is_heading else []
    sibling = next((k for k, b in enumerate(body) if b.marker_kind == line.marker_kind and line.number is not None
                    and b.number == line.number + 1), len(body))
    body = body[:sibling]  # the next item written inline ("2.名称（15分）：…") is not part of this one
    body = body[:next((k for k, b in enumerate(body) if NAME_LABEL.match(b.rest_norm) or WHOLE_LINE.match(b.norm)
                                 or states_verdict(b)),
                      len(body))]  # the next labelled indicator, or a statement about the whole report
    if any((b.marker_kind and (HEAD_WEIGHT.search(b.rest_norm[:40]) or is_scored_item(outline, b)))
           or ((b.list_level is not None or grouped_label(b)) and weight_in(b.rest_norm)[1] is not None)
           or level_led(b) or _BLOCK_SUMMARY.match(b.rest_norm) or enumerated_item(b) for b in body):
        return None  # a section holding indicators (or their blocks summed up), not an indicator
    narrative = "\n".join([inline] * bool(inline) + [b.text.strip() for b in body])
    narrative_norm = "\n".join([inline_norm] * bool(inline) + [b.norm.strip() for b in body])
    if _COUNTS_INDICATORS.search(narrative_norm):
        return None  # "共设置绩效指标8个，其中一级指标3个…权重合计90分": the indicator set described, no indicator
    wmatch = None
    if weight is None:
        weight, wmatch = weight_in(narrative_norm)
        if wmatch is None or (wmatch.re is not WEIGHT and not is_keyed_weight(wmatch)) \
                or narrative_norm.endswith(("自评", "评价"), 0, wmatch.start()):
            weight, wmatch = None, None  # ("本次自评满分为100分": the whole evaluation's full mark, no item's weight)
    scored = _SCORE_THEN_WEIGHT.search(narrative_norm) if weight is None else None
    if scored is not None:  # "得18.5分（20分）": the bracketed figure after the score is the weight
        weight = to_decimal(scored.group(1))
    fraction = fraction_in(narrative_norm) if weight is None else None
    if fraction is not None:  # "得分：18/20" with no other weight: the denominator is the weight
        weight = fraction[1]
    score, smatch = clause_score(narrative_norm, weight, wmatch)
    deduction, dmatch = stated_deduction(narrative_norm)
    if weight is not None and smatch is None and dmatch is None \
            and (not line.is_heading or _TABLE_LEAD.search(narrative_norm)):
        return None  # (a heading's lead to the table below, "自评表如下（预算执行率权重20分）：", weighs no heading)
    if not narrative:
        return None
    where = body[0].location if body and not inline else line.location
    draft = IndicatorDraft()
    head_ref = ref(line.location, line.text)
    draft.put("number", line.number, head_ref)
    draft.put("name", name, head_ref)
    for level in levels:
        draft.put(*level, head_ref)
    if bracketed is not None and bracketed.upper:
        draft.put("level1", bracketed.upper, head_ref)
    if weight is not None:  # "### 产出指标（50分） - 某指标（数量指标，10分）：…": a 一级 block run into its items
        block = is_level1(name.strip("#-*· ")) and any(p.search(narrative_norm) for p in (_ITEM_POINTS, WEIGHT))
        draft.put("weight", weight, ref(line.location, line.text, guessed=True) if block else head_ref)
    if smatch is not None:
        draft.put("stated_score", score, ref(where, narrative[smatch.start(): smatch.end()],
                                             guessed=another_score(narrative_norm, score)))
    if dmatch is not None:
        draft.put("stated_deduction", deduction, ref(where, narrative[dmatch.start(): dmatch.end()]))
    if narrative:
        draft.put("narrative", narrative, ref(where, narrative))

    def values() -> None:
        cut = min([m.start() for m in (smatch, dmatch) if m is not None], default=len(narrative_norm))
        blanked = narrative_norm
        bracket = BRACKET_NOTE.match(narrative_norm, smatch.end()) if smatch is not None else None
        for found in (smatch, dmatch, bracket):  # scores may be stated before the facts ("该项得分9.26分。全年…");
            if found is not None:  # a reason in brackets after the score is no actual value
                blanked = blanked[: found.start()] + " " * (found.end() - found.start()) + blanked[found.end():]
        _values(draft, name, narrative, narrative_norm, cut, where, blanked)
        if smatch is not None:
            note_after_score(draft, narrative_norm, narrative, smatch.end(), where)

    if lazy and weight is None and not may_be_execution_rate(draft):
        draft.pending = values  # (its values decide nothing else: the name stays as it is, see as_execution_rate)
    else:
        values()
    return draft, {line.index, *(b.index for b in body)}


_Head = tuple[str, int, Decimal | None, int]  # (name, name_end, weight, head_end)


def _level_then_name(line: Line, head: _Head) -> _Head | None:
    """The head after a 二级 label closed by its colon, when the words after it name an indicator before its plan
    or target figure and an actual follows ("数量指标：名称计划320公里，实际326公里")."""
    start = head[3] + len(line.norm[head[3]:]) - len(line.norm[head[3]:].lstrip(" :"))
    if start == head[3] or "实际" not in line.norm[start:]:
        return None
    found = _NAME_BEFORE_PLAN.match(line.norm, start)
    if found is None or "实际" not in line.norm[found.end():]:
        return None
    name = line.text[start: found.end(1)].strip()
    return name, found.end(1), head[2], found.end(1)


# "产出指标：共设置5项，…" / "产出指标（共3项，…）" / "共2项，…": a line (or a clause after a level label) opening on a
# count of items
_BLOCK_SUMMARY = re.compile(r"(?:[^:;,。]{0,12}指标\s*+[:(]?\s*+)?(?:共|合计|总共)?"
                            r"(?:\s*+(?:(?:设置|设定|设有|设立|包含|包括)了?|了))?"
                            r"(?<=[共计置定有立含括了])\s*+\d{1,3}\s*+(?:个|项|条)")
# (指标 first, what comes before it looked behind: a search skips to the literal; each run of spaces crossed once,
# possessively, and only before a word that must follow it: four \s* in a row took n⁴ steps on a run of spaces)
# "部门整体支出绩效自评表如下（…）：", "评分情况见下表": a sentence leading to a table, whose rows are the indicators
_TABLE_LEAD = re.compile(r"表\s*如下|如下表|见下表")
# "…分值及得分如下", "…完成情况如下表": what follows is listed after it; 如下 as the head of a word goes on with it
# ("实施方案如下达情况", "管网（如下水道）改造长度": no lead)
_LIST_LEAD = re.compile(r"如下(?:表|所示)?(?![\u4e00-\u9fff])")
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
        clause_start = sentence_start(norm, start, ",;。\n")
        end = norm.find("。", start)
        end = len(norm) if end < 0 else end
        if start < cut < end:
            end = cut
        text = narrative[max(clause_start, 0): end].strip(" ，,；;")
        text = re.sub(r"[，,；;]\s*(该指标|该项指标|该项|此项|本项|该|故|因此)?$", "", text).strip()
        text = NOTE_LABEL.sub("", text)
        if text:
            draft.put("deviation_note", text, ref(where, text))
