"""The template's own notes (填表说明 / 填报说明 / 注：…) under a form: they tell how to fill the form in
("绩效指标分值合计90分", "得分=执行率×10分"), so their figures are never the unit's facts."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import match_text

_ITEM = re.compile(r"(?:^|[;。:\s])\(?(\d{1,2})\s*[.、)]")  # "1.…；2.…" numbered inside the note's line
_ITEM_KINDS = ("num", "pnum", "rnum")


def template_note_lines(outline: Outline) -> set[int]:
    """Indexes of the lines of the template's notes: a line opening with a note word, and the numbered
    items that go on counting after it ("注：" then "1.…", "2.…"; "填表说明：1.…；2.…" then "3.…"). A note whose
    mark the report's text points at ("见注①" … "注：①年初预算…") is the report's own, not the template's."""
    opener = pattern("template_note")
    pointed = _pointed_at(outline)
    out: set[int] = set()
    expected = 0  # the number the note's next item carries; 0: no note open
    for line in outline.lines:
        opened = opener.match(line.norm)
        if opened and _mark(line.norm[opened.end():]) in pointed:
            expected = 0  # "注：①年初预算…" that the text points at ("见注①"): the report's own figures
        elif opened:
            out.add(line.index)
            numbers = [int(n) for n in _ITEM.findall(line.norm)]
            expected = numbers[-1] + 1 if numbers else 1
        elif expected and line.marker_kind in _ITEM_KINDS and line.number == expected:
            out.add(line.index)
            expected += 1
        else:
            expected = 0
    return out


_MARK = re.compile(r"\s*([①-⑳]|\d{1,2})")


def _mark(text: str) -> str | None:
    """The mark a note opens with ("①…", "1.…"), None when it has none."""
    found = _MARK.match(text)
    return found.group(1) if found else None


def _pointed_at(outline: Outline) -> set[str]:
    """The marks of the notes the report's text points at ("见注①", "详见注释2")."""
    reference = pattern("note_reference")
    return {found.group(1) for line in outline.lines if "注" in line.norm for found in reference.finditer(line.norm)}


def without_lines(outline: Outline, notes: set[int]) -> Outline:
    """``outline`` without the lines ``notes`` (:func:`template_note_lines`; the same outline when there are
    none): what the passes reading the unit's facts (budget, staff, indicators) look at, so a note's
    "年初预算数为500万元以上的项目须附明细" or "编制人数30人以上的单位…" is never read as the unit's own figure."""
    if not notes:
        return outline
    kept = [replace(line, position=position)
            for position, line in enumerate(line for line in outline.lines if line.index not in notes)]
    return Outline(kept, outline.tables, source=outline.source)


_NOTE_FIRST = "填注"  # what a note's opening word starts with
_ROW_ITEM = re.compile(r"^\s*\(?\d{1,2}\s*[.、)]")


def template_note_rows(table: Table) -> set[int]:
    """Indexes of a table's rows that hold the template's notes: a row whose one text opens with a note
    word ("填表说明：1.…"), and the numbered rows after it ("2.…", "3.…")."""
    opener = pattern("template_note")
    out: set[int] = set()
    within = False
    for r, row in enumerate(table.rows):
        first = next((cell.lstrip() for cell in row if cell.strip()), "")
        if not within and first[:1] not in _NOTE_FIRST:  # (most rows: one look at a character)
            continue
        texts = {cell.strip() for cell in row if cell.strip()}
        text = match_text(texts.pop()) if len(texts) == 1 else ""
        if text and opener.match(text):
            out.add(r)
            within = True
        elif within and text and _ROW_ITEM.match(text):
            out.add(r)
        else:
            within = False
    return out
