"""Pages of positioned text lines and tables → paragraphs and tables in reading order.

Shared by the PDF reader (lines from the text layer) and OCR (lines recognised on a scanned page):
running headers and footers and page numbers are dropped, wrapped lines are joined into
paragraphs, and a table that runs over a page break is joined into one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from jixiao.lexicon import pattern
from jixiao.readers.document import Block, Paragraph, Table, scanned_location
from jixiao.readers.extract.numbering_markers import split_marker
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import match_text

PAGE_NUMBER = re.compile(
    r"^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$|^(Page|页)\s*\d+"
)
_ACROSS_PAGE = (0, 3)  # a line's column on a page of one column, or below a band of two (pdf_columns)
EDGE = 0.09  # top/bottom share of a page where running headers and footers sit


@dataclass
class Line:
    """One text line on a page, in page units (points for PDF text, pixels for a scan)."""

    text: str
    x0: float
    x1: float
    top: float
    rel: float  # top as a share of the page height
    height: float
    page: int
    number: int
    confidence: float | None = None  # OCR: the lowest confidence of its characters
    column: int = 0  # reading-order group on its page (0 for single-column pages)
    ruled_skipped: bool = False  # the page draws rules but was read as text (past ``table_pages``)
    cells: str | None = None  # the text with a tab between characters far apart (cells of a borderless table)


PageTables = list[tuple[float, Table]]  # each table with the top of its box on the page


def drop_running_lines(lines: list[Line], pages: int) -> list[Line]:
    """Without page numbers, and without lines repeated at the top or bottom edge of several pages: one
    copy a page and edge (the running head is printed once; a first page's title under a running head of
    the same words is the title)."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    at_edges = Counter(key(ln) for ln in lines if ln.rel < EDGE or ln.rel > 1 - EDGE)
    dropped: set[tuple[int, bool, str]] = set()  # (page, top edge, key) of each running line dropped
    out = []
    for line in lines:
        if PAGE_NUMBER.match(match_text(line.text).strip()):
            continue
        if pages > 1 and (line.rel < EDGE or line.rel > 1 - EDGE) and at_edges[key(line)] >= 2:
            place = (line.page, line.rel < EDGE, key(line))
            if place not in dropped:
                dropped.add(place)
                continue
        out.append(line)
    return out


def assemble(lines: list[Line], pages: list[tuple[list[Line], PageTables]]) -> list[Block]:
    """Blocks in reading order: ``lines`` (already without running lines) joined into paragraphs,
    with each page's tables at their place (``pages[i]`` is page i + 1's lines and tables)."""
    left, right = _margins(lines)
    items: list[tuple[int, int, float, Line | Table]] = [(ln.page, ln.column, ln.top, ln) for ln in lines]
    table_count = 0
    banded = {ln.page for ln in lines if ln.column == 3}  # pages with a band of two text columns (pdf_columns)
    for page_number, (_, tables) in enumerate(pages, start=1):
        columns = [ln.top for ln in lines if ln.page == page_number and ln.column in (1, 2)] \
            if tables and page_number in banded else []
        for top, table in tables:  # a table under a band of two text columns comes after them
            items.append((page_number, 3 if columns and top >= max(columns) else 0, top, table))
    items.sort(key=lambda it: (it[0], it[1], it[2]))
    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            first = current[0]
            scores = [ln.confidence for ln in current if ln.confidence is not None]
            confidence = min(scores) if scores else None
            where = scanned_location(f"第{first.page}页第{first.number}行", confidence)
            blocks.append(Paragraph("".join(ln.text for ln in current), where, confidence=confidence))
            current.clear()

    for _, _, _, item in items:
        if isinstance(item, Table):
            flush()
            previous = blocks[-1] if blocks else None
            if isinstance(previous, Table) and _same_width(previous, item):  # a table running over a page break
                blocks[-1] = _join_tables(previous, item)
                continue
            table_count += 1
            blocks.append(replace(item, name=f"表{table_count}"))
            continue
        key = (item.page, item.column)
        if current and _continues(current[-1], item, left.get(key, 0.0),
                                  right.get((current[-1].page, current[-1].column), 0.0)):
            current.append(item)
            continue
        flush()
        current.append(item)
    flush()
    return blocks


