"""Searches near a place of a long line that cost no more than the text they need: a look back over the last few
characters (spaces between them aside), and whether a pattern matches between two places of a line, from the
line's matches found once. A search from each score's place over the rest of its line, or over all of it before,
made a line holding thousands of scores quadratic (a pasted column, a corrupted export)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

SOLID_REACH = 40  # characters (spaces aside) a look back covers: more than any pattern it is used with can match


def back_from(norm: str, begin: int, at: int, reach: int = SOLID_REACH) -> int:
    """Where a look back from ``at`` (no further than ``begin``) starts: ``reach`` characters before ``at``, the
    spaces among them not counted, so a pattern of at most ``reach`` such characters ending at ``at`` matches in
    ``norm[back_from(…):at]`` as in ``norm[begin:at]``, however many spaces stand between its words."""
    solid = 0
    while at > begin and solid < reach:
        at -= 1
        solid += not norm[at].isspace()
    return at


def ends_with(pattern: re.Pattern[str], norm: str, begin: int, at: int) -> bool:
    """Whether ``pattern`` (anchored on ``$``, at most :data:`SOLID_REACH` characters but spaces) matches in
    ``norm[begin:at]``, searched in its last characters only (a look-behind may see the character before
    ``begin``, as a search of ``norm`` from ``begin`` does)."""
    return pattern.search(norm, back_from(norm, begin, at), at) is not None


@lru_cache(maxsize=16)  # (one line's scores are tried in turn: its matches are found once)
def match_places(pattern: re.Pattern[str], norm: str) -> tuple[list[int], list[int]]:
    """Where ``pattern`` (no flags) matches in ``norm``, tried at every place (a match inside another's found too):
    the matches' starts and ends, in order; found once a line."""
    found = [(m.start(), m.start() + len(m.group(1))) for m in re.finditer(f"(?=({pattern.pattern}))", norm)]
    return [start for start, _ in found], [end for _, end in found]


def found_between(pattern: re.Pattern[str], norm: str, begin: int, end: int) -> bool:
    """``pattern.search(norm, begin, end) is not None`` (no look-behind or anchor in ``pattern``), from the places
    ``pattern`` matches in the whole of ``norm``, found once a line."""
    return first_between(pattern, norm, begin, end) is not None


def first_between(pattern: re.Pattern[str], norm: str, begin: int, end: int) -> re.Match[str] | None:
    """``pattern.search(norm, begin, end)`` (no look-behind or anchor in ``pattern``), from the places ``pattern``
    matches in the whole of ``norm``, found once a line."""
    starts, ends = match_places(pattern, norm)
    first = bisect_left(starts, begin)
    if first == len(starts) or starts[first] >= end:
        return None  # (a match inside begin…end would match in the whole line at the same place)
    return pattern.match(norm, starts[first], end) if ends[first] <= end else pattern.search(norm, begin, end)
