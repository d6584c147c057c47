"""A department's report told a section per part: "（一）局机关" over its staff and its own budget table, "（二）县某某
执法队" over its own, then "（四）部门合计" over the department's. Two or more headings of one numbering style and
level, each naming a different part (a body, or the department's own offices) and each over a table of its own: the
figures under them are their parts', none the department's — a page that lost the whole's section (an excerpt, a
dropped line) states no department's budget, and the first part's table is no stand-in for it, nor a restatement
that disagrees with it. A heading naming the report's own unit ("（一）某县某局" over the department's table,
"（二）县某某站" over its station's) is the whole's section, never a part's: it counts among the headings, its
figures stay read; so is a heading naming the department's own offices ("（一）机关本级") when the unit evaluated is
they ("某县某局（本级）", "某县某局机关"). In a department's report ("某县某局") its own offices' section is one part
beside its bodies', and with no whole's section its figures still state no department's budget."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from jixiao.readers.extract.name_ends import names_a_part, names_own_offices
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
    if outline.part_spans is None:  # (the unit's name aside, the same each time: the staff and the tables ask)
        outline.part_spans = _part_spans(outline)
    lines: set[int] = set()
    found: set[int] = set()
    for name, own_lines, own_tables in outline.part_spans:
        if isinstance(unit, str) and (unit.endswith(name) or (names_own_offices(name) and names_own_offices(unit))):
            continue  # the unit's own name, or its own offices when the unit is they ("某局本级"): the whole's
        lines.update(own_lines)
        found.update(own_tables)
    return PartSections(frozenset(lines), frozenset(found))


def _part_spans(outline: Outline) -> list[tuple[str, list[int], list[int]]]:
    """Each heading of a run of parts' headings over tables of their own: its name, its lines and its tables."""
    headings: dict[tuple[str, int], list[Line]] = {}
    for line in outline.lines:
        name = line.rest_norm.strip().rstrip(":")
        if line.is_heading and line.marker_kind and _NAME.fullmatch(name) and names_a_part(name):
            headings.setdefault((line.marker_kind, line.level), []).append(line)
    tables = sorted(index for index, _ in outline.tables)
    indexes = sorted(line.index for line in outline.lines)
    ends = _ends(outline, [heading for named in headings.values() for heading in named])
    spans: list[tuple[str, list[int], list[int]]] = []
    for named in headings.values():  # (bisected: each heading's lines and tables counted over the whole were n²)
        reach = [(heading, bisect_right(tables, heading.index), ends[heading.position]) for heading in named]
        own = [(heading, at, end) for heading, at, end in reach if at < len(tables) and tables[at] < end]
        if len({heading.rest_norm.strip() for heading, _, _ in own}) < 2:
            continue
        spans.extend((heading.rest_norm.strip().rstrip(":"),
                      indexes[bisect_left(indexes, heading.index): bisect_left(indexes, end)],
                      tables[at: bisect_left(tables, end)]) for heading, at, end in own)
    return spans


def _ends(outline: Outline, headings: list[Line]) -> dict[int, int]:
    """Where each of ``headings``' sections ends (by its position in the outline): the block index of its next
    heading of the same or a higher level, 1 << 30 when none; found from the document's end backwards, with the
    nearest heading's index of each level after the place looked at."""
    after = sorted((line for line in outline.lines if line.is_heading), key=lambda line: line.index)
    nearest: dict[int, int] = {}
    ends: dict[int, int] = {}
    for heading in sorted(headings, key=lambda line: line.index, reverse=True):
        while after and after[-1].index > heading.index:
            line = after.pop()
            nearest[line.level] = line.index
        ends[heading.position] = min((at for level, at in nearest.items() if level <= heading.level), default=1 << 30)
    return ends
