"""The year and the unit a page header's running head names (``Document.metadata``'s 页眉), read as a title is read,
only for what nothing in the document did: a header is the file's furniture, the body's own words come first. A
year dated to its month ("某县财政局 2024年3月") is when the file was written, not the year evaluated; a bare year
("某某公开 2024年") may be either, a guess; the year of a 年度 or of a report's title is stated. A unit is read only
where the words name a body ("内部资料 注意保存" names none)."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.title import title_facts
from jixiao.readers.extract.title_lines import TITLE_WORDS
from jixiao.readers.running_heads import RUNNING_HEAD
from jixiao.readers.textnorm import match_text

_DATED = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")  # a date's year and month
_YEARLY = re.compile(r"((?:19|20)\d{2})\s*年度")


def facts_from_running_head(metadata: dict[str, str], facts: Facts) -> None:
    head = metadata.get(RUNNING_HEAD, "").strip()
    if not head or (facts.has("year") and facts.has("unit.name")):
        return
    found = Facts()
    title_facts(head, RUNNING_HEAD, found)
    norm = match_text(head)
    year = found.get("year")
    if found.has("year") and not facts.has("year") \
            and year not in {int(dated.group(1)) for dated in _DATED.finditer(norm)}:
        stated = TITLE_WORDS.search(norm) is not None or year in {int(y.group(1)) for y in _YEARLY.finditer(norm)}
        facts.put("year", year, found.refs["year"] if stated else ref(RUNNING_HEAD, head, guessed=True))
    if found.has("unit.name") and not facts.has("unit.name") and names_a_body(found.get("unit.name")):
        facts.put("unit.name", found.get("unit.name"), found.refs["unit.name"])
