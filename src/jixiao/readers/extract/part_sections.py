"""A department's report told a section per part: "（一）局机关" over its staff and its own budget table, "（二）县某某
执法队" over its own, then "（四）部门合计" over the department's. Two or more headings of one numbering style and
level, each naming a different part (a body, or the department's own offices) and each over a table of its own: the
figures under them are their parts', none the department's — a page that lost the whole's section (an excerpt, a
dropped line) states no department's budget, and the first part's table is no stand-in for it, nor a restatement
that disagrees with it. A heading naming the report's own unit ("（一）某县某局" over the department's table,
"（二）县某某站" over its station's) is the whole's section, never a part's: it counts among the headings, its
figures stay read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.readers.extract.name_ends import names_a_part
from jixiao.readers.extract.outline import Line, Outline

# a heading that is a name and nothing else: no clause, no sentence, no figure
_NAME = re.compile(r"[^\s,:;。、()\d%]{2,30}")


@dataclass(frozen=True)
class PartSections:
    """Block indexes of the parts' sections: their lines and their tables."""

    lines: frozenset[int]
    tables: frozenset[int]


def part_sections(outline: Outline, unit: object) -> PartSections:
    """The sections of a department's parts (see the module); ``unit`` the unit's name as read so far."""
    headings: dict[tuple[str, int], list[Line]] = {}
    for line in outline.lines:
        name = line.rest_norm.strip().rstrip(":")
        if line.is_heading and line.marker_kind and _NAME.fullmatch(name) and names_a_part(name):
            headings.setdefault((line.marker_kind, line.level), []).append(line)
    tables = [index for index, _ in outline.tables]
    lines: set[int] = set()
    found: set[int] = set()
    for named in headings.values():
        spans = [(heading, _end(outline, heading)) for heading in named]
        own = [(heading, end) for heading, end in spans if any(heading.index < t < end for t in tables)]
        if len({heading.rest_norm.strip() for heading, _ in own}) < 2:
            continue
        for heading, end in own:
            if isinstance(unit, str) and unit.endswith(heading.rest_norm.strip().rstrip(":")):
                continue  # the unit's own name: the whole's section
            lines.update(line.index for line in outline.lines if heading.index <= line.index < end)
            found.update(t for t in tables if heading.index < t < end)
    return PartSections(frozenset(lines), frozenset(found))


def _end(outline: Outline, heading: Line) -> int:
    """The block index where ``heading``'s section ends: its next heading of the same or a higher level."""
    return next((line.index for line in outline.lines
                 if line.index > heading.index and line.is_heading and line.level <= heading.level), 1 << 30)
