"""Lines, numbering markers and heading levels of a document.

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

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.numbers import chinese_numeral
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.section_keys import TEXT_KEYS, section_key
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.textnorm import match_text

_CN = "一二三四五六七八九十"
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"^第\s*([{_CN}\d]+)\s*(?:部分|章|节)\s*[、.:]?\s*")),
    ("item", re.compile(rf"^指标\s*([{_CN}\d]{{1,3}})\s*[:、.]\s*")),
    ("cn", re.compile(rf"^([{_CN}]{{1,3}})\s*[、.]\s*")),
    ("pcn", re.compile(rf"^\(\s*([{_CN}]{{1,3}})\s*\)\s*[、.]?\s*")),
    # an outline's dotted numbers, the last part the item's ("1.2.1 名称", "1.2 数量指标": a space or a mark after a
    # number of one dot, so "2.5万元" stays a figure and "2.1项目立项" is left to _digit_led_names)
    ("dot3", re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{1,2})(?![\d.])\s*[、.]?\s*(?=[\u4e00-\u9fff])")),
    ("dot2", re.compile(r"^\d{1,2}\.(\d{1,2})(?![\d.])(?:\s+|、\s*)(?=[\u4e00-\u9fff])")),
    ("num", re.compile(r"^(\d{1,2})\s*(?:、|\.(?!\d))\s*")),
    ("num", re.compile(r"^([⒈-⒛])\s*")),  # "⒈ 产出指标。": "1." in one character
    ("pnum", re.compile(r"^\(\s*(\d{1,2})\s*\)\s*[、.]?\s*")),
    ("rnum", re.compile(r"^(\d{1,2})\)\s*")),
    ("circ", re.compile(r"^([①-⑳])\s*")),
    # "（Ⅰ）产出指标" / "Ⅱ、效益指标": a Roman numeral in one character (Ⅰ–Ⅻ, ⅰ–ⅻ), a kind of its own
    ("proman", re.compile(r"^\(\s*([Ⅰ-Ⅻⅰ-ⅻ])\s*\)\s*[、.]?\s*")),
    ("roman", re.compile(r"^([Ⅰ-Ⅻⅰ-ⅻ])\s*[、.]\s*")),
]
_SENTENCE_END = re.compile(r"[。;!?]")
# (each alternative opens on a literal, so a search skips to those characters; 目录 alone is matched apart)
_TOC = re.compile(r"PAGEREF|_Toc\d+|\.[.…·]{3,}\s*\d+$|…[.…·]{3,}\s*\d+$|·[.…·]{3,}\s*\d+$")
_TOC_TITLE = re.compile(r"目\s*录$")


def _is_contents_line(norm: str) -> bool:
    """A line of a table of contents (``_TOC``): a field code of Word's, or leaders and a page number closing the
    line. Searched only when the line holds the code or ends in a figure (most lines end otherwise)."""
    return ("PAGEREF" in norm or "_Toc" in norm or norm.rstrip("\n")[-1:].isdecimal()) and _TOC.search(norm) is not None


HEADING_MAX = 36
_HEAD_WITH_WEIGHT = re.compile(
    r"^[^,:;。]{1,30}[,:;]\s*(?:分值|权重|满分|标准分)\s*(?:为|是|:)?\s*\d+(?:\.\d+)?\s*(?:分|%)\s*[。.]?$"
)

# "（一）投入（15分），扣0.5分，得14.5分。": a level's block weight, then its deduction and score (a block heading
# of the 2013 framework scored in prose); the tail after the weight is what a level's title never holds
# (matched from the first of the spaces before its comma: a long run of spaces is crossed once, not from each)
SCORED_LEVEL_TAIL = re.compile(r"(?<!\s)\s*[,;]\s*(?:(?:扣(?:除)?\s*\d+(?:\.\d+)?\s*分|不扣分)\s*[,;]\s*)?"
                               r"(?:自评得?|得)(?:分)?\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*。?$")  # ("，自评10分。")
_WEIGHT_KEY = r"(?:分值|权重|满分)?\s*"  # "（分值10分）" as "（10分）"
_SCORED_LEVEL = re.compile(r"^([^,:;。()]{1,10})\(\s*" + _WEIGHT_KEY + r"(\d+(?:\.\d+)?)\s*分\s*\)(?="
                           + SCORED_LEVEL_TAIL.pattern + ")")
_ITEM_WEIGHT = re.compile(r"^[^,:;。()]{2,30}\(\s*" + _WEIGHT_KEY + r"(\d+(?:\.\d+)?)\s*分\s*\)")
# "（一）预算执行情况（20分）": a numbered title and its weight alone, no score (a block heading when its items' weights
# add up to it)
# "（2）预算编制合理性（4分 ：…" / "（二）资金到位（5分 到位率…": an item's weight bracket never closed (the space the
# page left where its ")" was, followed by no ")" before the next "(" or the line's end)
_OPEN_WEIGHT = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分(\s)(?=[^()]*(?:\(|$))")
_OPEN_WEIGHT_REACH = 40  # the bracket follows an item's name at the line's start


def close_weight(norm: str) -> str:
    """``norm`` with an unclosed item weight "(4分 " closed in place of its space (same length)."""
    found = _OPEN_WEIGHT.search(norm)
    if found is None or found.start() > _OPEN_WEIGHT_REACH:
        return norm
    return norm[:found.start(1)] + ")" + norm[found.end(1):]


_WEIGHTED_TITLE = re.compile(r"^([^,:;。()\d]{2,16})\(\s*(\d+(?:\.\d+)?)\s*分\s*\)\s*。?$")


# "产出指标（分值40分，得分39分）" / "效益指标（权重30%，自评得分28.5分）" / "产出指标（共45分，得43分）": a level's
# name, its points and its score
BLOCK_HEAD = re.compile(
    r"^\s*([\u4e00-\u9fff]{2,10}?)\s*\(\s*(?:(?:分值|权重|满分|标准分)\s*(?:为|是|:)?|共|计)?\s*(\d+(?:\.\d+)?)\s*(?:分|%)?\s*"
    r"[,;、]\s*(?:自评|实际)?(?:得分|评分|得)\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分?\s*\)\s*[。.:,;]?\s*"
)


def is_block_heading(rest: str) -> bool:
    """"产出指标（分值40分，得分39分）" alone on its line: a 一级 block's heading."""
    found = BLOCK_HEAD.match(rest) if "(" in rest[:16] else None
    return found is not None and found.end() == len(rest) and bool(lexicon_pattern("levels.level1").match(
        found.group(1)))


