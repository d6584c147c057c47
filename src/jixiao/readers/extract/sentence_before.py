"""What the sentence before a place of a line holds, found once a sentence: its text with its bracketed asides
removed, and the matches of a pattern in it. Searching the sentence's whole start again for each score of a line
made a line of thousands of scores and no full stop quadratic (a pasted column, a corrupted export); these give the
same answers as the searches of ``norm[sentence_start(norm, at):at]`` they replace, at the cost of the text near
``at``."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from jixiao.readers.extract.look_around import back_from, match_places
from jixiao.readers.extract.sentences import sentence_end, sentence_start

ASIDE = re.compile(r"\([^()]{0,40}\)")  # a bracketed aside ("（上年92.18分）"): no bracket inside, so none overlap
_ASIDE_REACH = 42  # an aside's length at most
SHORT = 400  # a sentence's start this near: searched as it stands (the index costs more than the search)


@lru_cache(maxsize=16)  # (one sentence's scores are tried in turn: its asides are found once)
def _stripped(norm: str, begin: int) -> tuple[str, list[int], list[int], list[int]]:
    """The sentence from ``begin`` (and an aside's length past its end) with its asides removed; the asides'
    starts and ends in ``norm``; how many characters were removed before each aside."""
    stop = min(len(norm), sentence_end(norm, begin) + _ASIDE_REACH)
    pieces, starts, ends, removed = [], [], [], [0]
    last = begin
    for aside in ASIDE.finditer(norm, begin, stop):
        pieces.append(norm[last:aside.start()])
        starts.append(aside.start())
        ends.append(aside.end())
        removed.append(removed[-1] + aside.end() - aside.start())
        last = aside.end()
    pieces.append(norm[last:stop])
    return "".join(pieces), starts, ends, removed


def last_without_asides(pattern: re.Pattern[str], norm: str, at: int, reach: int = 10) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``ASIDE.sub("", norm[sentence_start(norm, at):at])`` (a match of the
    text this returns, not of ``norm``), or None. ``pattern`` has no look-behind or anchor, its matches never
    overlap and hold fewer than ``reach`` characters but spaces."""
    begin = sentence_start(norm, at)
    if at - begin < SHORT:
        return _last(pattern, ASIDE.sub("", norm[begin:at]))
    text, opens, closes, removed = _stripped(norm, begin)
    kept = bisect_right(closes, at)  # the asides closed by ``at`` are removed; one straddling ``at`` is kept
    cut = opens[kept] if kept < len(opens) and opens[kept] < at else at
    upto = cut - begin - removed[kept]
    near = back_from(text, 0, upto, reach)
    tail = text[near:upto] + norm[cut:at]
    found = _last(pattern, tail)
    if found is not None:
        return found
    starts, ends = match_places(pattern, text)  # (a match before the tail's ends inside the text's part: no overlap)
    last = bisect_right(ends, upto) - 1
    return pattern.match(text, starts[last], upto) if last >= 0 else None


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next(reversed(list(pattern.finditer(text))), None)

