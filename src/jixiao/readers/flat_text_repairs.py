"""Repairs to a line's text before it is cut into cells: notes written without spaces, words spread
out letter by letter or split by a space, a formula's misread 1.
"""

from __future__ import annotations

import re

from jixiao.readers.flat_words import form_words, longest_word
from jixiao.readers.textnorm import match_text

# "情况 (万元) (20 分)": spaces before and inside a bracketed note, from a text layer's layout
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]")


def unspaced_notes(text: str) -> str:
    """``text`` with each short bracketed note's spaces, and the spaces right before it, taken out. (A pattern
    opening on the spaces, " *(…)", is tried at every place; one opening on the bracket skips to brackets.)"""
    out: list[str] = []
    at = 0
    for note in _NOTE.finditer(text):
        out.append(text[at: note.start()].rstrip(" "))
        out.append(note.group(0).replace(" ", ""))
        at = note.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
_CJK_SPACE = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")  # (the space first: a search skips to it)
FORMULA_ONE = re.compile(r"([(（][A-Z](?:/[A-Z])?)1(?=[\u4e00-\u9fff])")


# "项 目 名 称:": a label spaced out letter by letter (single Chinese characters, one space apart), its first or
# last letter maybe run onto the cell beside it ("…经费绩 效 指 标一级指标": a merged cell's spaced label)
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,7}")


def join_split_words(text: str) -> str:
    """"年度财政 资金总额": a space a PDF's text layer put inside one of the form's words (a cell wrapped
    over two lines) is dropped; a space between two words or inside a name stays. A form's word spaced out
    letter by letter ("项 目 名 称") is joined."""
    text = _LETTER_SPACED.sub(lambda run: _joined_word(run.group(0)), text)
    for space in reversed(list(_CJK_SPACE.finditer(text))):
        at = space.start()
        joined = text[max(0, at - longest_word()): at] + text[at + 1: at + 1 + longest_word()]
        cut = min(at, longest_word())
        if any(hit.start() < cut < hit.end() for hit in form_words().finditer(match_text(joined))):
            text = text[:at] + text[at + 1:]
    return text


def _joined_word(run: str) -> str:
    joined = run.replace(" ", "")
    return joined if form_words().fullmatch(match_text(joined)) else run