def is_scored_level(rest: str) -> bool:
    """"投入（15分），扣0.5分，得14.5分。": a level (投入 / 产出指标 …) with its weight and score, a heading."""
    found = _SCORED_LEVEL.match(rest)
    return found is not None and any(lexicon_pattern(f"levels.{kind}").match(found.group(1).strip())
                                     for kind in ("level1", "level2"))


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


_ANY_MARKER = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _MARKERS))  # one test for most lines


def split_marker(norm: str) -> tuple[str | None, int | None, int]:
    found = _ANY_MARKER.match(norm)
    if found is None:
        return None, None, 0
    # the alternative that matched is the first marker that does, and its one group tells which (group k + 1 is
    # marker k's): its numeral read from it, the markers after it tried only when that is no numeral
    first = (found.lastindex or 1) - 1
    try:
        return _MARKERS[first][0], chinese_numeral(found.group(first + 1)), found.end()
    except ValueError:
        pass
    for kind, pattern in _MARKERS[first + 1:]:
        match = pattern.match(norm)
        if match:
            try:
                number = chinese_numeral(match.group(1))
            except ValueError:
                continue
            return kind, number, match.end()
    return None, None, 0


# "2.65岁以上老年人健康管理率" / "2.110接处警数量": item 2 whose name starts with digits, unless
# the number is a decimal ("2.5万元") or a sub-heading number ("2.1项目立项" under "2.过程").
_DIGIT_LED = re.compile(r"^(\d{1,2})\.(\d{1,5})(?![万亿元倍分个%‰米吨亩]|公里|平方)(?=[\u4e00-\u9fff])")


_NAME_THEN_WEIGHT = re.compile(r"^[^,。;]{2,30}\(\s*(?:分值|权重|满分|标准分)?\s*[:为]?\s*\d")


def _titled(rest: str) -> bool:
    """A numbered title: short and not a sentence, or a name with its weight ("（15分）", "，权重15分")."""
    short = len(rest) <= HEADING_MAX and not re.search(r"[,。;!?]", rest.rstrip("。"))
    return short or bool(_HEAD_WITH_WEIGHT.match(rest) or _NAME_THEN_WEIGHT.match(rest))


