"""One small indicator table per 二级, each under its numbered 二级 heading ("1.数量指标"), the tables of one 一级 under
its heading ("（一）产出指标"), and no level column in the tables: the headings are their rows' levels.

The 二级 heading stands right above the table (empty paragraphs aside); walking back over the tables and 二级 headings
of the same 一级 (numbered as that heading is), the first heading numbered otherwise that names a 一级 is its block's.
Any other paragraph on the way (a sentence of text) ends the walk with nothing: the headings are not the table's.
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.continued_tables import Continued
from jixiao.readers.extract.facts import ref
from jixiao.readers.textnorm import compact, match_text

# the heading's number, by its style: "（一）" / "一、" / "（1）" / "1."
_NUMBER = re.compile(r"^(?:(?P<pc>[(（][一二三四五六七八九十]{1,3}[)）])|(?P<c>[一二三四五六七八九十]{1,3}[、.．])"
                     r"|(?P<pa>[(（]\d{1,2}[)）])|(?P<a>\d{1,2}[、.．]))")
_POINTS = re.compile(r"[(（][^()（）]{0,24}?\d+(?:\.\d+)?分[^()（）]{0,24}[)）]")  # "（分值30分，得分29分）"


def _heading(paragraph: Paragraph) -> tuple[str, str] | None:
    """(the number's style, the words after it) of a short numbered heading line, else None."""
    text = re.sub(r"\s", "", match_text(paragraph.text))
    number = _NUMBER.match(text)
    if number is None or len(text) > 30:
        return None
    words = _POINTS.sub("", text[number.end():]).rstrip(":：。")
    return (number.lastgroup or "", words) if words else None


def level_headings(document: Document, index: int) -> tuple[Paragraph, Continued] | None:
    """The 一级 heading over the table at ``index`` (the caption its 一级 is read from) and its 二级 heading's level
    carried into its rows, when the table stands under both as above; else None."""
    blocks = document.blocks
    at = index - 1
    while at >= 0 and _empty(blocks[at]):
        at -= 1
    second = blocks[at] if at >= 0 else None
    head = _heading(second) if isinstance(second, Paragraph) else None
    if not isinstance(second, Paragraph) or head is None or not pattern("levels.level2").match(head[1]):
        return None
    for block in reversed(blocks[max(0, at - 40): at]):
        if isinstance(block, Table) or _empty(block):
            continue
        other = _heading(block)
        if other is not None and other[0] == head[0] and pattern("levels.level2").match(other[1]):
            continue  # the heading of another 二级 of the same block, over its own table
        if other is not None and other[0] != head[0] and pattern("levels.level1").match(other[1]):
            return block, Continued({"level2": head[1]}, {"level2": ref(second.location, second.text)})
        return None
    return None


def _empty(block: Paragraph | Table) -> bool:
    return isinstance(block, Paragraph) and not compact(block.text)
