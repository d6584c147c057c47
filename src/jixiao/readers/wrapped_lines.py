"""Hard-wrapped text re-joined: page numbers and running headers dropped, a line joined to the one before it when
that one is as long as the text's wrapped lines and ends mid-sentence, or when its sentence runs on (a blank line
of a text spaced a blank line a paragraph ends one)."""

from __future__ import annotations

import re
from collections import Counter

from jixiao.lexicon import is_page_furniture, pattern
from jixiao.readers.document import Block, Paragraph
from jixiao.readers.prose_wraps import ITEM, LABEL, prose_continues
from jixiao.readers.textnorm import HAN
from jixiao.readers.textnorm import display_width as _width

_LINE_AT = re.compile(r"^第(\d+)行$")


def spaced_lines(text: str) -> set[int] | None:
    """The numbers (from 1) of the blank lines of a text written a blank line after most of its lines (a post
    copied from a phone, an editor's "paragraph spacing"), where a blank line ends a paragraph; else None."""
    lines = text.split("\n")
    filled = sum(1 for line in lines if line.strip())
    blank = {n for n, line in enumerate(lines, 1) if not line.strip()}
    after = sum(1 for n in blank if n > 1 and lines[n - 2].strip())
    return blank if filled >= 8 and after * 5 >= filled * 3 else None


def _blank_between(spaced: set[int] | None, before: Block, after: Block) -> bool:
    """A blank line of a spaced text between two paragraphs' lines."""
    if not spaced or not isinstance(before, Paragraph) or not isinstance(after, Paragraph):
        return False
    first, second = _LINE_AT.match(before.location), _LINE_AT.match(after.location)
    return bool(first and second and any(n in spaced for n in range(int(first.group(1)) + 1, int(second.group(1)))))


PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
# a form's label one cell a line, its amount's unit last ("计划投资额" / "(万元)" / "320"): the number under it is
# the label's value, never a page number
_AWAITS_FIGURE = re.compile(r"\(\s*(?:亿元|万元|元)\s*\)\s*$")

_FUND_LEVEL_CELL = pattern("fund_rows.level_cell")
_PAGE_NUMBER_ENDS = "-—–－页"  # how a stripped line that PAGE_NUMBER matches ends, when not on a digit


def _awaits_figure(line: str) -> bool:
    """A cell whose figure the next line holds: a money label ending on its unit, or a level of government's fund
    row ("中央财政" / "0" / "省财政" / "570", a viewer's form one cell a line)."""
    return _AWAITS_FIGURE.search(line) is not None or _FUND_LEVEL_CELL.match(line.strip()) is not None


_SITE_PAGER = pattern("site_pager")
# a page's number no cell can be: dashed ("- 3 -") or in words ("第 2 页 共 3 页"), never a bare figure or "3/12"
_PAGE_MARK = re.compile(r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[/,，]?\s*共\s*\d{1,3}\s*页)?)\s*$")


def is_page_mark(line: str) -> bool:
    """A line that is only a page's number in a form no table cell takes (``_PAGE_MARK``), or a site's pager
    (lexicon ``site_pager``): furniture wherever it stands, inside a table copied across a page break too."""
    last = line.rstrip()[-1:]
    if last and last in _PAGE_NUMBER_ENDS and _PAGE_MARK.match(line) is not None:
        return True
    return "页" in line and _SITE_PAGER.match(line) is not None  # "上一页 1 2 3 下一页": a site's pager


# a table going on over a page break, said on a line of its own: "续表", "（续表）", "(续上表)", "续表2", "（续表一）"
_CONTINUED_MARK = re.compile(r"^\s*[(（]?续(?:上)?表\s*[\d一二三四五六七八九十]{0,2}[)）]?\s*$")


def is_continued_mark(line: str) -> bool:
    """A line that only says the table above goes on (``_CONTINUED_MARK``): furniture like a page's number, which
    the flattened-table readers would otherwise take for a cell of the next row ("（续表）效益指标")."""
    return "续" in line and _CONTINUED_MARK.match(line) is not None