def _margins(lines: list[Line]) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
    """Left and right text edges per page and column; a page of short lines (the last one) takes
    the usual edges, a wider page (a landscape table appendix) keeps its own."""
    lefts: dict[tuple[int, int], float] = {}
    rights: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        lefts[key] = min(lefts.get(key, line.x0), line.x0)
        rights[key] = max(rights.get(key, line.x1), line.x1)
    single = [key for key in rights if key[1] in _ACROSS_PAGE]
    if not single:
        return lefts, rights
    usual_left = sorted(lefts[key] for key in single)[len(single) // 2]
    usual_right = sorted(rights[key] for key in single)[len(single) // 2]
    return ({key: min(value, usual_left) if key[1] in _ACROSS_PAGE else value for key, value in lefts.items()},
            {key: max(value, usual_right) if key[1] in _ACROSS_PAGE else value for key, value in rights.items()})


_NUMERIC = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")


def join_split_row(rows: list[list[str]], more: list[list[str]]) -> list[list[str]]:
    """A row broken by the page break goes on as the next page's first row: that one lacks the
    numbers (weight, score) its first part has, holds no number of its own (a 合计 row does) and
    has text only where the first part has text."""
    if not _split_row(rows, more):
        return _join_split_levels(rows, more)
    last, first = rows[-1], more[0]
    joined = [a + b if b != a else a for a, b in zip(last, first, strict=False)]
    after = [list(row) for row in more[1:]]
    for c, (piece, whole) in enumerate(zip(first, joined, strict=False)):
        if piece and piece != whole:  # a merged cell under the split one copied its piece ("标"): the whole word
            for row in after:
                if c >= len(row) or row[c] != piece:
                    break
                row[c] = whole
    return [*rows[:-1], joined, *after]


def _join_split_levels(rows: list[list[str]], more: list[list[str]]) -> list[list[str]]:
    """Whole rows on both pages, but a merged level cell over the break printed its name in two pieces ("产出指" at
    the foot of one page, "标" at the head of the next): where the two pieces join into a level's name and neither is
    one, every row of both pieces gets the whole name."""
    if not rows or not more:
        return rows + more
    rows, more = [list(r) for r in rows], [list(r) for r in more]
    for c, (head, tail) in enumerate(zip(rows[-1], more[0], strict=False)):
        whole = head + tail
        if not head or not tail or head == tail or not _is_level(whole) or _is_level(head) or _is_level(tail):
            continue
        for part, piece in ((reversed(rows), head), (more, tail)):
            for row in part:
                if c >= len(row) or row[c] != piece:
                    break
                row[c] = whole
    return rows + more


def _is_level(text: str) -> bool:
    word = match_text(text).strip()
    return bool(pattern("levels.level1").match(word) or pattern("levels.level2").match(word))


def _split_row(rows: list[list[str]], more: list[list[str]]) -> bool:
    last, first = rows[-1], more[0]
    return any(_NUMERIC.match(match_text(a)) and not b for a, b in zip(last, first, strict=False)) and all(
        a or not b for a, b in zip(last, first, strict=False)) and not any(
        _NUMERIC.match(match_text(b)) for b in first)


def _join_tables(a: Table, b: Table) -> Table:
    if len(b.rows) > 1 and a.rows and b.rows[0] == a.rows[0]:  # the header row repeated on the next page
        b = replace(b, rows=b.rows[1:], confidences=b.confidences[1:] if b.confidences else None)
    rows = join_split_row(a.rows, b.rows)
    if a.confidences is None and b.confidences is None:
        return Table(rows, a.name)
    first = a.confidences or [[1.0] * len(r) for r in a.rows]
    more = b.confidences or [[1.0] * len(r) for r in b.rows]
    if len(rows) < len(a.rows) + len(b.rows):  # the split row was joined: its two parts' lower confidence
        joined = [min(x, y) for x, y in zip(first[-1], more[0], strict=False)]
        confidences = [*first[:-1], joined, *more[1:]]
    else:
        confidences = first + more
    return Table(rows, a.name, confidences=confidences)


def _same_width(a: Table, b: Table) -> bool:
    return bool(a.rows and b.rows) and len(a.rows[-1]) == len(b.rows[0])


def _continues(previous: Line, line: Line, left: float, right: float) -> bool:
    """A line continues the previous one when its first word would not have fitted at the end of
    the previous one, it is not indented, and it does not start a numbered heading."""
    char = max(previous.height, 6.0)
    full = previous.x1 + _first_word_width(line.text, char) >= right - 0.5 * char
    # a line ending mid-sentence close to the right edge was wrapped too (the line-breaker's
    # rules for Latin runs, digits and punctuation vary; widths of glyphs are only estimated)
    nearly_full = previous.x1 >= right - 3 * char and not _ENDS_SENTENCE.search(previous.text)
    indented = line.x0 > left + 0.8 * char
    if not (full or nearly_full) or indented or _opens_field(line.text):
        return False
    kind, _, _ = split_marker(match_text(line.text))
    return kind is None or line.text[:1] in _CLOSING


# "汇报单位：某局" under a title reaching the edge: a line opening on a form's label and its colon is a field of its own
_FIELD_HEAD = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,10})\s*[:：]")


def _opens_field(text: str) -> bool:
    head = _FIELD_HEAD.match(text) if "：" in text[:14] or ":" in text[:14] else None
    return head is not None and label_field(head.group(1)) not in (None, "none")


_ENDS_SENTENCE = re.compile(r"[。！？；：:;!?][”’」』）)]?$")


_LEADING_RUN = re.compile(r"^[A-Za-z0-9.,%+\-/:()０-９Ａ-Ｚａ-ｚ．％＋－／]+")
_OPENING = "“‘（《「『【(["
_CLOSING = "，。、；：？！）》」』”’%,.;:)％"


def _first_word_width(text: str, char: float) -> float:
    """Width of what a line-breaker keeps together at a line start: a run of Latin letters and
    digits (full-width ones count a whole character each), or one Chinese character, each with the
    closing punctuation that may not begin a line."""
    run = _LEADING_RUN.match(text)
    if run:
        end = run.end()
        closing = len(text[end:]) - len(text[end:].lstrip(_CLOSING))
        return sum(char if ord(ch) >= 0xFF00 else 0.6 * char for ch in run.group(0)) + char * closing
    count = 1
    while count < len(text):
        if text[count] in _CLOSING:
            count += 1
        elif text[count] in _OPENING:  # an opening mark may not end a line: it goes with what follows
            count += 2
        else:
            break
    return char * count
