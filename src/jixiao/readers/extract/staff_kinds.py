"""Staff listed by kind with no total: "2019年共有正式职工2人,临时工8人,公益性岗位1人,退休职工4人" names the staff
in post by how each is employed and never sums them; the kinds are the staff's parts, the total stays unread (the
first kind's count is no total: "职工2人" is only the 正式 ones)."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.listed_parts import named_part

# the list's opening: the clause's start, a short subject or a year at most, then 共有 / 现有 / 有
_OPENING = re.compile(r"(?:^|(?<=[,;:]))\s*(?:[^,;:。\d]{0,12}?(?:单位|机关|院|局|校|所|站|中心|我|本|全))?\s*"
                      r"(?:\d{4}\s*年(?:末|底)?|年末|年底|目前|现)?\s*(?:共有|现有|有)\s*")
# (a later kind's count may have lost its 人 — "…公益性岗位1人,计划内合同工1,退休职工4…" — when a kind before it
# kept one and a stop follows the count: the list's unit said once is every kind's)
_KIND = re.compile(r"\s*+" + named_part("", r"(\d++)\s*+(?P<unit>人|名)?") + r"\s*+(?:[,、;。]|$)")
_SUMMED = re.compile(r"合计|共计|总计|总数|其中")  # a total or a breakdown stated after all: not this list's shape


def listed_kinds(sentence: str, retired: re.Pattern[str]) -> tuple[int, int, list[dict[str, object]]] | None:
    """The kinds of staff listed with their counts and no total, with the span of the sentence they were read
    from (``retired`` names passed over: none of the staff in post); None unless at least two kinds in post are
    listed, each named by a word of the lexicon's ``staff_kind``."""
    kind = pattern("staff_kind")
    for opening in _OPENING.finditer(sentence):
        if not opening.group(0).strip():
            continue
        parts: list[dict[str, object]] = []
        end = opening.end()
        while (found := _KIND.match(sentence, end)) is not None:
            name = found.group(1).strip()
            if not (retired.search(name) or kind.match(name)) or (found.group("unit") is None and not parts):
                break
            if not retired.search(name):
                parts.append({"name": name, "count": int(found.group(3))})
            end = found.end()
        if len(parts) >= 2 and not _SUMMED.search(sentence, end):
            return opening.start(), end, parts
    return None
