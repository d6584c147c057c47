"""PDF reports → :class:`Document` with pdfplumber: text lines re-joined into paragraphs, page
headers/footers and page numbers removed, ruled tables read as tables."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.pdf import check_streams
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.outline import split_marker
from jixiao.readers.textnorm import clean_line, match_text, squeeze_cjk_spaces

_PAGE_NUMBER = re.compile(
    r"^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$|^(Page|页)\s*\d+"
)
_EDGE = 0.09  # top/bottom share of a page where running headers and footers sit


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    rel: float  # top as a share of the page height
    height: float
    page: int
    number: int
    ruled_skipped: bool = False  # the page draws rules but was read as text (past ``table_pages``)


def read_pdf_document(path: Path) -> Document:
    try:
        pages = _read_pages(path)
    except InputError:
        raise
    except Exception as exc:
        if _encrypted(exc):
            raise InputError(f"{path}：PDF 已加密，请先解除密码保护后重试") from None
        raise InputError(f"{path}：PDF 文件已损坏，无法读取（{type(exc).__name__}）") from None
    lines = _drop_running_lines([ln for page_lines, _ in pages for ln in page_lines], len(pages))
    if not lines and not any(tables for _, tables in pages):
        raise InputError(f"{path}：PDF 中没有可提取的文字（可能是扫描件或图片），请提供文字版 PDF 或 Word 文件")
    blocks = _assemble(lines, pages)
    ruled = sum(1 for page_lines, _ in pages if page_lines and page_lines[0].ruled_skipped)
    warnings = [f"有 {ruled} 页画有表格线，超过逐页识别表格的上限 {limits.current().table_pages} 页，"
                "这些页按文字读取"] if ruled else []
    return Document(str(path), blocks, warnings)


_RULED_PATHS = 4  # a page drawing this many paths may hold a ruled table: read it with pdfplumber


def _read_pages(path: Path) -> list[tuple[list[_Line], list[tuple[float, Table]]]]:
    """Text lines with PDFium (fast); pages with drawn rules again with pdfplumber for their tables."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    check_streams(limits.read_bytes(path), str(path))  # a content stream inflating to gigabytes: before PDFium
    document = pdfium.PdfDocument(str(path))
    try:
        limits.check("pages", len(document), str(path))
        pages: list[tuple[list[_Line], list[tuple[float, Table]]] | None] = []
        ruled: list[int] = []
        chars = 0
        for number, page in enumerate(document, start=1):
            limits.check("page_objects", pdfium_c.FPDFPage_CountObjects(page.raw), str(path),
                         subject=f"第 {number} 页")
            drawn = (obj for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH)
            has_rules = sum(1 for _ in islice(drawn, _RULED_PATHS)) >= _RULED_PATHS
            if has_rules and len(ruled) < limits.current().table_pages:  # pdfplumber: ~60 ms a page
                ruled.append(number)
                pages.append(None)
            else:
                lines = _pdfium_lines(page, number)
                if has_rules and lines:
                    lines[0].ruled_skipped = True
                chars += sum(len(line.text) for line in lines)
                limits.check("text_chars", chars, str(path))
                pages.append((lines, []))
    finally:
        document.close()
    if ruled:
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            for number in ruled:
                pages[number - 1] = _read_page(pdf.pages[number - 1], number)
    return [page for page in pages if page is not None]


def _pdfium_lines(page: object, number: int) -> list[_Line]:
    """Lines as PDFium breaks them (its text carries CR LF between lines; indexes match char boxes)."""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    _, height = page.get_size()  # type: ignore[attr-defined]
    full = textpage.get_text_range()
    out: list[_Line] = []
    start = 0
    for raw in full.split("\r\n"):
        end = start + len(raw)
        chars = [(textpage.get_charbox(i), full[i]) for i in range(start, end)]
        start = end + 2
        boxes = [box for box, ch in chars if not ch.isspace()]
        # Content-stream order is not reading order (LibreOffice draws quote marks apart): sort by x.
        ordered = sorted(((box[0], i, ch) for i, (box, ch) in enumerate(chars) if not ch.isspace() or box[2] > box[0]))
        raw = "".join(ch for _, _, ch in ordered)
        text = clean_line(squeeze_cjk_spaces(raw))
        if not text or not boxes:
            continue
        top = height - max(box[3] for box in boxes)
        bottom = height - min(box[1] for box in boxes)
        out.append(_Line(text, min(box[0] for box in boxes), max(box[2] for box in boxes), top, top / height,
                         bottom - top, number, len(out) + 1))
    return out


def _encrypted(exc: BaseException) -> bool:
    seen: list[BaseException] = [exc, *(a for a in exc.args if isinstance(a, BaseException))]
    if exc.__cause__ is not None:
        seen.append(exc.__cause__)
    return any("Password" in type(e).__name__ or "Encrypt" in type(e).__name__ or "password" in str(e).lower()
               for e in seen)


def _read_page(page: Any, number: int) -> tuple[list[_Line], list[tuple[float, Table]]]:
    tables: list[tuple[float, Table]] = []
    found = page.find_tables() if (page.lines or page.rects) else []
    boxes = [t.bbox for t in found]
    for t in found:
        rows = _table_rows(t.extract())
        if rows:
            tables.append((t.bbox[1], Table(rows, f"第{number}页表")))
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    out: list[_Line] = []
    for i, item in enumerate(text_page.extract_text_lines(keep_blank_chars=False), start=1):
        text = clean_line(squeeze_cjk_spaces(item["text"]))
        if text:
            out.append(_Line(text, item["x0"], item["x1"], item["top"], item["top"] / float(page.height),
                             item["bottom"] - item["top"], number, i))
    return out, tables


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    if obj.get("object_type") != "char":
        return False
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


