"""A unit's offices listed before their count with mixed stops and second names in brackets: "某局设办公室(人事科),
指挥中心(信息科)预案管理科;执法科,法规科(宣传科)5个内设行政机构". Each office may carry the other names it goes by in a
bracket after it, and the page cuts the list at 、, a comma, a semicolon or at nothing after a bracket; the list is
read only when its names, counted outside the brackets, are as many as the count after them, each ending on an
office's noun (so a clause about something else in the run makes the count fail, and nothing is read)."""

from __future__ import annotations

import re

from jixiao.readers.extract.body_lists import OFFICES, SMALL_NUMBER, count_figure, record_bodies, split_list
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import match_text

# "设A(…),B…5个内设行政机构": 设 (not 建设 / 增设 / 开设 / 假设 / 预设 / 新设 / 下设 / 内设, nor 设立 / 设计 …), the run
# to the count in the same sentence, the count and the words naming the unit's own offices
_COUNTED_AFTER = re.compile(rf"(?<![建增开假预新下内])设(?:有)?(?![立置计备施定])(?P<list>[^。:]{{4,400}}?)"
                            rf"(?P<count>{SMALL_NUMBER})\s*个\s*内设(?:行政|职能|党政)?(?:机构|{OFFICES}|部门)")
_OFFICE_END = re.compile(r"(?:室|科|股|处|部|组|中心|队|所|站|办)$")
_NAME = re.compile(r"[^\d,:;。、()]{2,20}")
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")  # an office's second names, dropped
# a bracket closing right on the next office's name: a cut the page left out ("(信息化科)灾害救援科")
_RUN_ON = re.compile(r"([)）])(?=[^\s、,，;；)）])")


def offices_counted_after(outline: Outline, facts: Facts) -> None:
    """The offices so listed, with their count (read when no other reading named the unit's offices)."""
    if facts.has("unit.internal_bodies"):
        return
    for line in outline.lines:
        if "个内设" not in line.norm:
            continue
        for found in _COUNTED_AFTER.finditer(line.norm):
            listed = _RUN_ON.sub(r"\1、", line.text[found.start("list"): found.end("list")])
            names = [_ASIDE.sub("", name).strip() for name in split_list(listed)]
            if count_figure(found.group("count")) != len(names) or len(names) < 2 \
                    or not all(_NAME.fullmatch(match_text(n)) and _OFFICE_END.search(n) for n in names):
                continue
            record_bodies(facts, "unit.internal_bodies", "内设机构", names, len(names), False,
                          ref(line.location, line.text[found.start(): found.end()]))
            return
