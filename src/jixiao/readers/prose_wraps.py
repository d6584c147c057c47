"""Prose lines hard-wrapped mid-sentence, as text copied from a PDF is, found one by one.

"（1）数量指标：培训人次，目标值1200人次，实际完成" / "1260人次，得分10分。" is one sentence cut in two.
A line continues on the next one when it ends mid-sentence and the next line opens no item of its own:

- the line holds a clause (a comma, 、 or ；: it is prose, not a title, a heading or a signature) and
  does not end with sentence punctuation, a closing bracket or quote, a colon (a list follows);
- the next line opens no numbered item, heading, label ("项目名称：") or report title;
- and either the next line opens on a mark no line opens on ("，实际完成…", "%，得分…"), or the sentence
  ends with a full stop further down: on the next line, or on a line the next one itself continues to.
  A line closing on a figure with its unit ("…得分10分", "…100%") ends there unless the next line opens
  on such a mark: items written one a line without full stops are never run together.
- or the line ends on a word and the next one opens on a clause that is only a figure: the word's value, cut off
  ("…其中：行政编制" / "8人，工勤人员编制2人，…").

A line with no clause goes on only when a number is cut at its end ("…（目标≥9" / "5%），得9.77分；…。"), or
before its money unit ("…资金全年共 1250" / "万元，当年未使用，…。").

This is a test on a line and its neighbours only, so a single wrapped item is found, where the length
test of :func:`jixiao.readers.wrapped_lines.rejoin_wrapped` needs several lines cut at one width.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from jixiao.readers.textnorm import HAN

_OPEN_END = "。！？；：:!?;」”）)|"  # a line ending on these ends its sentence (or opens a list)
_FULL_STOP = "。！？；!?;"
_NO_START = "，,、。；;：:！!？?%％）)”」』"  # a line never opens on these: the previous line's sentence goes on
_COMMA = "，,、"
_ASCII_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")  # (a comma between digits groups thousands)
_DIGITS = "0123456789０１２３４５６７８９"
_FIGURE_UNIT = "分%％"  # "…得分10分", "…100%": a figure with its unit closes a clause
_CUT_AFTER = "≥≤=＝<>.．"  # "…目标≥9" / "5%）…", "…1,250." / "40万元…": a number cut in two
# "…资金全年共 1250" / "万元，当年未使用，…": a line opening on a money unit and a clause mark is the amount's tail
_UNIT_OPENING = re.compile(r"(?:亿元|万元|元)\s*[，,。；;、]")
# "…在职人员编制348人，其中：行政编制" / "10人，工勤人员编制3人，…": a clause that is only a figure is the value of the
# label the line above ends on
_FIGURE_CLAUSE = re.compile(r"\d+(?:\.\d+)?\s*(?:[\u4e00-\u9fff]{1,2}|%|％)?\s*[，,；;、]")
_MIN_LINE = 10  # characters a wrapped line has at least
_MARKER_ROOM = 4  # a clause mark this near the start is a numbering's ("二、", "（3）、"), not a clause's
LABEL, ITEM = 1, 2  # what a line opens: a label ("实际值：…"), an item (numbered, a heading, a bullet, a title)


def prose_continues(texts: Sequence[str], opens: Callable[[int], int]) -> list[bool]:
    """For each of ``texts`` (a document's lines, "" for a heading or a table), whether it continues on
    the next one; ``opens(i)``: what line i opens, 0 (nothing: it may go on a sentence), :data:`LABEL` or
    :data:`ITEM` (asked only of a line after one that may continue). After a comma a label goes on the
    sentence ("…实际完成1260人次，" / "得分：10分。"); elsewhere it opens a line of its own."""
    size = len(texts)
    out = [False] * size
    # lines that may go on: long enough, not ending a sentence (most lines of most texts do not get past here)
    maybe = [i for i, text in enumerate(texts[:-1]) if len(text) >= _MIN_LINE and text[-1] not in _OPEN_END]
    for i in reversed(maybe):
        text, following = texts[i], texts[i + 1]
        if not following or "  " in text or "\t" in text or "  " in following:
            continue
        last = text[-1]
        # (the line's end looked at directly: a pattern searched over each whole line costs more than the rest)
        number_cut = ((last in _DIGITS or last in _CUT_AFTER) and (following[0] in _DIGITS or following[0] in "%％")) \
            or (following[0] in "亿万元" and _UNIT_OPENING.match(following) is not None)
        if not number_cut and not _has_clause(text[_MARKER_ROOM:]):
            continue  # no clause: a title, a heading or a label line, not a sentence
        opened = opens(i + 1)
        if opened == ITEM or (opened == LABEL and last not in _COMMA):
            continue
        figure_end = last in _FIGURE_UNIT and text.rstrip(_FIGURE_UNIT)[-1:] in _DIGITS
        label_cut = HAN.match(last) is not None and following[0] in _DIGITS \
            and _FIGURE_CLAUSE.match(following) is not None
        out[i] = following[0] in _NO_START or label_cut \
            or (_ends(texts, out, i + 1) and (number_cut or not figure_end))
    return out


def _ends(texts: Sequence[str], out: list[bool], start: int) -> bool:
    """The sentence running on from line ``start`` ends with a full stop (lines after ``start`` decided)."""
    for i in range(start, len(texts)):
        if texts[i][-1:] in _FULL_STOP and texts[i]:
            return True
        if not out[i]:
            return False
    return False


def _has_clause(text: str) -> bool:
    """A comma, 、 or ； in ``text``: a sentence of clauses (looked for as literals first: most lines say at once)."""
    return "，" in text or "、" in text or "；" in text or ("," in text and _ASCII_COMMA.search(text) is not None)
