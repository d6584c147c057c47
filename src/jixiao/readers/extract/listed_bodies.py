"""Bodies listed outside a sentence: one a numbered line under their count, down a table's column, or as the units
of the department's budget after its 本级."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.body_lists import NUMBER, SMALL_NUMBER, body_kind, count_figure, record_bodies, split_list
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.textnorm import match_text

# "某院入编2017年部门预算共5个单位：院本级、A、B、C、D": the units of the department's budget, its own 本级
# first; the others are the bodies under it (kept only when the count matches the names)
_BUDGET_UNITS = re.compile(rf"部门预算[^,;:。]{{0,8}}?共(?:有|计)?(?P<count>{NUMBER})"
                           r"\s*个(?:预算)?单位"
                           r"\s*(?::|,\s*(?:分别为|分别是|包括|即)|(?:分别为|分别是|包括|即)\s*:?)\s*(?P<list>[^:;。]+)")


# "2023年部门预算单位共4个(某县某局、A、B、C)": the same units in a bracket after their count, the department
# itself named first (its name, or its 本级)
_BUDGET_UNITS_BRACKETED = re.compile(rf"部门预算单位共(?:有|计)?(?P<count>{NUMBER})\s*个\s*\((?P<list>[^()]+)\)")


def _the_department(name: str, facts: Facts) -> bool:
    unit = facts.get("unit.name")
    return name.endswith("本级") or (isinstance(unit, str) and match_text(name) == match_text(unit))


def budget_units(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        found = None
        if "部门预算" in line.norm:
            found = _BUDGET_UNITS.search(line.norm) if "本级" in line.norm else None
            found = found or _BUDGET_UNITS_BRACKETED.search(line.norm)
        if found is None:
            continue
        names = split_list(line.text[found.start("list"): found.end("list")])
        if len(names) >= 2 and _the_department(names[0], facts) \
                and count_figure(found.group("count")) == len(names):
            source = ref(line.location, line.text[found.start(): found.end()])
            facts.put("unit.subordinate_bodies", names[1:], source.model_copy(update={"complete": True}), "下属机构")
        return


# "街道内设机构6个：" / "下属事业单位共2个：" closing its line over the bodies' names one a numbered line ("1.某办公室")
# (a search starts inside no run of spaces: one that matches from inside a run matches from its first space too,
# and a line of spaces ending on a colon was crossed again from every space of the run)
_COUNT_OVER_LINES = re.compile(rf"(?:共|有)?(?<!\s)\s*(?P<count>{SMALL_NUMBER})\s*个\s*:\s*$")
_LISTED_MARKERS = ("num", "pnum", "rnum", "circ")
_LISTED_NAME = re.compile(r"[^,:;。、\d()]{2,30}")


def listed_below(outline: Outline, facts: Facts) -> None:
    """The bodies named one a numbered line under a line stating their count and ending on a colon (kept only when
    the lines numbered 1, 2, … are as many as the count and each holds a name alone)."""
    lines = outline.lines
    for k, line in enumerate(lines):
        found = _COUNT_OVER_LINES.search(line.norm) if line.norm.endswith(":") else None
        count = count_figure(found.group("count")) if found is not None else None
        if found is None or not count:
            continue
        head = line.norm[sentence_start(line.norm, found.start(), "。;,"): found.start()]
        path, label = body_kind(head)
        below = lines[k + 1: k + 1 + count]
        if not path or facts.has(path) or len(below) < count or [b.number for b in below] != list(range(1, count + 1)) \
                or any(b.marker_kind not in _LISTED_MARKERS for b in below) \
                or (k + 1 + count < len(lines) and lines[k + 1 + count].marker_kind == below[0].marker_kind
                    and lines[k + 1 + count].number == count + 1):
            continue
        names = [b.rest.strip().rstrip("。;；,，") for b in below]
        if all(_LISTED_NAME.fullmatch(match_text(n)) for n in names):
            record_bodies(facts, path, label, names, count, False, ref(line.location, line.text))


_COLUMNS = (("unit.internal_bodies", "内设机构", pattern("unit_bodies.internal_column")),
            ("unit.subordinate_bodies", "下属机构", pattern("unit_bodies.subordinate_column")))


def body_columns(outline: Outline, facts: Facts) -> None:
    """Bodies named down a table's column whose header cell names them ("科室名称", "内设机构", "下属单位"), in a
    table whose header row holds no figure; read only when the prose named none (the count unknown)."""
    for _, table in outline.tables:
        head = table.rows[0] if table.rows else []
        if not head or any(ch.isdigit() for cell in head for ch in cell):
            continue
        for c, cell in enumerate(head):
            key = "".join(match_text(cell).split())
            for path, label, named in _COLUMNS:
                if facts.has(path) or not named.match(key):
                    continue
                names = [row[c].strip() for row in table.rows[1:] if c < len(row) and row[c].strip()]
                if len(names) >= 2 and all(_LISTED_NAME.fullmatch(match_text(n)) for n in names):
                    record_bodies(facts, path, label, names, None, False, ref(table.cell_location(0, c), cell))
