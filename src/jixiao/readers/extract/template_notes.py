"""The template's own notes (填表说明 / 填报说明 / 注：…) under a form: they tell how to fill the form in
("绩效指标分值合计90分", "得分=执行率×10分"), so their figures are never the unit's facts."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.outline import Outline

_ITEM = re.compile(r"(?:^|[;。:\s])\(?(\d{1,2})\s*[.、)]")  # "1.…；2.…" numbered inside the note's line
_ITEM_KINDS = ("num", "pnum", "rnum")


def template_note_lines(outline: Outline) -> set[int]:
    """Indexes of the lines of the template's notes: a line opening with a note word, and the numbered
    items that go on counting after it ("注：" then "1.…", "2.…"; "填表说明：1.…；2.…" then "3.…")."""
    opener = pattern("template_note")
    out: set[int] = set()
    expected = 0  # the number the note's next item carries; 0: no note open
    for line in outline.lines:
        if opener.match(line.norm):
            out.add(line.index)
            numbers = [int(n) for n in _ITEM.findall(line.norm)]
            expected = numbers[-1] + 1 if numbers else 1
        elif expected and line.marker_kind in _ITEM_KINDS and line.number == expected:
            out.add(line.index)
            expected += 1
        else:
            expected = 0
    return out
