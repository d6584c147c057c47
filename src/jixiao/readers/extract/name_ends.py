"""How a name ends: a body's (a unit that keeps a budget), a section's inside one, a place's — the lexicon's
``name_ends``, one definition for every extractor that asks whether a name names a body."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern

BODY_END = pattern("name_ends.body")  # "某县教育局", "某中心": a body that can be the unit evaluated
# a body of any rank, its sections too ("某局某某股"): the name names someone
BODY_OR_SECTION_END = re.compile(f"{BODY_END.pattern}|{pattern('name_ends.section').pattern}")
# a place or a body: where a name stops and a wrapped title goes on ("某某市" / "某某区某局2023年度…报告")
PLACE_OR_BODY_END = re.compile(f"{pattern('name_ends.place').pattern}|{BODY_END.pattern}")
