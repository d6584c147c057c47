"""A line's text cut into its sentences: the one place a sentence's end (。 ; ! ?) is decided."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.readers.extract.outline import Line

_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")  # (normalised text: a full-width ；！？ reads as ; ! ?)


def sentence_spans(text: str, begin: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Each sentence of ``text[begin:end]`` where it stands, its full stop kept."""
    return _SENTENCE.finditer(text, begin, len(text) if end is None else end)


def sentences(line: Line) -> list[tuple[int, str]]:
    """The sentences of a line's normalised text, blank ones aside, each with where it starts, its full stop left
    out."""
    return [(m.start(), m.group().rstrip("。;!?")) for m in sentence_spans(line.norm) if m.group().strip()]