def _digit_led_names(lines: list[Line]) -> None:
    """Give "N.<digits>名称" lines the marker N when their neighbours in the numbered list say so: a title when
    the previous item is N−1 or the next is N+1, any line when both are, and no "N.M±1" sibling makes it a
    sub-heading."""
    found = {i: _DIGIT_LED.match(line.norm) for i, line in enumerate(lines) if line.marker_kind is None}
    candidates = {i: m for i, m in found.items() if m is not None}
    if not candidates:
        return
    subs = {(int(m.group(1)), int(m.group(2))) for m in candidates.values()}
    numbered = [i for i, line in enumerate(lines) if line.marker_kind == "num" or i in candidates]

    def number(i: int) -> int:
        match = candidates.get(i)
        return int(match.group(1)) if match else lines[i].number or 0

    for k, i in enumerate(numbered):
        match = candidates.get(i)
        if match is None:
            continue
        n, m = int(match.group(1)), int(match.group(2))
        if (n, m - 1) in subs or (n, m + 1) in subs:
            continue
        before = number(numbered[k - 1]) if k > 0 else None
        after = number(numbered[k + 1]) if k + 1 < len(numbered) else None
        # a title needs one neighbour to agree; a sentence item ("2.65岁及以上…：年度目标…，得10分。") both, the
        # list's own numbering deciding (alone, "1.5万元…" is a figure)
        between = before == n - 1 and after == n + 1
        titled = (before == n - 1 or after == n + 1) and _titled(lines[i].norm[match.start(2):])
        if before == n or not (between or titled):
            continue
        line = lines[i]
        line.set_marker("num", n, match.start(2))


_SPACED_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[\u4e00-\u9fff])")


def _outline_tops(lines: list[Line]) -> None:
    """"1 产出指标（50分）" right over "1.1 预算执行": a number and a space open the top item of a dotted outline when
    the next line's dotted number starts with it (alone, "6 目标明确性(6分)" may be a score run onto the next name)."""
    for k, line in enumerate(lines[:-1]):
        if line.marker_kind is None and line.norm[:1].isdigit() and (top := _SPACED_NUMBER.match(line.norm)):
            below = lines[k + 1]
            if below.marker_kind in ("dot2", "dot3") and below.norm.startswith(top.group(1) + "."):
                line.set_marker("num", int(top.group(1)), top.end())


def after_parts_word(norm: str, start: int) -> bool:
    """Whether 其中 stands before ``start`` in its sentence: what follows is a part of a whole stated before it
    ("自评得分93.5分，其中满意度得分23.5分", "…共计500万元，其中财政拨款预算320万元")."""
    return norm.find("其中", sentence_start(norm, start), start) >= 0


def build_outline(document: Document, is_section_title: object = None) -> Outline:
    """Split markers off every paragraph and give headings their levels."""
    lines: list[Line] = []
    tables: list[tuple[int, Table]] = []
    for index, block in enumerate(document.blocks):
        if isinstance(block, Table):
            tables.append((index, block))
            lines.extend(_table_text_lines(index, block))
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
    _digit_led_names(lines)
    _outline_tops(lines)
    for position, line in enumerate(lines):
        line.position = position
        line.is_heading = _looks_like_heading(line, is_section_title)
    _named_by_the_next(lines)
    _scored_blocks(lines)
    _assign_levels(lines)
    return Outline(lines, tables, source=document.source)


# "该指标分值10分，…" opening a paragraph: it speaks of the indicator the line above names
_OF_THE_ONE_ABOVE = re.compile(r"^(?:该指标|该项指标|本指标|此项指标)")
_DEEPEST = 6  # (markdown's ###### level)
# "图书借阅人次（30分）" alone on its line over "…，得30分。": an indicator's heading with its weight
_WEIGHTED_NAME = re.compile(r"^[^,，。；;:：()（）]{2,16}[(（]\d{1,2}(?:\.\d+)?分[)）]$")
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
        if not _OF_THE_ONE_ABOVE.match(below.norm) and not (
                _WEIGHTED_NAME.match(line.rest_norm.strip()) and STATED_SCORE.search(below.norm)):
            continue
        rest = line.rest_norm.strip()
        if 2 <= len(rest) <= 20 and not _SENTENCE_END.search(rest) and not re.search(r"[,:;，：；]", rest):
            line.is_heading = True
            line.md_level = _DEEPEST


def _table_text_lines(index: int, table: Table) -> list[Line]:
    """Text that sits in a table: a title row spanning the table (one value across the row), and
    rows holding a label and a passage ("评价结论 | 项目自评总分…") or a list of bodies, read as a titled section."""
    out: list[Line] = []
    furniture = _flow_rows(table.rows)
    for r, row in enumerate(table.rows[furniture:], start=furniture):
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        titled = len(row) > 1 or re.search(r"\d{4}\s*年度|报告|自评表", values[0] if values else "")
        if len(values) == 1 and r - furniture <= 1 and titled and (
                re.search(r"[\u4e00-\u9fff]{4}", values[0]) or _YEAR_CAPTION.match(values[0])) \
                and not _level_row(values):  # "一、产出指标" under the header: the rows' level, no title
            norm = match_text(values[0])
            out.append(Line(index, values[0], norm, table.cell_location(r, 0)))
        elif len(values) == 2 and len(values[0]) <= 12 and ((len(values[1]) >= 8 and (
                re.search("[。，]", values[1]) or ("、" in values[1] and _BODIES_LABEL.search(values[0]))))
                or _text_section_row(values)):
            if r > 0 and _GOAL_ROW.match(match_text(values[0]).replace(" ", "")) \
                    and any("实际" in cell for cell in table.rows[r - 1]):
                continue  # under "预期目标 | 实际完成情况": the goal and its actual (the table's reader parts them)
            text = f"{values[0]}：{values[1]}"
            line = Line(index, text, match_text(text), table.cell_location(r, 1), md_level=1)
            out.append(line)
    return out


