"""The year and the unit a page header's running head names (``Document.metadata``'s 页眉), read as a title is read,
only for what nothing in the document did: a header is the file's furniture, the body's own words come first."""

from __future__ import annotations

from jixiao.readers.extract.facts import Facts
from jixiao.readers.extract.title import title_facts
from jixiao.readers.running_heads import RUNNING_HEAD


def facts_from_running_head(metadata: dict[str, str], facts: Facts) -> None:
    head = metadata.get(RUNNING_HEAD, "").strip()
    if not head or (facts.has("year") and facts.has("unit.name")):
        return
    found = Facts()
    title_facts(head, RUNNING_HEAD, found)
    for path in ("year", "unit.name"):
        if found.has(path) and not facts.has(path):
            facts.put(path, found.get(path), found.refs[path])
