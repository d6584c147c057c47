"""A report run into one line (a whole document copied out of a viewer, its tables read off it): the section
headings inside what is left of the line ("… 二、自评结论 经自评… 四、存在问题及改进措施 设备…") are lines of their
own again, each followed by its text, so the sections are found as in the document."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.numbers import chinese_numeral
from jixiao.readers.document import Block, Paragraph

_MIN_LENGTH = 120  # a line shorter than this is no run-on report
_NUMERALS = "一二三四五六七八九十"
# a space, a Chinese-numeral outline marker, and the heading's words up to the next space
_MARKED = re.compile(rf"(?<=\s)([{_NUMERALS}]{{1,2}})、([^\s]{{2,24}})(?=\s)")


def split_run_on_sections(blocks: list[Block]) -> list[Block]:
    """Each long paragraph cut before the outline markers inside it whose numbers follow each other (二、 then 三、
    …) from one whose words name a report's section (自评结论, 存在问题…), two such names among them at least."""
    from jixiao.readers.extract.section_keys import is_section_title

    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Paragraph) or len(block.text) < _MIN_LENGTH or "、" not in block.text \
                or " " not in block.text:  # (a run-on report keeps the spaces between its paragraphs)
            out.append(block)
            continue
        text = block.text
        cuts: list[int] = []
        last = titled = 0
        for found in _MARKED.finditer(text):
            number, named = chinese_numeral(found.group(1)), is_section_title(found.group(2))
            if (cuts and number == last + 1) or (not cuts and named):
                cuts += [found.start(), found.end()]  # the heading a line of its own, its text the next
                last, titled = number, titled + named
        if titled < 2:
            out.append(block)
            continue
        pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out.extend(replace(block, text=item) for piece in pieces for part in _sub_sections(piece)
                   for item in _items(part) if item)
    return out


_SUB_MARKED = re.compile(rf"(?:(?<=\s)|^)[(（]([{_NUMERALS}]{{1,2}})[)）]")


def _sub_sections(text: str) -> list[str]:
    """A section's text cut before its own "（一）…（二）…" parts, numbered one after another from the first."""
    cuts: list[int] = []
    for found in _SUB_MARKED.finditer(text):
        if chinese_numeral(found.group(1)) == len(cuts) + 1:
            cuts.append(found.start())
    if len(cuts) < 2:
        return [text]
    return [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if b > a]


_ITEM_MARKED = re.compile(r"(?:(?<=\s)|^)(?:(\d{1,2})[.．、]|[(（](\d{1,2})[)）])(?=[\u4e00-\u9fff])")


def _items(text: str) -> list[str]:
    """A part's text cut before its "1.… 2.…" or "（1）…（2）…" items (each a paragraph of the document: an
    indicator's result), numbered one after another from 1, two of them at least (or one in a "（三）…" part of a
    section); an item's "①…" indicators after its level ("1.数量指标 ①某指标：…") each a paragraph too."""
    if "1" not in text:
        return [text]
    cuts: list[int] = []
    for found in _ITEM_MARKED.finditer(text):
        if int(found.group(1) or found.group(2)) == len(cuts) + 1:
            cuts.append(found.start())
    if len(cuts) < (1 if _SUB_MARKED.match(text) else 2):
        return [text]
    items = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if b > a]
    return [part for item in items for part in _CIRCLED.split(item)]


_CIRCLED = re.compile(r"\s+(?=[①-⑳][\u4e00-\u9fff])")  # "1.数量指标 ①某指标：…": the level, then its indicators