def _table_rows(raw: list[list[str | None]]) -> list[list[str]]:
    rows: list[list[str]] = []
    for _r, raw_row in enumerate(raw):
        row: list[str] = []
        for c, cell in enumerate(raw_row):
            if cell is None:  # covered by a merged cell: vertical merges are the common case
                if rows and c < len(rows[-1]):
                    text = rows[-1][c]
                elif c > 0:
                    text = row[c - 1]
                else:
                    text = ""
            else:
                text = clean_line(squeeze_cjk_spaces(cell.replace("\n", "")))
            row.append(text)
        if any(row):
            rows.append(row)
    return rows


def _drop_running_lines(lines: list[_Line], pages: int) -> list[_Line]:
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    at_edges = Counter(key(ln) for ln in lines if ln.rel < _EDGE or ln.rel > 1 - _EDGE)
    out = []
    for line in lines:
        if _PAGE_NUMBER.match(match_text(line.text).strip()):
            continue
        if pages > 1 and (line.rel < _EDGE or line.rel > 1 - _EDGE) and at_edges[key(line)] >= 2:
            continue
        out.append(line)
    return out


def _assemble(lines: list[_Line], pages: list[tuple[list[_Line], list[tuple[float, Table]]]]) -> list[Block]:
    left, right = _margins(lines)
    items: list[tuple[int, float, object]] = [(ln.page, ln.top, ln) for ln in lines]
    table_count = 0
    for page_number, (_, tables) in enumerate(pages, start=1):
        for top, table in tables:
            items.append((page_number, top, table))
    items.sort(key=lambda it: (it[0], it[1]))
    blocks: list[Block] = []
    current: list[_Line] = []

    def flush() -> None:
        if current:
            first = current[0]
            blocks.append(Paragraph("".join(ln.text for ln in current), f"第{first.page}页第{first.number}行"))
            current.clear()

    for _, _, item in items:
        if isinstance(item, Table):
            flush()
            previous = blocks[-1] if blocks else None
            if isinstance(previous, Table) and _same_width(previous, item):  # a table running over a page break
                blocks[-1] = Table(_join_split_row(previous.rows, item.rows), previous.name)
                continue
            table_count += 1
            blocks.append(Table(item.rows, f"表{table_count}"))
            continue
        assert isinstance(item, _Line)
        if current and _continues(current[-1], item, left.get(item.page, 0.0), right.get(current[-1].page, 0.0)):
            current.append(item)
            continue
        flush()
        current.append(item)
    flush()
    return blocks


def _margins(lines: list[_Line]) -> tuple[dict[int, float], dict[int, float]]:
    """Left and right text edges per page; a page of short lines (the last one) takes the usual
    edges, a wider page (a landscape table appendix) keeps its own."""
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for line in lines:
        lefts[line.page] = min(lefts.get(line.page, line.x0), line.x0)
        rights[line.page] = max(rights.get(line.page, line.x1), line.x1)
    if not rights:
        return lefts, rights
    usual_left = sorted(lefts.values())[len(lefts) // 2]
    usual_right = sorted(rights.values())[len(rights) // 2]
    return ({page: min(value, usual_left) for page, value in lefts.items()},
            {page: max(value, usual_right) for page, value in rights.items()})


_NUMERIC = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")


def _join_split_row(rows: list[list[str]], more: list[list[str]]) -> list[list[str]]:
    """A row broken by the page break goes on as the next page's first row: that one lacks the
    numbers (weight, score) its first part has, holds no number of its own (a 合计 row does) and
    has text only where the first part has text."""
    last, first = rows[-1], more[0]
    split = any(_NUMERIC.match(match_text(a)) and not b for a, b in zip(last, first, strict=False)) and all(
        a or not b for a, b in zip(last, first, strict=False)) and not any(
        _NUMERIC.match(match_text(b)) for b in first)
    if not split:
        return rows + more
    joined = [a + b if b != a else a for a, b in zip(last, first, strict=False)]
    return [*rows[:-1], joined, *more[1:]]


def _same_width(a: Table, b: Table) -> bool:
    return bool(a.rows and b.rows) and len(a.rows[-1]) == len(b.rows[0])


def _continues(previous: _Line, line: _Line, left: float, right: float) -> bool:
    """A line continues the previous one when its first word would not have fitted at the end of
    the previous one, it is not indented, and it does not start a numbered heading."""
    char = max(previous.height, 6.0)
    full = previous.x1 + _first_word_width(line.text, char) >= right - 0.5 * char
    # a line ending mid-sentence close to the right edge was wrapped too (the line-breaker's
    # rules for Latin runs, digits and punctuation vary; widths of glyphs are only estimated)
    nearly_full = previous.x1 >= right - 3 * char and not _ENDS_SENTENCE.search(previous.text)
    indented = line.x0 > left + 0.8 * char
    if not (full or nearly_full) or indented:
        return False
    kind, _, _ = split_marker(match_text(line.text))
    return kind is None or line.text[:1] in _CLOSING


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
