"""A fused indicator row under a header with a criteria column among its value columns ("…分值目标值评分标准
完成情况得分", "…分值评分标准指标值实际值得分", "…分值指标值实际值得分计算方法得分偏差原因"): the criteria
sentence runs into the target or the actual, and its own figures ("每超1个百分点扣0.5分") are no cells. The row is
read from both ends: the name, the values before the weight at most ("…指标值实际完成值分值评分标准得分原因改进措施"),
and the weight from the left, then the values before the criteria; the notes (one cell), the score and the values
after the criteria from the right; the criteria is what lies between. A value is a figure with
its unit, the actual's unit echoed by the target's; where a figure touches the criteria's own figures or operators
("得分=执行率×1596.91%"), or a value is words ("合理符合要求得满分依据充分"), the row admits several readings and
gives none; a text target and its actual after the criteria that are the same words twice, or a word and the word after
a degree word ("…扣1分合理合理5", "…扣1分达标基本达标4"), are read (:func:`.flat_value_recuts.worded_pair`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_value_recuts import echoed_tail, worded_pair
from jixiao.readers.flat_value_runs import COMPARISON, MOST_POINTS, POINTS, UNIT_OPENING, UNITS
from jixiao.readers.fused_money import GuessedCell

_VALUES = frozenset({"target", "actual"})
_NAME = re.compile(r"[^\d≥≤<>=＝﹦.%]{2,40}?(?=\d)")  # the name, up to the weight
_VALUED_NAME = re.compile(r"[^\d≥≤<>=＝﹦.%]{2,40}?(?=[\d≥≤<>=＝﹦])")  # the name, up to a target before the weight
# a value read from the left: a comparison at most, a figure, its unit (the longest the lexicon knows)
_VALUE_AT = re.compile(COMPARISON + r"?-?\d+(?:\.\d+)?(?P<unit>%|‰|" + UNITS + ")")
# a value read from the right: the same, ending where the text does
_VALUE_END = re.compile(COMPARISON + r"?-?\d+(?:\.\d+)?(?P<unit>%|‰|" + UNITS + ")$")
_SCORE_END = re.compile(r"\d{1,3}(?:\.\d{1,2})?$")
# a target with its comparison and an actual in the same unit, a unit the lexicon may lack ("≥20吊次22吊次")
_COMPARED = re.compile(COMPARISON + r"\d+(?:\.\d+)?(?P<unit>[\u4e00-\u9fff]{1,3})\d+(?:\.\d+)?(?P=unit)")
_TOUCHING = re.compile(r"[\d.×*÷/+\-=＝]")  # a character a value's figure may not follow: the criteria's formula
_LEVEL2_CHARS = range(8, 1, -1)  # characters of a 二级 level run onto the name of a row under a merged 一级 cell


def criteria_row(text: str, rest: list[str | None], levelled: bool = False) -> list[str] | None:
    """The cells of ``text`` (a row under a header whose roles after the name are ``rest``, a criteria column among
    them: the name and its 二级 level at most) when exactly one reading fits it; no cell when it opens on a name and