def _text_section_row(values: list[str]) -> bool:
    """"存在的问题 | 部分路段养护质量不稳" / "改进措施 | 加快建立巡查制度": a form's closing label of a text section
    (the flat reader pairs such a heading on its own line with the line under it) beside words of its own, however
    short and unpunctuated: the section's text; not beside another label (a list's header "存在问题 | 整改措施")."""
    key, text = (match_text(value).replace(" ", "") for value in values)
    return _FORM_END.match(key) is not None and section_key(key) in TEXT_KEYS \
        and re.search(r"[\u4e00-\u9fff]{4}", text) is not None and _FORM_END.match(text) is None \
        and not (len(text) <= _LABEL_MAX and section_key(text) is not None)  # (a 整改 list's "存在问题 | 整改措施")


def _level_row(values: list[str]) -> bool:
    from jixiao.readers.extract.tables import level_row  # (the table readers import this module)

    return level_row(values) is not None


def _flow_rows(rows: list[list[str]]) -> int:
    """How many rows above the form of an OA export are its furniture ("流程名称：…" over "流水号：… | 发起人：… |
    打印时间：…"): the first rows whose every cell is a label and its value, one of them holding several (a lone
    "单位名称：某局" over the form is none); not its title rows."""
    count, several = 0, False
    for row in rows[:_FLOW_ROWS]:
        values = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
        if not values or not all(_FLOW_CELL.match(v) for v in values):
            break
        count, several = count + 1, several or len(values) > 1
    return count if several else 0


_FLOW_ROWS = 3
# "内设机构 | 办公室、某股、某股（3个）": a label cell over a list of the unit's bodies, read as the sentence it
# stands for
_BODIES_LABEL = re.compile(r"内设|下设|下属|所属|直属|二级单位")
_GOAL_ROW = lexicon_pattern("goal_row")  # a goal row's label (年度总体目标 …)
_FORM_END = lexicon_pattern("form_end")  # a form's closing labels (存在问题, 改进措施, 自评结论 …)
_LABEL_MAX = 6  # a label's length at most, beside another ("存在问题 | 整改措施": a list's header, no text)
_YEAR_CAPTION = re.compile(r"^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$")  # "（2023年度）" under a form's title
_FLOW_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")


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
    if _HEAD_WITH_WEIGHT.match(rest) or is_scored_level(rest) or is_block_heading(rest):
        return True  # "2、药品耗材采购成本降低率，权重15分" is a heading whatever the name's length
    head = rest.split(":", 1)[0]
    if re.search(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)|\((?:分值|权重)", head):
        return False  # "5、消防安全隐患整改率（15分）：…" is an indicator, not a section
    return bool(callable(is_section_title) and len(head) <= 16 and is_section_title(head))


def _scored_blocks(lines: list[Line]) -> None:
    """"（一）部门决策（20分），扣1分，得19分。" or "（一）预算执行情况（20分）" over numbered items "1.名称（10分）：…"
    whose weights add up to its 20 is a block heading whatever its name: the items' sum says so (a level word says so
    alone: is_scored_level). The text's last block may hold less, two items at least: the page was cut inside it."""
    for position, line in enumerate(lines):
        if not line.marker_kind or "分" not in line.norm:
            continue
        found = _SCORED_LEVEL.match(line.rest_norm) or (  # "（一）某某（分值10分），自评10分。" too
            None if "得" in line.norm else _WEIGHTED_TITLE.match(line.rest_norm))
        if found is None:
            continue
        total, items, cut = 0.0, 0, True
        for below in lines[position + 1:]:
            if below.marker_kind == line.marker_kind:
                cut = False
                break
            item = _ITEM_WEIGHT.match(below.rest_norm) if below.marker_kind else None
            if item is None and below.is_heading:
                cut = False
                break
            if item is not None:
                total, items = total + float(item.group(1)), items + 1
        # (the text's last block, two items at least, may fall short: a page cut inside it)
        if items and (abs(total - float(found.group(2))) < 0.001
                      or (cut and items >= 2 and total < float(found.group(2)))):
            line.is_heading = line.scored_block = True


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
