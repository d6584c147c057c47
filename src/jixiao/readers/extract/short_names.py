"""A body the text names by the short name it gave it ("某某县农业技术推广中心（以下简称“县农技中心”）…县农技中心具体
组织实施"): a unit fact read as that short name is the full name the text defined it for."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# "全称（以下简称“简称”）" / "全称(简称:简称)": the full name runs back to the clause's start
_DEFINED = re.compile(r"([^,;:。()“”\"]{4,40}?)\s*\(\s*(?:以下)?简称\s*:?\s*[“\"]?([^()“”\"]{2,12}?)[”\"]?\s*\)")
_PATHS = ("unit.name", "unit.supervising_department", "project.implementing_unit")
# a body's name alone on a line ("某某县文化广电体育和旅游局" over the report's title)
_BODY_LINE = re.compile(r"[\u4e00-\u9fff]{6,24}")
_PLACE_END = "省市县区旗州镇乡"


def full_names(outline: Outline, facts: Facts) -> None:
    """Replace a unit fact that is a short name the text defined by the full name."""
    read = {path: facts.get(path) for path in _PATHS if isinstance(facts.get(path), str)}
    if not read:
        return
    defined: dict[str, tuple[str, str, str]] = {}  # short → (full, location, text)
    for line in outline.lines:
        if "简称" not in line.norm:
            continue
        for match in _DEFINED.finditer(line.norm):
            full = line.text[match.start(1): match.end(1)].strip()
            defined.setdefault(match.group(2).strip(), (full, line.location, line.text[match.start(): match.end()]))
    for path, value in read.items():
        found = defined.get(value.strip()) or _spelled_out(outline, value.strip()) \
            or _committee_spelled_out(outline, value.strip()) \
            or (_placed(outline, value.strip()) if path == "unit.name" else None)
        if found is not None:
            full, location, text = found
            facts.replace(path, full, ref(location, text))


def _spelled_out(outline: Outline, short: str) -> tuple[str, str, str] | None:
    """The full name a short one abbreviates, written alone on a line of the text ("某县文旅局" read from a
    page's headline, "某县文化广电体育和旅游局" over the report's own title): the same place and the same last
    character, the short name's other characters in the full name's, in order, the first one first (no 简称
    defined); a full name holding a place of its own ("某市某区民政局" for "某市民政局") or the body word once more
    ("某市公安局某某分局" for "某市公安局") is a lower body's."""
    for line in outline.lines:
        full = line.norm.strip()
        if len(full) <= len(short) or full[-1] != short[-1] or not _BODY_LINE.fullmatch(full):
            continue
        place = next((i + 1 for i in range(len(short) - 2, 0, -1) if short[i] in _PLACE_END), 0)
        if place < 2 or full[:place] != short[:place] or len(short) - place < 3:
            continue
        middle = full[place:-1]
        if middle[0] != short[place] or any(char in _PLACE_END or char == short[-1] for char in middle):
            continue  # (an abbreviation keeps the name's first character; a place or a body inside is a lower body's)
        rest = iter(middle)
        if all(char in rest for char in short[place:-1]):
            return full, line.location, line.text.strip()
    return None


# "- 中国共产党某某市委员会政法委员会": a body's full name alone on a line, a list item's mark before it
_LISTED_BODY = re.compile(r"[-•·*]?\s*((?:中国共产党)?[\u4e00-\u9fff]{6,30})")
_PLACE_LEAD = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?[{_PLACE_END}]")


def _committee_spelled_out(outline: Outline, short: str) -> tuple[str, str, str] | None:
    """"市委政法委" (a short name opening on its level, the place left off) written in full alone on a line of the
    text ("中国共产党某某市委员会政法委员会"): the full name, 中国共产党 left off and each 委员会 called 委, is a
    place ending on that level and then the short name's own words (a committee's: the 委员会 test first, most
    lines hold none)."""
    if "委" not in short or len(short) < 4 or short[0] not in _PLACE_END:
        return None
    for line in outline.lines[:30]:
        if "委员会" not in line.norm:
            continue
        listed = _LISTED_BODY.fullmatch(line.norm.strip())
        if listed is None:
            continue
        full = listed.group(1)
        called = full.removeprefix("中国共产党").replace("委员会", "委")
        place = _PLACE_LEAD.match(called)
        if place is not None and called[place.end() - 1:] == short:
            return full, line.location, line.text.strip()
    return None


# the county-level place a text puts before a body its title named without it ("某某县" + "某镇卫生院")
# (not a word that only points to one: 全县, 本区, 辖区, 该市; nor a word that leads to it: "由某某县…", "在某某县…";
# a zone's name may be long and open on its province: "湖南某某新港区")
_COUNTY = re.compile(r"(?![全本该我辖各此由在对向经据按])[\u4e00-\u9fff]{2,7}?[县区旗]"
                     r"|(?![全本该我辖各此由在对向经据按])[\u4e00-\u9fff]{2,4}市")


def _placed(outline: Outline, short: str) -> tuple[str, str, str] | None:
    """A unit named without its county ("某镇社区卫生服务中心", read from a headline) that a line of the text opens
    on with the county before it ("某某县某镇社区卫生服务中心主要负责…"): the name with its place, as the text
    gives it. A name opening on its level word alone ("区某某中心", the title's short name) is the body of the
    place a line opens on with that level ("某市某某区某某中心为…")."""
    if len(short) < 4:
        return None
    for line in outline.lines[:40]:
        at = line.norm.find(short)
        if at < 2:
            continue
        place = _COUNTY.fullmatch(line.norm[:at].strip())
        if place is None and short[0] in _PLACE_END:  # (the level word is the place's own last character)
            place = _COUNTY.fullmatch(line.norm[: at + 1].strip())
        if place is not None and not short.startswith(place.group(0)):
            full = line.norm[: at + len(short)].strip()
            return full, line.location, line.text.strip()
    return None
