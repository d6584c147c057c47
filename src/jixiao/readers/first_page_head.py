"""The running head of a PDF's first page, copied as text: a short line at the top of every page ("依龙镇卫生院",
"某局办公室"), which the text reader drops after each page mark (``wrapped_lines``, ``row_page_headers``) but which
on the first page stands above the title with nothing to tell it apart — read with it, it joins the title and the
unit's name ("依龙镇卫生院某县依龙镇卫生院"). The text's first line is that head when it stands again right after a page
mark, and it either names no report (a unit, an office: a title names what it is) or is said once more besides
(the title the head repeats stays). Its line is left blank, so every line keeps its number."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.readers.wrapped_lines import is_page_number


def first_page_head(text: str) -> str | None:
    """The text of the first page's running head, when the text's first line is one (see the module): found before
    any other pass blanks the heads after the page marks."""
    lines = text.split("\n")
    head = next((line.strip() for line in lines if line.strip()), None)
    if head is None:
        return None
    after_marks = said = 0
    marked = False
    for line in lines:
        plain = line.strip()
        if not plain:
            continue
        if is_page_number(plain):
            marked = True
            continue
        if plain == head:
            said += 1
            after_marks += marked
        marked = False
    if not after_marks or (pattern("report_words").search(head) and said < after_marks + 2):
        return None
    return head


def without_first_page_head(text: str, head: str | None) -> str:
    """``text`` with its first line blanked when it is ``head`` (``first_page_head``'s answer on the text before)."""
    if head is None:
        return text
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != head:
        return text
    lines[first] = ""
    return "\n".join(lines)
