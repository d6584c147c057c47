"""A space-separated row stream whose rows lost the space between them: each row's last cell, its score, run onto
the next row's first cell, its name ("… 合规 3 好 3会计核算规范性 规范 3 好 3资产管理规范性 …"). The figure
is put back in a cell of its own, the space restored.
"""

from __future__ import annotations

import bisect
import re

from jixiao.lexicon import lexicon
from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.flat_words import column_role, form_words
from jixiao.readers.textnorm import match_text

# a score (up to 100, at most two decimals) right before a name's first Chinese character, after a space or the line's
# start; the name goes on for a character more at least, with no figure and no space in it. It opens on the digit, the
# space before it told by a look-behind after it (opening on the look-behind, the search had no first character to skip
# to and tried the pattern at every character of every line)
_GLUED = re.compile(r"(\d(?<!\S\d)\d{0,2}(?:\.\d{1,2})?)(?=([\u4e00-\u9fff][^\s\d]+))")
_PART = re.compile(r"\S+")  # a space-separated part, as str.split() cuts them
_VALUE = re.compile(rf"(?:[≥≤><=]\s*)?{WRITTEN_FIGURE}%?")
_BEFORE = 3  # parts before a glued score among which the row's weight or actual stands: "合规 3 好 3会计…"
_NAME = 3  # characters of the first row's name at least after the header's last word
_LEAST = 2  # glued scores in the line at least: rows that lost their spaces, not a name that starts with a figure
_TOP = 100  # a score is at most this
# units of whole counts: a figure with decimals before one is no value ("1.5项目管理…": a score, then a name)
_COUNTS = frozenset("项个次户人件家所场台套辆期篇条座处宗卷页门名本册张棵株头只粒间")
_UNITS = re.compile(rf"(?:{lexicon()['value_units']}|年|月|日)")
# a group's weight note spaced inside its brackets and run onto the row's name: "产出目标(30 分)某某达标率"
_GROUP_NOTE = re.compile(r"([\u4e00-\u9fff][(（]\s*\d{1,3}(?:\.\d)?)\s+(分[)）])(?=[\u4e00-\u9fff])")
_HEAD = 3  # parts before a header's last word run onto the first name, among which another header word stands


def unglued_scores(text: str) -> str:
    """``text`` with a space put back after each score glued to the next row's name, when the line shows it twice
    or more, each figure at most 100 after a part that is a figure (the row's weight or actual) among the three
    before it, and the name not opening on a unit ("5个工作日", "12个月", "3次" stay whole). A line showing it once
    is left as it is (a name may start with a figure)."""
    glued_at = []
    for glued in _GLUED.finditer(text):
        figure, unit = glued.group(1), _UNITS.match(glued.group(2))
        if float(figure) <= _TOP and (not unit or ("." in figure and unit.group(0) in _COUNTS)):
            glued_at.append((glued.start(), glued.end(1)))
    if len(glued_at) < _LEAST:
        return text
    parts = [(part.end(), part.group()) for part in _PART.finditer(text)]  # each part once, not each prefix again
    ends = [end for end, _ in parts]
    cuts = [cut for start, cut in glued_at if _value_before(parts, bisect.bisect_right(ends, start))]
    if len(cuts) < _LEAST:
        return text
    pieces = [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return _headed(_GROUP_NOTE.sub(r"\1\2 ", " ".join(pieces)))


def _value_before(parts: list[tuple[int, str]], upto: int) -> bool:
    """Whether a part among the ``_BEFORE`` before ``parts[upto]`` is a figure (the row's weight or actual)."""
    return any(_VALUE.fullmatch(match_text(part)) for _, part in parts[max(0, upto - _BEFORE): upto])


def _headed(text: str) -> str:
    """The header's last column word run onto the first row's name ("权重 实际完成 值 自评分经费使用合规性 合规 …"):
    the word ("自评分") put in a cell of its own when a header word stands among the parts before it."""
    parts = text.split(" ")
    for i, part in enumerate(parts):
        if column_role(part) is None or form_words().fullmatch(match_text(part)):
            continue
        word = form_words().match(match_text(part))
        rest = part[word.end():] if word else ""
        if word and len(rest) >= _NAME and column_role(rest) is None \
                and any(column_role(p) for p in parts[max(0, i - _HEAD): i] if p):
            parts[i] = f"{part[:word.end()]} {rest}"
            return " ".join(parts)
    return text