its weight and ends on a score but no reading fits; else None. Every cell is a guess."""
    if rest.count("scoring_rule") != 1 or "weight" not in rest or "score" not in rest \
            or rest.index("scoring_rule") < rest.index("weight"):  # (a criteria column before the weight: not this)
        return None
    first, rest = rest[: rest.index("weight")], rest[rest.index("weight"):]  # values before the weight at most
    middle = rest.index("scoring_rule")
    before, after = rest[1:middle], rest[middle + 1:]
    noted = bool(after) and after[-1] == "deviation"
    while after and after[-1] == "deviation":  # (原因 | 改进措施: the notes run together, one cell)
        after = after[:-1]
    if not set(first) | set(before) <= _VALUES or not after or after[-1] != "score" or not set(after[:-1]) <= _VALUES:
        return None
    for level, body in _with_level(text) if not levelled else [([], text)]:
        cells = _read(body, first, before, after, noted)
        if cells is not None:
            return [GuessedCell(cell) for cell in (*level, *cells)]
    if first:  # a name, its target and actual, its weight, then no reading: a row all the same, no cell of it
        return [] if _opening(text, first) is not None or _compared_row(text) else None
    # a name, its weight and a score within it at the end: a row no reading fits, no row (not the row above's note)
    name = _NAME.match(text)
    weight = POINTS.match(text, name.end()) if name is not None else None
    score = _SCORE_END.search(text)
    return [] if weight is not None and score is not None and score.start() > weight.end() \
        and Decimal(score.group(0)) <= Decimal(weight.group(0)) <= MOST_POINTS else None


def criteria_cells(cells: list[str], roles: list[str | None]) -> list[str] | None:
    """``cells`` (a fused row the form's words cut, under a header of ``roles`` with a criteria column) read again
    after their level cells as one text (:func:`criteria_row`): the cutter cuts at the criteria's own signs and
    figures ("…覆盖率≥" | "80%" | … | "…按比例扣分13新增…"); None when no reading fits."""
    lead = 0
    while lead < min(2, len(cells) - 1) and kind(cells[lead]) in (Kind.LEVEL1, Kind.LEVEL2):
        lead += 1
    levelled = any(kind(cell) is Kind.LEVEL2 for cell in cells[:lead])  # (its 二级 cut: no other opens the text)
    row = criteria_row("".join(cells[lead:]), roles[roles.index("name") + 1:], levelled) if lead else None
    return [*(GuessedCell(cell) for cell in cells[:lead]), *row] if row else None


def _with_level(text: str) -> list[tuple[list[str], str]]:
    """``text`` as a row opening on its name, and as one opening on a 二级 level before it (the longest that leaves a
    name of two characters)."""
    out: list[tuple[list[str], str]] = []
    for n in _LEVEL2_CHARS:
        if len(text) > n + 2 and kind(text[:n]) is Kind.LEVEL2:
            out.append(([text[:n]], text[n:]))
            break
    return [*out, ([], text)]


def _compared_row(text: str) -> bool:
    """Whether ``text`` opens on a name, a target with its comparison and an actual in the same unit ("某某次数≥12吊次
    13吊次…") and ends on a score after a word ("…扣1分10"): a row, though a unit the lexicon lacks leaves its values
    unread (no cell of it rather than a line of text that the row above takes for its own). Figures with no unit
    ("≥80082620…") open no row, as before."""
    name = _VALUED_NAME.match(text)
    score = _SCORE_END.search(text)
    return name is not None and any("\u4e00" <= c <= "\u9fff" for c in name.group(0)) \
        and _COMPARED.match(text, name.end()) is not None and score is not None \
        and "\u4e00" <= text[score.start() - 1: score.start()] <= "\u9fff" and Decimal(score.group(0)) <= MOST_POINTS


def _opening(text: str, first: list[str | None]) -> tuple[str, list[str], re.Match[str]] | None:
    """The name, the values before the weight (``first``: "≥1500人1538人") and the weight ``text`` opens on, or
    None when it opens on no such row. A text target and its actual the same words run onto the name ("某某水平有效
    提升有效提升15…") are cut where the words before the weight are written twice, when one cut alone does so."""
    name = (_VALUED_NAME if first else _NAME).match(text)
    if name is None or not any("\u4e00" <= c <= "\u9fff" for c in name.group(0)):
        return None
    named, at = name.group(0), name.end()
    twice = echoed_tail(named) if first == ["target", "actual"] and text[at:at + 1].isdecimal() else None
    opening: list[str] = [GuessedCell(named[-twice:])] * 2 if twice else []  # (the values before the weight)
    named = named[:-2 * twice] if twice else named
    for _ in first[len(opening):]:
        value = _VALUE_AT.match(text, at)
        if value is None:
            return None
        opening.append(value.group(0))
        at = value.end()
    weight = POINTS.match(text, at)
    if weight is None or text[weight.end(): weight.end() + 1].isdecimal() or Decimal(weight.group(0)) > MOST_POINTS:
        return None
    return named, opening, weight


def _read(text: str, first: list[str | None], before: list[str | None], after: list[str | None], noted: bool
          ) -> list[str] | None:
    opened = _opening(text, first)
    if opened is None:
        return None
    name, opening, weight = opened
    body = text[weight.end():]
    note = ""
    if noted and not body[-1:].isdecimal():
        at = max(k for k, c in enumerate(body) if c.isdecimal() or c == "%") + 1 if any(
            c.isdecimal() for c in body) else 0
        note = body[at:]
        if UNIT_OPENING.match(note):
            return None  # "14.57月洪涝…": is 7月 the note's or the score's?
        body = body[:at]
    score = _SCORE_END.search(body)
    if score is None or body[score.start() - 1: score.start()] in ("", ".") or body[score.start() - 1].isdecimal() \
            or Decimal(score.group(0)) > Decimal(weight.group(0)):
        return None
    body = body[: score.start()]
    right: list[str] = []
    worded = worded_pair(body) if after[:-1] == ["target", "actual"] and _VALUE_END.search(body) is None else None
    if worded is not None:  # "…每发现一处扣1分合理合理5": a text target and its actual after the criteria
        right, body = list(worded), body[: len(body) - len("".join(worded))]
    for _ in after[len(right):-1]:  # the values after the criteria, last first
        value = _VALUE_END.search(body)
        if value is None or _TOUCHING.match(body[value.start() - 1: value.start()] or "x"):
            return None
        right.insert(0, value.group(0))
        body = body[: value.start()]
    left: list[str] = []
    for _ in before:
        value = _VALUE_AT.match(body)
        if value is None:
            return None
        left.append(value.group(0))
        body = body[value.end():]
    units = {_unit(cell) for cell in (*opening, *left, *right)}
    if len(units) > 1 or not any("\u4e00" <= c <= "\u9fff" for c in body):
        return None  # the actual echoes the target's unit; the criteria is words
    return [name, *opening, weight.group(0), *left, body, *right, score.group(0), *([note] if note else [])]


def _unit(value: str) -> str:
    found = _VALUE_AT.fullmatch(value)
    return found.group("unit") if found is not None else ""
