"""The items of a level's line that lists its indicators as a goal's words rather than as "名称+数值" pairs
(invented: "①数量指标：雨污管网改造12公里；建立长效管护机制；巡查次数每月不少于2次，合计不少于24次。"), read when
the line's items are not each a name with one figure. An item may be a name alone, a name with a standard in
brackets ("排涝标准基本达到30年一遇(150mm/24h)") or a figure for each period with a total; two may stand in one
clause, a comma between them ("A标准基本达到…，B标准基本达到…"). The name is the words before the first figure,
comparison word or period word; a target only where one plain figure follows the name or its comparison word
("达到40%"), none for a standard reached "基本", a figure per period or a clause after it ("，合计…")."""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.lexicon import pattern

_LEAD = re.compile(rf"([^\d,;:()]{{4,24}}?)({pattern('listed_targets.period').pattern})?(基本)?"
                   rf"(?:达到|控制在|{pattern('comparison_words').pattern})?(?=\d|$)")
_PLAIN = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff])?)")  # "40%", "125万吨/年"


def listed_items(body: str) -> list[tuple[str, str | None]]:
    """(name, the plain figure of its target or None) of each item ``body`` (the line after its level's label,
    normalised) lists between "；", none unless every item opens on a name and "；" parts the line."""
    items: list[tuple[str, str | None]] = []
    parts = body.rstrip(" 。;").split(";")
    if len(parts) < 2 or pattern("listed_targets.results").search(body):  # no list between "；", or results
        return []  # ("A6场,指标完成率100%;B…": read as what was achieved, each before its rate)
    for part in parts:
        read: list[tuple[str, str | None]] = []
        for clause in clauses(part):
            item = _item(clause.strip())
            if item is not None and (not read or item[2]):  # a later clause opens an item when a figure follows
                read.append(item[:2])
            elif read:
                read[-1] = (read[-1][0], None)  # "，合计不少于4次" / a cut word: no one plain figure
            else:
                return []
        items.extend(read)
    return items if len(items) >= 2 else []


def _item(clause: str) -> tuple[str, str | None, bool] | None:
    """(name, plain target figure or None, whether a figure follows the name) of one clause; None when it opens
    on no name of its own (a total, a word cut short)."""
    lead = _LEAD.match(clause)
    if lead is None or lead.group(1).endswith("指标") or pattern("listed_targets.sums").match(clause):
        return None
    rest = clause[lead.end():]
    plain = _PLAIN.fullmatch(rest) is not None and lead.group(2) is None and lead.group(3) is None
    return lead.group(1).strip(), rest if plain else None, bool(rest)


def clauses(part: str) -> list[str]:
    """``part`` cut at each comma outside brackets (one whose next bracket to the right is no ")"), found in one
    pass from the right: a pattern's look-ahead to the next bracket ran over the rest of the line from every comma."""
    cuts: list[int] = []
    following = ""
    for at in range(len(part) - 1, -1, -1):
        char = part[at]
        if char in "()":
            following = char
        elif char == "," and following != ")":
            cuts.append(at)
    bounds = [-1, *reversed(cuts), len(part)]
    return [part[start + 1: end] for start, end in pairwise(bounds)]

