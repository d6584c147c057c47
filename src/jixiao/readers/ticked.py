"""A grade given by check boxes ("□优 ☑良 □中 □差", "优☑ 良口 中口 差口"; a viewer prints an empty box as 口): the
ticked box names the grade, before or after its word as the list writes them all."""

from __future__ import annotations

import re

from jixiao.model import GRADE_SYNONYMS

TICKED = "☑✓√■✔☒▣"
_EMPTY = "□口☐○"
_BOX = f"[{TICKED}{_EMPTY}]"
_WORD = "|".join(sorted(GRADE_SYNONYMS, key=len, reverse=True))
# one option: a box then its word (no more Chinese after it), or a word then its box
_OPTION = rf"(?:{_BOX}\s*(?:{_WORD})(?![\u4e00-\u9fff])|(?:{_WORD})\s*{_BOX})"
_RUN = re.compile(rf"{_OPTION}(?:[\s,，、;；/]*{_OPTION})+")
_BOX_FIRST = re.compile(rf"({_BOX})\s*({_WORD})")
_BOX_AFTER = re.compile(rf"({_WORD})\s*({_BOX})")


def ticked_grade(text: str) -> str | None:
    """The grade word a list of boxed grades ticks (exactly one ticked), else None."""
    if not any(mark in text for mark in TICKED):  # (a test per mark at C speed: a search over a class is slower)
        return None
    run = _RUN.search(text)
    return _ticked(run.group(0)) if run else None


def with_ticked_grades(text: str) -> str:
    """The text with each list of boxed grades that ticks one replaced by that grade's word
    ("评价等次：优口 良☑ 中口 差口" → "评价等次：良")."""
    if not any(mark in text for mark in TICKED):
        return text
    return _RUN.sub(lambda run: _ticked(run.group(0)) or run.group(0), text)


def _ticked(run: str) -> str | None:
    box_first = run.lstrip()[:1] in TICKED + _EMPTY
    options = [(m.group(1), m.group(2)) for m in _BOX_FIRST.finditer(run)] if box_first else [
        (m.group(2), m.group(1)) for m in _BOX_AFTER.finditer(run)]
    ticked = [word for box, word in options if box in TICKED]
    return ticked[0] if len(ticked) == 1 and len(options) >= 2 else None
