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

A line with no clause goes on only when a number is cut at its end ("…（目标≥9" / "5%），得9.77分；…。").

This is a test on a line and its neighbours only, so a single wrapped item is found, where the length
test of :func:`jixiao.readers.source_text.rejoin_wrapped` needs several lines cut at one width.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_OPEN_END = "。！？；：:!?;」”）)|"  # a line ending on these ends its sentence (or opens a list)
_FULL_STOP = "。！？；!?;"
_NO_START = "，,、。；;：:！!？?%％）)”」』"  # a line never opens on these: the previous line's sentence goes on
_COMMA = "，,、"
_CLAUSE = re.compile(r"[，、；]|(?<![0-9]),|,(?![0-9])")  # (a comma between digits groups thousands)
_FIGURE_END = re.compile(r"[0-9０-９]\s*(?:分|%|％)$")
_NUMBER_CUT = re.compile(r"(?:[0-9０-９][.．]?|[≥≤=＝<>])$")  # "…目标≥9" / "5%）…", "…1,250.4" / "0万元…"
_DIGIT_START = re.compile(r"[0-9０-９]")
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
    ends = [False] * size  # the sentence running on from this line ends with a full stop
    for i in range(size - 1, -1, -1):
        text = texts[i]
        if not text:
            continue
        last = text[-1]
        if last in _FULL_STOP:
            ends[i] = True
            continue
        if i + 1 >= size or last in _OPEN_END or len(text) < _MIN_LINE or "  " in text or "\t" in text:
            continue
        following = texts[i + 1]
        if not following or "  " in following:
            continue
        number_cut = _NUMBER_CUT.search(text) is not None and (
            _DIGIT_START.match(following) is not None or following[0] in "%％")
        if not number_cut and not _CLAUSE.search(text, _MARKER_ROOM):
            continue  # no clause: a title, a heading or a label line, not a sentence
        opened = opens(i + 1)
        if opened == ITEM or (opened == LABEL and last not in _COMMA):
            continue
        out[i] = following[0] in _NO_START or (ends[i + 1] and (number_cut or not _FIGURE_END.search(text)))
        ends[i] = out[i] and ends[i + 1]
    return out
