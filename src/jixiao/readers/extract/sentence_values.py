"""A target and an actual written as sentences, each with one figure ("建成某某站点12个。" under 年度指标值,
"本年已建成12个站点。" under 实际完成值): the form's columns hold what the year was to do and what was done, and
``values.parse_target`` keeps such a sentence whole (a sentence's figure is what it counts, not plainly the target).
When the row's target and actual each hold exactly one figure, of the same unit, and at least one of them is such a
sentence, the sentence's figure is its value: read beside the sentence, which stays as its text, and marked guessed
(what the sentence counts is the reader's reading, so no error-level check rests on it)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.extract.values import UNIT_WORDS, UNITS, is_deadline
from jixiao.readers.textnorm import match_text

_FIGURE = re.compile(WRITTEN_FIGURE)
_UNIT_AFTER = re.compile(rf"\s*({UNITS})")
_DATE_UNITS = {"年", "月", "日", "周", "天", "小时", "分钟", "分"}  # a date, a span, points: no count
# a sentence giving a reason ("因3个村卫生室撤并,其余全部补助到位。"): its figure counts what the reason is about,
# not what was done or was to be done
_CAUSE = pattern("budget_note_words.cause")


def sentence_figure(text: str) -> tuple[Decimal, str] | None:
    """The one figure of a sentence with its unit ("…机构37个。" → 37, 个), or None (none, two, a date, no unit, a
    reason's sentence)."""
    norm = match_text(text).replace(" ", "")
    figures = list(_FIGURE.finditer(norm))
    if len(figures) != 1 or is_deadline(norm) or _CAUSE.search(norm):
        return None
    unit = _UNIT_AFTER.match(norm, figures[0].end())
    if unit is None or unit.group(1) in _DATE_UNITS:
        return None
    return to_decimal(figures[0].group()), UNIT_WORDS.get(unit.group(1), unit.group(1))


def sentence_pair(target: dict[str, Any] | None, actual: dict[str, Any] | None) -> set[str]:
    """Fill in the value of a target or actual read as a sentence (text only) from its one figure, when the other
    holds one figure of the same unit; the names ("target", "actual") of those filled in."""
    if target is None or actual is None:
        return set()
    sides = {"target": target, "actual": actual}
    read: dict[str, tuple[Decimal, str]] = {}
    for name, side in sides.items():
        figure = (side["value"], str(side.get("unit") or "")) if side.get("value") is not None \
            else sentence_figure(str(side.get("text") or ""))
        if figure is None or not figure[1]:
            return set()
        read[name] = figure
    worded = {name for name, side in sides.items() if side.get("value") is None}
    if not worded or read["target"][1] != read["actual"][1]:
        return set()
    for name in worded:
        sides[name].update(value=read[name][0], unit=read[name][1])
    return worded