def is_page_number(line: str) -> bool:
    """A stripped line that is only a page number ("- 3 -", "第2页，共5页", "3/12"): PAGE_NUMBER, tried only on a
    line ending as every page number does (most lines end otherwise, and the test costs less than the match)."""
    last = line[-1:]
    return bool(last) and (last.isdecimal() or last in _PAGE_NUMBER_ENDS) and PAGE_NUMBER.match(line) is not None
_SENTENCE_END = "。！？；：:!?;」”）)|"  # a line ending in a cell rule "|" is a row of cells, not a wrapped sentence


def rejoin_wrapped(blocks: list[Block], spaced: set[int] | None = None) -> list[Block]:
    """Undo hard wrapping: drop page numbers and the running header after them, and join a line to
    the previous one when that one is as long as the text's wrapped lines and ends mid-sentence (never
    across a blank line of a text spaced a blank line a paragraph: ``spaced``)."""
    from jixiao.readers.extract.numbering_markers import split_marker
    from jixiao.readers.textnorm import match_text

    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    texts = [p.text for p in paragraphs]
    repeats = Counter(texts)
    out: list[Block] = []
    dropped_page = False
    for block in blocks:
        if isinstance(block, Paragraph) and is_page_number(match_text(block.text).strip()) \
                and not (out and isinstance(out[-1], Paragraph) and _awaits_figure(match_text(out[-1].text))):
            dropped_page = True
            continue
        if (isinstance(block, Paragraph) and dropped_page and repeats[block.text] >= 2) or (
                isinstance(block, Paragraph) and dropped_page and block.text == "".join(texts[:2])):
            dropped_page = False
            continue
        dropped_page = False
        out.append(block)
    # (each text once: a document site's title printed again and again is no width the text was wrapped at; label
    # lines "实施单位：…" of about one length are a form's head, no width either)
    candidates = list(dict.fromkeys(p.text for p in out if isinstance(p, Paragraph) and len(p.text) >= 15
                                    and p.text[-1:] not in _SENTENCE_END
                                    and split_marker(match_text(p.text))[0] is None
                                    and not (("：" in p.text or ":" in p.text)
                                             and _LABEL_START.match(match_text(p.text)))))
    # wrapped by display width (copied from a PDF) or by a count of characters (a fixed-width editor)
    measure = next((m for m in (_width, len) if _clustered([m(t) for t in candidates])), None)
    cut = _cut_sentences(out)  # a sentence cut at a line's end, found line by line
    if measure is None and not any(cut):
        return out  # no wrapped lines: titles and "项目名称：…" labels of unrelated lengths stay apart
    if measure is None:
        measure, wrap, slack = len, 1 << 30, 0  # (no width: only the cut sentences are joined)
    else:
        lengths = sorted(measure(t) for t in candidates)
        wrap = lengths[len(lengths) // 2]
        slack = 6 if measure is _width else 3
    joined: list[Block] = []
    parts: list[str] = []  # the lines joined into the last paragraph, concatenated once at the end
    size = 0  # measure of the last paragraph so far (both measures add up over joined lines)

    def close() -> None:
        last = joined[-1] if joined else None
        if len(parts) > 1 and isinstance(last, Paragraph):
            joined[-1] = Paragraph("".join(parts), last.location, None, last.list_level)

    # a spaced text's line short of its longest lines ended its paragraph at the blank line after it (a double-spaced
    # copy of a hard-wrapped text runs its wrapped lines to the longest's width)
    longest = max((measure(b.text) for b in out if isinstance(b, Paragraph)), default=0) if spaced else 0
    last_line: Block | None = None  # the last line joined so far
    for position, block in enumerate(out):
        previous = joined[-1] if joined else None
        if isinstance(last_line, Paragraph) and measure(last_line.text) < longest - max(slack, 3) * 2 \
                and _blank_between(spaced, last_line, block):
            close()
            joined.append(block)
            parts = [block.text] if isinstance(block, Paragraph) else []
            size = measure(block.text) if isinstance(block, Paragraph) else 0
            last_line = block
            continue
        last_line = block
        if position and cut[position - 1] and isinstance(previous, Paragraph) and isinstance(block, Paragraph):
            parts.append(block.text)
            size += measure(block.text)
            continue
        if (isinstance(block, Paragraph) and isinstance(previous, Paragraph) and block.list_level is None
                and block.heading_level is None
                and previous.heading_level is None and size >= max(2 * slack, wrap - slack)
                and block.text != parts[-1]  # a title printed twice (the page's and the document's) is no wrap
                and parts[-1][-1:] not in _SENTENCE_END and HAN.search(parts[-1]) is not None
                and split_marker(match_text(block.text))[0] is None
                and not _LABEL_START.match(match_text(block.text)) and not _LEVEL_LED.match(match_text(block.text))
                and not _CAPTION_LINE.match(match_text(block.text))
                and not _REPORT_TITLE_LINE.match(match_text(block.text))
                and not is_page_furniture(match_text(parts[-1]))
                and not _REPORT_TITLE_LINE.match(match_text(parts[-1]))
                and not _CLOCK_END.search(parts[-1])):
            parts.append(block.text)
            size += measure(block.text)
            continue
        close()
        joined.append(block)
        parts = [block.text] if isinstance(block, Paragraph) else []
        size = measure(block.text) if isinstance(block, Paragraph) else 0
    close()
    return joined


def _cut_sentences(blocks: list[Block]) -> list[bool]:
    """For each block, whether it is a line of prose whose sentence goes on on the next line."""
    from jixiao.readers.extract.numbering_markers import split_marker
    from jixiao.readers.textnorm import match_text

    texts = [b.text if isinstance(b, Paragraph) and b.heading_level is None else "" for b in blocks]

    def opens(index: int) -> int:  # a heading, a bullet, a numbered item or a report's title; a label
        block = blocks[index]
        if not isinstance(block, Paragraph) or block.heading_level is not None or block.list_level is not None:
            return ITEM
        norm = match_text(block.text)
        if split_marker(norm)[0] is not None or _REPORT_TITLE_LINE.match(norm) is not None \
                or _LEVEL_LED.match(norm) is not None or _CAPTION_LINE.match(norm) is not None:
            return ITEM
        return LABEL if _LABEL_START.match(norm) is not None else 0

    return prose_continues(texts, opens)


# "打印时间：2024-03-29 15:42:08", "2024-03-27 09:12": a stamp ending on the clock time, a whole line (an OA system's
# print head, an approval record), never a sentence wrapped at the text's width
_CLOCK_END = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?$")


# "项目名称：…" (also letter-spaced: "预 算 编 码：") starts a line of its own
# "某县2020年第一批某某工程绩效自评报告" on a line of its own: a report's title, never the end of a wrapped
# line (nor is a breadcrumb, "首页 >> … >> 正文", ever wrapped onto the line after it)
_REPORT_TITLE_LINE = re.compile(r"^[^,;:。]{0,40}(?:19|20)\d{2}\s*年度?[^,;:。]{0,30}?"
                                r"(?:绩效自评|绩效评价|自评)(?:报告|表)$")
# "【产出指标 · 数量指标】" alone on a line: a caption, never a wrapped sentence's end
_CAPTION_LINE = re.compile(r"^【[^【】]{1,30}】$")
_LEVEL_LED = re.compile(r"^[\u4e00-\u9fff]{2,10}指标\s*(?:——|—|--|–|[|｜])")  # "社会效益指标｜名称：…": an item
# "实际值：…", and "【实际完成值】…" (a card's field under a label in 【】): a label opens the line
_LABEL_START = re.compile(r"^(?:(?:[\u4e00-\u9fff()（）]\s*){2,10}:|【[\u4e00-\u9fff()（）]{2,16}】\S)")
# a line with no Chinese character (a document's metadata row: "admin 2024zx17 1 2025-03-10T08:21:05Z … 12.00
# False") is no wrapped line of a Chinese text: the title after it starts a line of its own


def _clustered(lengths: list[int]) -> bool:
    """At least three lines, and half of them, within 3 of the median length."""
    if len(lengths) < 3:
        return False
    wrap = sorted(lengths)[len(lengths) // 2]
    near = sum(1 for n in lengths if abs(n - wrap) <= 3)
    return near >= 3 and near * 2 >= len(lengths)

