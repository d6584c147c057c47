"""Note marks set as superscripts after a figure (a Word footnote's reference, "1280.00¹"): in a PDF's text a mark
is a small raised digit on the figure's line, so a cell's text reads "1280.001" and "97.22%3". A raised digit at
most four fifths the size of the character it follows, right after a figure, is a mark, not part of the number."""

from __future__ import annotations

from typing import Any

_SMALL = 0.8  # a mark's size against the character before it
_RAISED = 0.2  # how far its bottom sits above that character's, in that character's size
_AFTER = frozenset("0123456789%％")


def is_note_mark(text: str, size: float, rise: float, gap: float, before: str, before_size: float) -> bool:
    """A character ``text`` of ``size`` standing ``rise`` above and ``gap`` after the character ``before`` (of
    ``before_size``) is a note mark: a digit, small, raised and touching a figure's last character."""
    return text.isdigit() and before in _AFTER and before_size > 0 and size <= _SMALL * before_size \
        and rise >= _RAISED * before_size and abs(gap) <= before_size * 0.5


def _mark(char: dict[str, Any], before: dict[str, Any] | None) -> bool:
    if before is None:
        return False
    return is_note_mark(char["text"], char.get("size") or 0, before["bottom"] - char["bottom"],
                        char["x0"] - before["x1"], before["text"], before.get("size") or 0)


def without_note_marks(page: Any) -> Any:
    """``page`` with the note marks after figures left out (the page itself when it has none)."""
    chars = page.chars
    marks: set[int] = set()
    before: dict[str, Any] | None = None
    for char in chars:
        if _mark(char, before):
            marks.add(id(char))
            continue  # (a two-digit mark: its second digit follows the first)
        before = char
    if not marks:
        return page
    return page.filter(lambda obj: id(obj) not in marks)
