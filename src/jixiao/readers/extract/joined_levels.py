"""A cell naming an indicator's levels at once: a 指标类型 column's "产出指标-数量指标" (一级 and 二级 joined by a
dash or a slash, or written as a path with ">" or "→": "产出指标 > 数量指标"), or a single level word, read by what
the words are, never by their place."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.textnorm import compact

# (a mark opens a match, or the first of the spaces before it: tried from each space of a long run, each start walked
# the run, 10,000 spaces some seconds)
_JOIN = re.compile(r"(?!(?<=\s)\s)\s*(?:-|－|–|—{1,2}|/|／|\\|>|＞|›|»|→)\s*")
# one of _JOIN's marks: a text holds a join where it holds one (the search above, opening on its optional spaces, is
# tried at every character; this one tests each character once)
_MARK = re.compile(r"[-－–—/／\\>＞›»→]")
_JOINED_CHARS = 24  # characters a cell naming both levels takes at most


def names_both_levels(text: str) -> bool:
    """A short cell naming both levels with a mark between them ("产出指标-数量指标", "产出指标 > 数量指标"): one
    cell, a 一级 before the mark and a 二级 after it."""
    return len(text) <= _JOINED_CHARS and _MARK.search(text) is not None and len(joined_levels(text)) == 2


def joined_levels(text: str, beside_level1: bool = False) -> dict[str, str]:
    """{"level1": 产出指标, "level2": 数量指标} from "产出指标-数量指标"; one level from a lone level word
    ("满意度指标" is a 一级 here, the column names the kind of the indicator; beside a 一级指标 column it is the
    二级: "成本指标" / "服务对象满意度指标" name either); nothing from other words (定量, 共性指标)."""
    halves = [compact(half) for half in _JOIN.split(text.strip()) if compact(half)]
    if len(halves) == 2 and pattern("levels.level1").match(halves[0]) and pattern("levels.level2").match(halves[1]):
        return {"level1": halves[0], "level2": halves[1]}
    if len(halves) != 1:
        return {}
    for level in ("level2", "level1") if beside_level1 else ("level1", "level2"):
        if pattern(f"levels.{level}").match(halves[0]):
            return {level: halves[0]}
    return {}
