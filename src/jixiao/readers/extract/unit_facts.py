"""Unit facts stated in prose: the staff (:mod:`.staff`), the body over the unit, and its internal and subordinate
bodies (named in a sentence, :mod:`.sentence_bodies`; one a line, down a column or as the budget's units,
:mod:`.listed_bodies`; counted alone, :mod:`.body_counts`)."""

from __future__ import annotations

import re

from jixiao.readers.extract.body_counts import (
    bare_internal_count,
    bare_subordinate_count,
    counted_under,
    covered_count,
    no_subordinate,
)
from jixiao.readers.extract.body_lists import INTERNAL_BODIES, SUBORDINATE_UNITS
from jixiao.readers.extract.enumerated_bodies import enumerated_bodies
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.listed_bodies import body_columns, budget_units, listed_below
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentence_bodies import bodies_in_part, body_parts, stated_clauses
from jixiao.readers.extract.sentences import sentences
from jixiao.readers.extract.staff import extract_staff
from jixiao.readers.extract.stopped_offices import offices_counted_after

# any, in one search (",设": a clause opening on 设, "…9人,设某股和办公室,…")
_BODY_WORDS = re.compile(f"{INTERNAL_BODIES.pattern}|{SUBORDINATE_UNITS.pattern}|设有|现设|,设(?![立置计备施定])")


# "本校属于某县教育局下属单位" / "某中心隶属于某局": the body over the unit, named in a sentence
# ("某医院是隶属于某州卫生健康委的以某科为特色…的三级医院": "是隶属于…的" says it whatever describes the unit after)
_SUPERVISED = re.compile(r"(?:属于|隶属于?)\s*([^,;:。\s]{2,30}?(?:局|委员会|委|厅|办公室|管委会|部))\s*的?"
                         r"(?:下属|所属|直属)?的?(?:部门|单位|事业单位|学校|医院)?(?=[,;。]|$)"
                         r"|(?<=是)(?:属于|隶属于?)\s*([^,;:。\s]{2,30}?(?:局|委员会|委|厅|办公室|管委会|部))\s*的")


def _supervisor(outline: Outline, facts: Facts) -> None:
    if facts.has("unit.supervising_department"):
        return
    for line in outline.lines:
        if "属于" in line.norm and (found := _SUPERVISED.search(line.norm)):
            group = 1 if found.group(1) else 2
            facts.put("unit.supervising_department", line.text[found.start(group): found.end(group)],
                      ref(line.location, line.text[found.start(): found.end()]))
            return


def extract_unit_facts(outline: Outline, facts: Facts) -> None:
    extract_staff(outline, facts)
    _supervisor(outline, facts)
    for line in outline.lines_with(_BODY_WORDS):  # a line naming no bodies has no part that does
        enumerated = enumerated_bodies(line, facts)
        for offset, sentence in sentences(line):
            if offset in enumerated:
                continue
            for clause_offset, clause in stated_clauses(sentence):
                for part_offset, part in body_parts(clause):
                    bodies_in_part(line, part, offset + clause_offset + part_offset, facts)
    offices_counted_after(outline, facts)
    listed_below(outline, facts)
    body_columns(outline, facts)
    if not facts.has("unit.internal_bodies_count"):
        bare_internal_count(outline, facts)
    if not facts.has("unit.subordinate_bodies"):
        budget_units(outline, facts)
    for counted in (covered_count, bare_subordinate_count, counted_under, no_subordinate):  # the first that reads
        if not facts.has("unit.subordinate_bodies_count") and not facts.has("unit.subordinate_bodies"):
            counted(outline, facts)
