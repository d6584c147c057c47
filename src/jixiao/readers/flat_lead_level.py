"""A form copied as text whose header kept only 三级指标 | 预期指标值 | … (the 一级 / 二级 header cells lost above
it) while each of its rows, a line of several cells, still starts with its 二级 ("数量指标 演出场次 ≥40场 42场 30
30"): the columns with a 二级 column in front, so that the rows' first cells are their 二级, not stray cells."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.lexicon import pattern
from jixiao.readers.cells import Kind, kind
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

_LOOK = 120  # tokens after the header looked at


def with_lead_level(tokens: Sequence[Token], start: int, cols: list[str]) -> list[str]:
    """``cols`` with "level2" in front when the header names no level and starts with the name, and most rows
    after it (two at least) start with a 二级 word; with "level1" in front when the header starts with the 二级 (its
    一级 cell garbled away, "一指二级指标…") and the first cell after it is a 一级 word; else ``cols`` as they are."""
    if cols[:1] == ["level2"] and "level1" not in cols:
        first = next((token.text for token in tokens[start: start + _LOOK] if token.text.strip()), "")
        return ["level1", *cols] if kind(first) is Kind.LEVEL1 else cols
    if cols[:1] != ["name"] or "level1" in cols or "level2" in cols:
        return cols
    firsts: list[str] = []
    for token in tokens[start: start + _LOOK]:
        if pattern("total_row").fullmatch(compact(token.text)):
            break
        if token.row_start:
            firsts.append(token.text)
    levels = sum(kind(text) is Kind.LEVEL2 for text in firsts)
    return ["level2", *cols] if levels >= 2 and levels * 2 > len(firsts) else cols
