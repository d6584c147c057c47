"""A body the text names by the short name it gave it ("某某县农业技术推广中心（以下简称“县农技中心”）…县农技中心具体
组织实施"): a unit fact read as that short name is the full name the text defined it for."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# "全称（以下简称“简称”）" / "全称(简称:简称)": the full name runs back to the clause's start
_DEFINED = re.compile(r"([^,;:。()“”\"]{4,40}?)\s*\(\s*(?:以下)?简称\s*:?\s*[“\"]?([^()“”\"]{2,12}?)[”\"]?\s*\)")
_PATHS = ("unit.name", "unit.supervising_department", "project.implementing_unit")


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
        found = defined.get(value.strip())
        if found is not None:
            full, location, text = found
            facts.replace(path, full, ref(location, text))
