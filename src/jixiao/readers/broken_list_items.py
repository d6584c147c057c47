"""A Markdown list item that a viewer's re-wrap broke: its mark left alone on its line, or its text cut mid-clause.

A narrow viewer (or an editor wrapping at a fixed width) breaks a list item after its mark when the item's text
has no space to break at: "    -" / "某某合格率：分值15分，目标值100%…". Read as they stand, the mark is a rule and the
text a paragraph outside the list (a nested item lost its level, the list read as two). A mark alone on a line
(indented, or right under another list item) and followed by a line of text that opens on no mark of its own is
that item's mark: the two lines are one. A "-" alone on an unindented line that no list item stands above is a
cell left blank ("—" in a form written one cell a line), not a mark: it stays.

An item whose line ends inside a clause (on "，" or "、") and is followed by a line of text with no mark of its own
("    - 某某清运量：分值15分，…实际完成3420吨，" / "得分13.5分") goes on there, as Markdown reads a lazy continuation
line: the two lines are one (read apart, the item lost its score and the list ended at the bare line).
"""

from __future__ import annotations

import re

_LONE = re.compile(r"^([ \t]*)[-*+][ \t]*$")
_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+\S")
_NOT_TEXT = re.compile(r"^[ \t]*(?:[-*+#|｜>]|$)")
_CUT_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+\S.*[，、]$")
# a line that opens a block of its own, never an item's lazy continuation: a heading's number ("三、改进措施",
# "（二）…", "2、…") or a table's row ("一级指标 | 二级指标 | …")
_OWN_BLOCK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]"
                        r"|\d{1,2}\s*[、.．](?=\s*[\u4e00-\u9fff]))|[|｜]")
# either, searched once (most texts hold neither)
_BROKEN = re.compile(r"(?m)^[ \t]*[-*+](?:[ \t]*|[ \t]+\S.*[，、])\r?$")
_MARKS = "-*+"  # an item's marks: _BROKEN finds nothing in a text holding none (a plain test before its search)


def join_broken_items(text: str) -> str:
    """``text`` with each list item's mark left alone on a line joined to the item's text on the next line, and
    each item cut inside a clause joined to the line of text that carries it on (the next line left blank, so every
    later line keeps its number)."""
    if not any(mark in text for mark in _MARKS) or _BROKEN.search(text) is None:  # (most texts hold no mark)
        return text
    lines = text.split("\n")
    above = ""  # the last line with text before the current one
    for i, line in enumerate(lines[:-1]):
        line = line.rstrip("\r")
        lone = _LONE.fullmatch(line)
        if not _NOT_TEXT.match(lines[i + 1]) and (
                (lone is not None and (lone.group(1) or _ITEM.match(above)))
                or (_CUT_ITEM.match(line.rstrip()) and not _OWN_BLOCK.search(lines[i + 1]))):
            lines[i] = f"{line.rstrip()}{' ' if lone is not None else ''}{lines[i + 1].lstrip()}"
            lines[i + 1] = ""
        if lines[i].strip():
            above = lines[i]
    return "\n".join(lines)
