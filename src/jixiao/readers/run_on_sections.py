"""A report run into one line (a whole document copied out of a viewer, its tables read off it): the section
headings inside what is left of the line ("… 二、自评结论 经自评… 四、存在问题及改进措施 设备…") are lines of their
own again, each followed by its text, so the sections are found as in the document; inside them, the numbered
results, the paragraphs (a full stop, then the space the viewer put for the break) and the headings closed by their
bracket are paragraphs again, so the results are read as in the document."""

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
    …) from one whose words name a report's section (自评结论, 存在问题…), two such names among them at least, or
    one when the markers run from 一、."""
    from jixiao.readers.extract.section_keys import is_section_title

    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Paragraph) or len(block.text) < _MIN_LENGTH or "、" not in block.text \
                or " " not in block.text:  # (a run-on report keeps the spaces between its paragraphs)
            out.append(block)
            continue
        text = block.text
        cuts: list[int] = []
        first = last = titled = 0
        for found in _MARKED.finditer(text):
            number, named = chinese_numeral(found.group(1)), is_section_title(found.group(2))
            if (cuts and number == last + 1) or (not cuts and named):
                cuts += [found.start(), found.end()]  # the heading a line of its own, its text the next
                first, last, titled = first or number, number, titled + named
        # (a named "一、" with "二、" after it is an outline too: "一、项目基本情况 … 二、项目执行情况 …")
        if titled < 2 and not (titled and first == 1 and last > 1):
            out.append(block)
            continue
        pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        out.extend(replace(block, text=paragraph) for piece in pieces for part in _sub_sections(piece)
                   for item in _items(part) for sentences in _SENTENCE_END.split(item)
                   for paragraph in _headed(sentences) if paragraph)
    return out


_SENTENCE_END = re.compile(r"(?<=。)\s+")  # a full stop, then a space: the viewer's paragraph break

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


# an item's marker, then its words ("1.某指标", "（1）某指标", "①某指标", "1. 【产出指标—数量指标】某指标";
# "3、65岁以上…", but "1.5万元" is no item)
_WORDS = r"\s?[\u4e00-\u9fff【\[]"
_ITEM_MARKED = re.compile(rf"(?:(?<=\s)|^)(?:(\d{{1,2}})(?:[.．](?={_WORDS})|、(?=\d|{_WORDS}))"
                          rf"|[(（](\d{{1,2}})[)）](?=\d|{_WORDS})|([①-⑳])(?=\d|{_WORDS}))")


def _items(text: str) -> list[str]:
    """A part's text cut before its "1.… 2.…", "（1）…（2）…" or "①…②…" items (each a paragraph of the document:
    an indicator's result), numbered one after another from 1, two of them at least (or one in a "（三）…" part of a
    section); an item's "①…" indicators after its level ("1.数量指标 ①某指标：…") each a paragraph too."""
    if "1" not in text and "①" not in text:
        return [text]
    cuts: list[int] = []
    style = 0  # the items' marker: 1.  （1）  ①  (the first one's; another kind numbers another level)
    for found in _ITEM_MARKED.finditer(text):
        kind = found.lastindex or 0
        marked = found.group(kind)
        if (ord(marked) - ord("①") + 1 if kind == 3 else int(marked)) == len(cuts) + 1 and style in (0, kind):
            cuts.append(found.start())
            style = kind
    if len(cuts) < (1 if _SUB_MARKED.match(text) else 2):
        return [text]
    items = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if b > a]
    return [part for item in items for part in _CIRCLED.split(item)]


_CIRCLED = re.compile(r"\s+(?=[①-⑳][\u4e00-\u9fff])")  # "1.数量指标 ①某指标：…": the level, then its indicators
# "①某指标（权重10分）" up to the space after its bracket; "（二）绩效评价结论", "⑥某指标" up to the space after
# their words
_HEADING = re.compile(rf"(?:[(（][{_NUMERALS}]{{1,2}}[)）]|[①-⑳])[^\s]{{2,24}}(?=\s)|[^\s]{{2,40}}?[)）](?=\s)")


def _headed(item: str) -> list[str]:
    """A paragraph's heading closed by its bracket before a space ("①某指标（权重10分） 目标值…",
    "（二）效益指标（分值40分） 社会效益指标：…"), or a numbered heading before one ("⑥某指标 年度目标…",
    "（二）绩效评价结论 本馆…": else its text runs on from the last result, and its total is read as that one's
    score), a paragraph of its own."""
    heading = _HEADING.match(item) if ")" in item[:42] or "）" in item[:42] or "①" <= item[:1] <= "⑳" else None
    return [heading.group(0), item[heading.end():].strip()] if heading is not None else [item]
