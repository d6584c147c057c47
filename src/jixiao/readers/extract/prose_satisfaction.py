"""A report whose only indicator result is a satisfaction rate told in passing ("…社会效益较显著,受益群众满意度100%。",
invented): the clause names who is satisfied and the rate reached. No target, weight or score is stated, so none is
given. Read last of the sentence readers, when no indicator was found any other way."""

from __future__ import annotations

import re

from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.values import parse_actual

# a clause of its own: "受益群众满意度100%" / "群众满意度达98.5%" (no comparison sign: "满意度≥90%" is a target; no
# "以上" after it: a floor, not what was reached); the spaces around the verb taken whole (the verb and the figure
# open on no space: the same matches, and a run of spaces with no figure after it walked once, not cut every way)
_CLAUSE = re.compile(r"(?:^|(?<=[,;。:]))\s*([^,;:。\d≥≤<>=]{2,12}满意度)\s*+(?:为|达到|达|均为|均达到)?\s*+"
                     r"(\d{1,3}(?:\.\d{1,2})?\s*%)\s*(?=[,;。]|$)")
_NOT_REACHED = re.compile(r"目标|预期|计划|指标值|年初|不低于|力争")  # a target's words before the rate


def satisfaction_items(outline: Outline) -> list[IndicatorDraft]:
    drafts: list[IndicatorDraft] = []
    for line in outline.lines:
        if line.is_heading or "满意度" not in line.norm:
            continue
        for found in _CLAUSE.finditer(line.norm, line.body_start):
            name = line.text[found.start(1): found.end(1)].strip()
            actual = parse_actual(found.group(2))
            if actual is None or _NOT_REACHED.search(name) or any(d.name == name for d in drafts):
                continue
            source = ref(line.location, line.text.strip())
            draft = IndicatorDraft()
            draft.put("name", name, source)
            draft.put("weight", None, source)
            draft.put("actual", actual, source)
            drafts.append(draft)
    return drafts
