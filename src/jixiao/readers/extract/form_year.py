"""The year a form's own heading states ("2022年度项目支出绩效自评表") over the year inside the project's name: a page
titled with the project's name and 绩效自评 ("某区2021年某某示范县项目补助资金绩效自评") gives the year the funds were
allocated, which the name carries; the form under it names the year evaluated. The name's year is no second
statement of it (kept as no alternative: the two are not a figure stated twice)."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_FORM_HEADING = re.compile(r"\s*((?:19|20)\d{2})\s*年度\s*(?:项目支出|部门整体支出|整体支出|项目)?绩效自评表\s*$")
_LINES = 40  # a form's heading stands near the top


def form_heading_year(outline: Outline, facts: Facts) -> None:
    year, name = facts.get("year"), facts.get("project.name")
    source = facts.refs.get("year")
    if not isinstance(year, int) or not isinstance(name, str) or source is None or f"{year}年" not in name \
            or name not in source.text:
        return  # (only a year read from text holding the project's name, the name holding that year)
    for line in outline.lines[:_LINES]:
        heading = _FORM_HEADING.match(line.norm) if "年度" in line.norm else None
        if heading is not None and int(heading.group(1)) != year:
            facts.replace("year", int(heading.group(1)), ref(line.location, line.text))
            return
