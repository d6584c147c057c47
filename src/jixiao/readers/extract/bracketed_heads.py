"""Where an indicator's head ends when no bracket or colon closes its name.

"监控设备更新点位（数量指标，10分）：目标≥320个…" (a Markdown bullet, a numbered item or a bare line) names its level
and weight in one bracket, or the other way round ("名称（10分，质量指标）"), or its level alone ("名称（数量指标）：
年度目标≥11套，…，分值10分，…", the weight stated after); "新建农田面积目标值≥2.5万亩，实际完成…" runs its name into
its target's label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.numbers import to_decimal
from jixiao.readers.cells import Kind, kind
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Line

_WEIGHT = r"(?:分值|权重|满分|标准分)?\s*[:为]?\s*(\d+(?:\.\d+)?)\s*分"
# (each form opens on a name and holds a bracket with 分: lines without one are not searched)
_LEVEL_FIRST = re.compile(r"\s*([^,:;。()]{2,30}?)\s*\(\s*([^,:;。()\d]{2,14}?)\s*[,;、]\s*" + _WEIGHT + r"\s*\)")
_WEIGHT_FIRST = re.compile(r"\s*([^,:;。()]{2,30}?)\s*\(\s*" + _WEIGHT + r"\s*[,;、]\s*([^,:;。()\d]{2,14}?)\s*\)")
# (a value bracket may follow the level's in place of the colon: "名称（数量指标）（指标值：≥600件；完成值：628件）")
VALUE_BRACKET = r"\(\s*(?:年度|全年)?(?:指标值|目标值|目标|实际值|完成值|实际完成值)\s*:"
# (or a full stop before the target's label, "名称（社会效益）。年度目标值≥80份，…"; the level one the lexicon
# knows, whether or not it ends in 指标)
_STOP_BEFORE_TARGET = r"。(?=\s*(?:年度|全年)?(?:目标值|指标值))"
_LEVEL_ONLY = re.compile(r"\s*([^,:;。()]{2,30}?)\s*\(\s*([^,:;。()\d]{2,14}?)\s*\)\s*"
                         r"(?::|(?=" + VALUE_BRACKET + r")|" + _STOP_BEFORE_TARGET + ")")
_STOPPED_BRACKET = re.compile(r"\s*([^,:;。()]{2,30}?)\s*\(\s*([^,:;。()\d]{2,14}?)\s*\)\s*" + _STOP_BEFORE_TARGET)
# "名称（产出指标—数量指标）：…": the 一级 and the 二级 in one bracket, a dash or a slash between them
_LEVEL_PAIR = re.compile(r"\s*([^,:;。()]{2,30}?)\s*\(\s*([^,:;。()\d—\-–/]{2,8}?)\s*(?:——|—|--|-|–|/)\s*"
                         r"([^,:;。()\d]{2,14}?)\s*\)\s*(?::|(?=" + VALUE_BRACKET + "))")


_PAIR_MARK = re.compile(r"——|—|--|–|/")
_QUALIFIER = lexicon_pattern("bracket_qualifier")


@dataclass(frozen=True)
class BracketedHead:
    name_end: int  # in the text after the marker
    head_end: int
    level: tuple[str, str]  # ("level1"|"level2", the level's words)
    weight: Decimal | None  # None: the bracket names the level alone
    upper: str | None = None  # the 一级 when the bracket names it before the 二级


def _level_kind(word: str) -> str | None:
    return "level2" if lexicon_pattern("levels.level2").match(word) else \
        "level1" if lexicon_pattern("levels.level1").match(word) else None


def bracketed_head(rest: str) -> BracketedHead | None:
    """The head of ``rest`` (a line's matching text after its marker) when its bracket holds a level and a weight,
    or a level alone before a colon."""
    bracket = rest.find("(", 2, 34)
    if bracket < 0:
        return None
    close = rest.find(")", bracket)  # (both forms close the bracket and part its level and weight by a mark)
    inside = rest[bracket: close] if close > 0 else ""
    # (the words of the pair need not end in 指标: "预算执行率（预算执行—预算执行）", each a level the lexicon knows)
    if (inside.endswith("指标") or _PAIR_MARK.search(inside)) and (pair := _LEVEL_PAIR.match(rest)) is not None \
            and _level_kind(pair.group(3).strip()) == "level2" and _level_kind(pair.group(2).strip()):
        return BracketedHead(pair.end(1), pair.end(), ("level2", pair.group(3).strip()), None, pair.group(2).strip())
    if (inside.endswith("指标") or _level_kind(inside[1:].strip())) and (alone := _LEVEL_ONLY.match(rest)) is not None:
        kind = _level_kind(alone.group(2).strip())
        return BracketedHead(alone.end(1), alone.end(), (kind, alone.group(2).strip()), None) if kind else None
    if "分" not in rest[bracket: bracket + 24] or not ("," in inside or "、" in inside or ";" in inside):
        return None
    for found, word_group, weight_group in ((_LEVEL_FIRST.match(rest), 2, 3), (_WEIGHT_FIRST.match(rest), 3, 2)):
        if found is None:
            continue
        word = found.group(word_group).strip()
        kind = _level_kind(word)
        if kind is not None:
            return BracketedHead(found.end(1), found.end(), (kind, word), to_decimal(found.group(weight_group)))
    return None


# a target's value ahead: a sign, a figure or a comparison's word ("≥95%", "100%", "不低于95%", "达到…", "控制在…")
TARGET_AHEAD = r"(?=[≥≤=<>]|\d|" + lexicon_pattern("comparison_words").pattern + r"|达到|控制在)"
# a target's label right after the name, then its value: a sign or a figure after 目标值/指标值, anything after 目标为
_TARGET_LABEL = re.compile(r"([^,:;。()\d]{2,30}?)\s*(?:年度|全年)?(?:(?:目标值|指标值|目标)\s*(?::)?\s*"
                           + TARGET_AHEAD + r"|目标(?:值)?(?:为|是)"
                           r"|要求(?:在|于)?(?=\d{4}\s*年))")  # ("项目验收完成时间要求在2024年12月底前")


# "预算执行率91.00%，分值10分，得9.1分": a rate's name runs into its figure
_RATE_FIGURE = re.compile(r"([^,:;。()\d]{1,30}?率)\s*(?:为|达到|达)?\s*\d+(?:\.\d+)?\s*%")


def name_before_target(rest: str, limit: int) -> int | None:
    """Where the name of ``rest`` ends when a target's label, or the rate it names, follows it before ``limit``
    (the first stop)."""
    head = rest[:limit]
    found = _TARGET_LABEL.match(rest) if "标" in head or "要求" in head else _RATE_FIGURE.match(rest) if "%" in head \
        else None
    return found.end(1) if found is not None and found.end() <= limit else None


def stopped_bracket(line: Line) -> bool:
    """Whether ``line`` opens "名称（X）。年度目标值…": a bracket after the name, a full stop, the target's label."""
    return "(" in line.rest_norm[:34] and _STOPPED_BRACKET.match(line.rest_norm) is not None


def guess_bracket_levels(items: list[tuple[IndicatorDraft, Line]]) -> None:
    """Items of one report written "名称（X）。年度目标值…": when the lexicon knows some of their brackets as 二级, an
    X it does not know ("（标准化工作）", the unit's own 二级 name) is taken as the 二级 too, guessed — never a
    qualifier ("（含线上）") nor a unit ("（人次）"); the bracket leaves the name. Without a known sibling the
    bracket stays in the name."""
    found = [(draft, line, _STOPPED_BRACKET.match(line.rest_norm)) for draft, line in items]
    if not any(bracket and _level_kind(bracket.group(2).strip()) == "level2" for _draft, _line, bracket in found):
        return
    for draft, line, bracket in found:
        word = bracket.group(2).strip() if bracket else ""
        if bracket is None or "level2" in draft.fields or _level_kind(word) or _QUALIFIER.match(word) \
                or kind(word) is Kind.MEASURE:  # ("培训人数（人次）": the name's unit)
            continue
        start = line.body_start
        name = line.text[start + bracket.start(1): start + bracket.end(1)].strip()
        if draft.name == name or not draft.name.startswith(name):
            continue
        head = ref(line.location, line.text, guessed=True)
        draft.fields["name"], draft.refs["name"] = name, head
        draft.put("level2", line.text[start + bracket.start(2): start + bracket.end(2)].strip(), head)
