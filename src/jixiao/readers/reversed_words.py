"""A closing row's word with its two characters in reverse order ("分总 100 100" for 总分 | 100 | 100): a viewer
reads a merged cell written down the page from its foot. The lexicon's ``reversed_words`` are read back only as a
line's first cell with nothing but figures after it; inside words ("部分总结") or before text they stay as written."""

from __future__ import annotations

import re
from functools import cache

from jixiao.lexicon import lexicon


@cache
def _reversed() -> tuple[dict[str, str], re.Pattern[str] | None]:
    words: dict[str, str] = lexicon()["reversed_words"]
    if not words:
        return words, None
    alternatives = "|".join(map(re.escape, words))
    # a line's first cell (after a rule or spaces), then one figure or more ("100", "96.5分"), each its own cell
    return words, re.compile(rf"^([ \t|｜]*)({alternatives})(?=(?:[ \t|｜]+\d+(?:\.\d+)?分?)+[ \t|｜]*$)", re.M)


def read_back_reversed(text: str) -> str:
    """``text`` with each reversed closing word that opens a line of figures written the right way round."""
    words, found = _reversed()
    if found is None or not any(word in text for word in words):
        return text
    return found.sub(lambda m: m.group(1) + words[m.group(2)], text)
