"""Lines and heading levels of a document (the numbering markers are :mod:`.numbering_markers`', the headings
stating a weight :mod:`.weighted_headings`', a table's text lines :mod:`.table_text_lines`').

Heading levels are inferred the way a reader does: each numbering style (一、 / (一) / 1. / (1) /
① / 第一部分 / Markdown #) takes the next level the first time it is used for a heading.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import add

from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.look_around import found_between
from jixiao.readers.extract.numbering_markers import HEADING_MAX, digit_led_names, outline_tops, split_marker
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.extract.table_text_lines import table_text_lines
from jixiao.readers.extract.weighted_headings import (
    HEAD_WITH_WEIGHT,
    close_weight,
    is_block_heading,
    is_scored_level,
    scored_blocks,
)
from jixiao.readers.textnorm import match_text

_SENTENCE_END = re.compile(r"[。;!?]")
_CLAUSE_MARK = re.compile(r"[,:;，：；]")
_WEIGHT_BRACKET = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)|\((?:分值|权重)")  # "（15分）", "（分值…" after a name
# (each alternative opens on a literal or a leader's character, so a search skips to those characters; 目录 alone is
# matched apart). Leaders are read from the first of their run only (no leader's character before it) and taken
# whole: a run opening later in it ends where that one does, so the line is one either way, and a line of dots not
# closed by a page number is walked once, not once from each dot.
_TOC = re.compile(r"PAGEREF|_Toc\d+|[.…·](?<![.…·][.…·])[.…·]{3,}+\s*\d+$")
_TOC_TITLE = re.compile(r"目\s*录$")


def _is_contents_line(norm: str) -> bool:
    """A line of a table of contents (``_TOC``): a field code of Word's, or leaders and a page number closing the
    line. Searched only when the line holds the code or ends in a figure (most lines end otherwise)."""
    return ("PAGEREF" in norm or "_Toc" in norm or norm.rstrip("\n")[-1:].isdecimal()) and _TOC.search(norm) is not None


@dataclass(slots=True)  # (made by the dozen and read all the time: slots are quicker)
class Line:
    """A paragraph with its numbering marker split off and, if it is a heading, its level."""

    index: int  # position among the document's blocks
    text: str  # original text
    norm: str  # match_text(text), same length
    location: str
    marker_kind: str | None = None
    number: int | None = None
    body_start: int = 0  # where the text after the marker starts
    is_heading: bool = False
    level: int = 0  # 0 for body lines
    md_level: int | None = None
    position: int = 0  # position among the outline's lines
    list_level: int | None = None  # a Markdown bullet's indentation
    scored_block: bool = False  # "（一）部门决策（20分），得19分。" over items whose weights add up to its 20
    # ``norm`` after the marker: cut once (passes ask for it hundreds of times a document); kept in step with
    # ``body_start`` by :meth:`set_marker`, the one place a marker is set after the line is made
    rest_norm: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        self.rest_norm = self.norm[self.body_start:]

    def set_marker(self, kind: str | None, number: int | None, body_start: int) -> None:
        self.marker_kind, self.number, self.body_start = kind, number, body_start
        self.rest_norm = self.norm[body_start:]

    @property
    def rest(self) -> str:
        return self.text[self.body_start:]


@dataclass
class Outline:
    lines: list[Line]
    tables: list[tuple[int, Table]]  # (block index, table)
    scored: dict[int, bool] = field(default_factory=dict)  # is_scored_item, by line index (computed once)
    source: str = ""  # the document's file, for messages
    _bodies: dict[int, tuple[Line, list[Line]]] = field(default_factory=dict, repr=False)  # section_body, by position
    # the parts' sections (:mod:`.part_sections`), each its heading's name, lines and tables: asked twice a parse
    part_spans: list[tuple[str, list[int], list[int]]] | None = field(default=None, repr=False)

    def section_body(self, heading: Line, stop_at: set[int] | None = None) -> list[Line]:
        """Lines after ``heading`` up to the next heading of the same or a higher level (a new list each call: several
        passes ask for the same heading's, found once)."""
        if stop_at:
            return self._section_body(heading, stop_at)
        found = self._bodies.get(heading.position)
        if found is None or found[0] is not heading:
            found = self._bodies[heading.position] = (heading, self._section_body(heading, None))
        return list(found[1])

    def _section_body(self, heading: Line, stop_at: set[int] | None) -> list[Line]:
        out: list[Line] = []
        lines = self.lines
        appendix_ends = heading.level <= 2  # an appendix (附件 / 附表) ends the text of a top section
        for position in range(heading.position + 1, len(lines)):  # no slice: a copy per heading is quadratic
            line = lines[position]
            if line.is_heading and line.level <= heading.level:
                break
            if stop_at and line.index in stop_at:
                break
            if appendix_ends and line.norm.startswith(_APPENDIX):
                break
            out.append(line)
        return out

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        """Every line's ``norm``, one a line, and where each starts in that text (line k after the k breaks and
        the lengths of the lines before it)."""
        norms = [line.norm for line in self.lines]
        return "\n".join(norms), [0, *map(add, accumulate(map(len, norms)), range(1, len(norms) + 1))]

    def lines_with(self, words: re.Pattern[str]) -> list[Line]:
        """The lines in which ``words`` is found, in order, by searches of the whole text rather than one a line,
        each from the start of the line after the last one found (a pattern of words: it must never match a line
        break nor look at a line's start or end)."""
        text, starts = self._joined
        found: list[Line] = []
        at = 0
        while (match := words.search(text, at)) is not None:
            index = bisect_right(starts, match.start()) - 1
            found.append(self.lines[index])
            if index + 1 >= len(self.lines):
                break
            at = starts[index + 1]
        return found

    @property
    def text(self) -> str:
        """Every line's ``norm``, one a line (made once): for a quick test of the whole text."""
        return self._joined[0]


_APPENDIX = ("附件", "附表")


def after_parts_word(norm: str, start: int) -> bool:
    """Whether 其中 stands before ``start`` in its sentence: what follows is a part of a whole stated before it
    ("自评得分93.5分，其中满意度得分23.5分", "…共计500万元，其中财政拨款预算320万元")."""
    return found_between(PARTS_WORD, norm, sentence_start(norm, start), start)  # (其中's places found once a line)


PARTS_WORD = re.compile("其中")


def build_outline(document: Document, is_section_title: object = None) -> Outline:
    """Split markers off every paragraph and give headings their levels."""
    lines: list[Line] = []
    tables: list[tuple[int, Table]] = []
    for index, block in enumerate(document.blocks):
        if isinstance(block, Table):
            tables.append((index, block))
            lines.extend(Line(index, text, match_text(text), location, md_level=md_level)
                         for text, location, md_level in table_text_lines(block))
            continue
        assert isinstance(block, Paragraph)
        norm = match_text(block.text)
        if "分 " in norm:
            norm = close_weight(norm)
        if _is_contents_line(norm) or (norm[:1] == "目" and _TOC_TITLE.match(norm)):
            continue  # a table of contents repeats the headings
        kind, number, start = split_marker(norm)
        line = Line(index, block.text, norm, block.location, kind, number, start, md_level=block.heading_level,
                    list_level=block.list_level)
        lines.append(line)
    digit_led_names(lines)
    outline_tops(lines)
    for position, line in enumerate(lines):
        line.position = position
        line.is_heading = _looks_like_heading(line, is_section_title)
    _named_by_the_next(lines)
    scored_blocks(lines)
    _assign_levels(lines)
    return Outline(lines, tables, source=document.source)


# "该指标分值10分，…" opening a paragraph: it speaks of the indicator the line above names
_OF_THE_ONE_ABOVE = re.compile(r"^(?:该指标|该项指标|本指标|此项指标)")
_DEEPEST = 6  # (markdown's ###### level)
# "图书借阅人次（30分）" alone on its line over "…，得30分。": an indicator's heading with its weight
_WEIGHTED_NAME = re.compile(r"^[^,，。；;:：()（）]{2,16}[(（]\d{1,2}(?:\.\d+)?分[)）]$")


def _weighted_name(rest: str) -> bool:
    """``rest`` (stripped: no line break after it) is a name and its weight, "图书借阅人次（30分）" (the closing
    "分)" tested first: most lines end otherwise)."""
    return rest.endswith(("分)", "分）")) and _WEIGHTED_NAME.match(rest) is not None


# a score stated in words, "得S分" (scored_paragraphs counts a line's)
STATED_SCORE = re.compile(r"得\s*\d{1,3}(?:\.\d+)?\s*分")


def _named_by_the_next(lines: list[Line]) -> None:
    """A short line of no marker ("预算执行率") right before a paragraph that opens on "该指标…", or a name with its
    weight ("图书借阅人次（30分）") right before a paragraph stating a score ("…，得30分。"), is that indicator's
    heading (a Word heading whose style a copy of its text lost, "服务对象满意度" too, though it reads as a section's
    title): a heading of the deepest level markup has, below the report's sections."""
    for line, below in itertools.pairwise(lines):
        if line.marker_kind or line.md_level is not None:
            continue
        if not ("指标" in below.norm[:5] and _OF_THE_ONE_ABOVE.match(below.norm)) and not (
                _weighted_name(line.rest_norm.strip()) and STATED_SCORE.search(below.norm)):
            continue
        rest = line.rest_norm.strip()
        if 2 <= len(rest) <= 20 and not _SENTENCE_END.search(rest) and not _CLAUSE_MARK.search(rest):
            line.is_heading = True
            line.md_level = _DEEPEST


def _looks_like_heading(line: Line, is_section_title: object) -> bool:
    rest = line.rest_norm.strip()
    if line.marker_kind is None:
        if line.md_level is not None:
            return True
        return bool(callable(is_section_title) and len(rest) <= 16 and is_section_title(rest)
                    and not _SENTENCE_END.search(rest))
    if not rest:
        return False
    short = len(rest) <= HEADING_MAX and not _SENTENCE_END.search(rest.rstrip("。"))
    if short and (len(rest) <= 15 or "," not in rest):
        return True
    # "3. 人员编制情况：全镇现有…" — a known section title followed by its text on the same line.
    if HEAD_WITH_WEIGHT.match(rest) or is_scored_level(rest) or is_block_heading(rest):
        return True  # "2、药品耗材采购成本降低率，权重15分" is a heading whatever the name's length
    head = rest.split(":", 1)[0]
    if _WEIGHT_BRACKET.search(head):
        return False  # "5、消防安全隐患整改率（15分）：…" is an indicator, not a section
    return bool(callable(is_section_title) and len(head) <= 16 and is_section_title(head))


def _level_key(line: Line) -> str:
    return line.marker_kind or f"md{line.md_level}" if line.marker_kind or line.md_level else "plain"


def _assign_levels(lines: list[Line]) -> None:
    order: dict[str, int] = {}
    for line in lines:
        if line.is_heading:
            order.setdefault(_level_key(line), len(order) + 1)
    # markup's own depths keep their order whichever comes first: an indicator's heading of the deepest level
    # (_named_by_the_next) before a titled section a table row stands for ("自评结论 | 综合自评得分…", level 1)
    # stays below it, so that section is no part of the indicator's body
    marked = sorted((key for key in order if key.startswith("md")), key=lambda key: int(key[2:]))
    order.update(zip(marked, sorted(order[key] for key in marked), strict=True))
    for line in lines:
        if line.is_heading:
            line.level = order[_level_key(line)]
