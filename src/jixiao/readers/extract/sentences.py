"""A line's text cut into its sentences: the one place a sentence's end (。 ; ! ?) is decided, and where a sentence
(or a clause) holding a given place starts."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (outline reads sentence_start: no import of it at run time)
    from jixiao.readers.extract.outline import Line

_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")  # (normalised text: a full-width ；！？ reads as ; ! ?)
_CITED = re.compile(r"《[^《》]*》")


def blank_cited(text: str) -> str:
    """The text with each document it cites by title ("根据《…职能配置、内设机构和人员编制规定》") blanked to spaces
    of the same length: no word of a cited title is the report's own; offsets hold."""
    return _CITED.sub(lambda m: " " * len(m.group(0)), text) if "《" in text else text


def sentence_spans(text: str, begin: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Each sentence of ``text[begin:end]`` where it stands, its full stop kept."""
    return _SENTENCE.finditer(text, begin, len(text) if end is None else end)


def sentences(line: Line) -> list[tuple[int, str]]:
    """The sentences of a line's normalised text, blank ones aside, each with where it starts, its full stop left
    out."""
    return [(m.start(), m.group().rstrip("。;!?")) for m in sentence_spans(line.norm) if m.group().strip()]


def sentence_start(norm: str, at: int, ends: str = ";。\n") -> int:
    """Where the sentence holding ``at`` starts in normalised text: just after the last of ``ends`` before it (0
    when none). Other ``ends`` give other parts: ``",;。"`` a clause's start, ``"。;"`` a sentence's within a line."""
    if at < _FAR:
        return max(map(norm.rfind, ends, repeat(0), repeat(at))) + 1  # (each end's last place: no loop in Python)
    stops = _stops(norm, ends)  # (a long line's scores each looked back to its start: its ends are found once)
    before = bisect_left(stops, at)
    return stops[before - 1] + 1 if before else 0


def sentence_end(norm: str, at: int, ends: str = ";。\n") -> int:
    """Where the sentence holding ``at`` ends: the first of ``ends`` at or after it (the line's length when
    none)."""
    stops = _stops(norm, ends)
    after = bisect_left(stops, at)
    return stops[after] if after < len(stops) else len(norm)


_FAR = 2000  # a place this far into a line: its sentence's start found from the line's ends, found once


@lru_cache(maxsize=16)
def _stops(norm: str, ends: str) -> list[int]:
    return [m.start() for m in re.finditer(f"[{re.escape(ends)}]", norm)]
