"""A block's weight written down a narrow column, one piece a line, as a layout copies a merged cell: "产出" / "指标" /
"(60分)". The pieces above the weight that join into a 一级 block's name give that block its weight."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.numbers import to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_WEIGHT_LINE = re.compile(r"\s*\(\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*\)\s*")
_PIECE = re.compile(r"\s*[\u4e00-\u9fff]{1,4}\s*")


def column_block_weights(outline: Outline, facts: Facts) -> None:
    """"产出" / "指标" / "(60分)" on lines of their own: the block 产出指标 weighs 60 (unless a block of that name
    has its weight already)."""
    lines = outline.lines
    for at, line in enumerate(lines):
        weight = _WEIGHT_LINE.fullmatch(line.norm) if at and "分" in line.norm else None
        if weight is None:
            continue
        for span in (2, 1):
            pieces = lines[max(0, at - span): at]
            if len(pieces) != span or not all(_PIECE.fullmatch(piece.norm) for piece in pieces):
                continue
            name = "".join(piece.norm.strip() for piece in pieces)
            if pattern("levels.level1").fullmatch(name):
                blocks = facts.values.setdefault("stated_block_weights", {})
                blocks.setdefault(name, to_decimal(weight.group(1)))
                facts.refs.setdefault("stated_block_weights", ref(line.location, f"{name}{line.text.strip()}"))
                break
