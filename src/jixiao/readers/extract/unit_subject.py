"""The unit named only as the subject of its own setup: "某某街道办事处内设10个办公室:…" or "某某县某某中心下设
办公室、财务室…" opening a line of a 决算's 机构设置 part, on a page cut before its title (no label, no title, no
signature names the unit). Read last, as a guess, when nothing else named the unit."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.outline import Outline

# the line opens on the name (after its list mark, or a 机构设置 label), followed by what the body sets up inside or
# under it; the name must end as a body's does (name_ends)
_SETUP = re.compile(
    r"\s*(?:机构设置(?:情况)?\s*[:,]\s*)?(?P<name>[\u4e00-\u9fff()]{4,30}?)(?:机关|本级)?\s*(?:内设|下设|设有|下辖)"
    r"\s*(?:\d+|[一二三四五六七八九十两]{1,3}|[\u4e00-\u9fff])")
# "本局内设…", "我中心下设…", "该院…", "全局…": the unit speaks of itself without its name
_NO_NAME = re.compile(r"^(?:本|我|该|全|其|原|各|局|中心|单位)")
_SETUP_WORDS = ("内设", "下设", "设有", "下辖")


def unit_from_setup(outline: Outline, facts: Facts) -> None:
    """The first line that opens on a named body setting up its offices or bodies names the unit (a guess)."""
    if facts.has("unit.name"):
        return
    for line in outline.lines:
        if not any(word in line.norm for word in _SETUP_WORDS):
            continue
        match = _SETUP.match(line.rest_norm)
        if match is None or not names_a_body(match.group("name")) or _NO_NAME.match(match.group("name")):
            continue
        start = line.body_start
        name = line.text[start + match.start("name"): start + match.end("name")]
        facts.put("unit.name", name, ref(line.location, line.text[start: start + match.end()], guessed=True))
        return
