"""The blocks of a run-together indicator form: "管理指标30…", "出标产指25…" (a 一级 word whose characters the site
scrambled), "效果指标35…"; and the 二级 names that open its rows."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import HAN


@cache
def _level_pattern() -> re.Pattern[str]:
    return pattern("levels.level1")


def _level1(word: str) -> str | None:
    """``word`` as a 一级 name ending in 指标 ("产出指标"), its characters in any order (read back); or None."""
    if len(word) < 4 or "指" not in word or "标" not in word:
        return None
    if word.endswith("指标") and _level_pattern().fullmatch(word):
        return word
    rest = word.replace("指", "", 1).replace("标", "", 1)
    if len(rest) != 2:
        return None
    found = [w for w in (rest + "指标", rest[::-1] + "指标") if _level_pattern().fullmatch(w)]
    return found[0] if len(found) == 1 else None


# the block's weight after its 一级 word: bare ("管理指标30") or in the template's bracket ("产出指标(50分)")
_WEIGHT = re.compile(r"[(（](\d{1,3}(?:\.\d)?)分?[)）]|(\d{1,3}(?:\.\d)?)(?![\d.%])")


def block_head(text: str, at: int, weighted: bool = True) -> tuple[int, int, str, Decimal | None] | None:
    """The first block head from ``at`` on: (start, end, 一级 name, weight or None); under a header with no block
    weight column, a 一级 word alone."""
    for start in range(at, len(text) - 3):
        for length in (4, 5):
            word = text[start: start + length]
            name = _level1(word) if HAN.match(word[-1:]) else None
            if name is None or _part_of_level2(text, start, length):
                continue
            weight = _WEIGHT.match(text, start + length)
            if weight is not None:
                return start, weight.end(), name, Decimal(weight.group(1) or weight.group(2))
            # "…满意度指标" cut off at the page's end: no weight; a 一级 word alone opens a block only before a 二级
            # name ("成本指标" is either: before an indicator's name it is the 二级 one)
            if start + length == len(text) or (not weighted and level2_at(text, start + length)):
                return start, start + length, name, None
    return None


def _part_of_level2(text: str, start: int, length: int) -> bool:
    """"经济效益指标": the 一级 word 效益指标 closing a 二级 name."""
    return any(level2_at(text, start - k) == k + length for k in range(1, 7) if start - k >= 0)


def form_blocks(stream: str, weighted: bool) -> list[tuple[str, Decimal | None, str]]:
    """The form's blocks: (一级 name, its stated weight, the text of its rows)."""
    out: list[tuple[str, Decimal | None, str]] = []
    head = block_head(stream, 0, weighted)
    while head is not None:
        nxt = block_head(stream, head[1], weighted)
        body = stream[head[1]: nxt[0] if nxt is not None else len(stream)]
        if weighted and head[3] is None and body.strip():
            return []  # a block without the weight its column holds: not the form this reads
        out.append((head[2], head[3], body))
        head = nxt
    return out


@cache
def _unit_level2() -> re.Pattern[str]:
    return pattern("levels.unit_level2")


def level2_at(text: str, at: int) -> int:
    """The length of the 二级 name that opens ``text`` at ``at`` (one ending in 指标 by the lexicon's 二级 words,
    or a whole-unit form's 管理 name), the longest; 0 when none does."""
    for length in range(min(10, len(text) - at), 3, -1):
        word = text[at: at + length]
        if (word.endswith("指标") and pattern("levels.level2").fullmatch(word)) or _unit_level2().fullmatch(word):
            return length
    return 0
