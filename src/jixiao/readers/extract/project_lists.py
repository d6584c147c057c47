"""Several projects' results listed one item each: a finance bureau's notice of the projects it had evaluated
("1、某某村灌溉渠道改造项目，…下达资金150万元，…已支付142.5万元，…总得分为92.4分，评价等级为优秀。" / "2、…"), or a
unit's summary of its projects' self-evaluations ("项目一：…项目，项目全年预算数…"). Each item's money, total
and grade are its own project's: none is the document's, and two items' totals are two projects, never one
total stated twice.
"""

from __future__ import annotations

import re

from jixiao.lexicon import lexicon
from jixiao.readers.extract.outline import Outline

_MARKER = r"(?:(\d{1,2})\s*[、.．]|[(（](\d{1,2})[)）]|项目([一二三四五六七八九十]{1,3})\s*[:：])"
# the item's marker, then the project it names (a name ending in 项目, then a comma or colon, or the item's heading
# words and a full stop: "(2)某某项目绩效目标完成情况综述。项目全年预算数…")
_HEAD = lexicon()["listed_project_head"]
_ITEM = re.compile(rf"^\s*{_MARKER}\s*[^。;；:：]{{2,60}}?项目\s*(?:[,，:：]|(?:{_HEAD})\s*[。,，:：])")
_LONE_MARKER = re.compile(rf"^\s*{_MARKER}\s*$")  # "(1)" alone on its line, the item's words on the next
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:分|万元|元)")


def listed_project_lines(outline: Outline) -> set[int]:
    """Indexes of the lines that each open on an item marker, name a project and state its figures, when at
    least two items (by their markers) do; no line otherwise."""
    lines: set[int] = set()
    markers: set[str] = set()
    marker = ""  # a marker alone on the line before
    for line in outline.lines:
        lone, marker = marker, ""
        if "项目" not in line.norm:
            marker = line.norm if _LONE_MARKER.match(line.norm) else ""
            continue
        item = _ITEM.match(lone + line.norm)
        if item is not None and _FIGURE.search(lone + line.norm, item.end()):
            lines.add(line.index)
            markers.add(next(group for group in item.groups() if group))
    return lines if len(markers) >= 2 else set()


# an item run on inside a line, its marker after the line's start, a full stop or a word, never inside a figure
# ("35.3万元") or a clause number ("第1、2条"): "…共有3个项目1、某某维修项目:预算35.3万元,…实际支付35.3万元。2、…"
_RUN_ON_ITEM = re.compile(r"(?<![\d.．第])(?:(\d{1,2})\s*(?:、|[.．](?!\d))|[(（](\d{1,2})[)）])"
                          r"\s*[^。;；:：]{2,60}?项目\s*[,，:：]")


def listed_project_items(outline: Outline) -> dict[int, list[tuple[int, int]]]:
    """Where a unit's summary of its projects, run on within its lines, tells one project's figures: for each line,
    the spans from an item's marker (a project named, then a comma or a colon) to the end of its sentence, when
    that sentence states a figure and at least two items (by their markers) do; nothing otherwise."""
    spans: dict[int, list[tuple[int, int]]] = {}
    markers: set[str] = set()
    for line in outline.lines:
        if "项目" not in line.norm:
            continue
        for item in _RUN_ON_ITEM.finditer(line.norm):
            stop = line.norm.find("。", item.end())
            end = stop if stop >= 0 else len(line.norm)
            if _FIGURE.search(line.norm, item.end(), end):
                spans.setdefault(line.index, []).append((item.start(), end))
                markers.add(next(group for group in item.groups() if group))
    return spans if len(markers) >= 2 else {}
