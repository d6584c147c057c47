"""PDF reports → :class:`Document` with pdfplumber: text lines re-joined into paragraphs, page
headers/footers and page numbers removed, ruled tables read as tables."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits.pdf import check_streams
from jixiao.readers.document import Document, Table
from jixiao.readers.page_layout import Line as _Line
from jixiao.readers.page_layout import assemble as _assemble
from jixiao.readers.page_layout import drop_running_lines
from jixiao.readers.page_layout import join_split_row as _join_split_row
from jixiao.readers.pdf_borderless import borderless_tables, cell_text
from jixiao.readers.pdf_columns import set_columns, split_at_gutter
from jixiao.readers.pdf_grids import split_fused_grids
from jixiao.readers.pdf_note_marks import is_note_mark, without_note_marks
from jixiao.readers.pdf_rotated import upright_cells
from jixiao.readers.pdf_two_up import two_up_middle
from jixiao.readers.textnorm import clean_line, squeeze_cjk_spaces

__all__ = ["_Line", "_assemble", "_join_split_row", "read_pdf_document"]  # the line assembly lives in page_layout


Page = tuple[list[_Line], list[tuple[float, Table]]]


def read_pdf_document(path: Path) -> Document:
    try:
        read, scanned = _read_pages(path)
    except InputError:
        raise
    except Exception as exc:
        if _encrypted(exc):
            raise InputError(f"{path}：PDF 已加密，请先解除密码保护后重试") from None
        raise InputError(f"{path}：PDF 文件已损坏，无法读取（{type(exc).__name__}）") from None
    if scanned:
        _read_scanned(path, read, scanned)
    pages = [page for page in read if page is not None]
    lines = drop_running_lines([ln for page_lines, _ in pages for ln in page_lines], len(pages))
    if not lines and not any(tables for _, tables in pages):
        if scanned:
            raise InputError(f"{path}：PDF 的扫描页中没有识别出文字，请提供清晰的扫描件、文字版 PDF 或 Word 文件")
        raise InputError(f"{path}：PDF 中没有可提取的文字（可能是扫描件或图片），请提供文字版 PDF 或 Word 文件")
    lines, borderless = borderless_tables(lines, {i: ln.cells for i, ln in enumerate(lines) if ln.cells})
    for page_number, top, table in borderless:  # a table printed without rules, read from its cells' gaps
        page = read[page_number - 1]
        if page is not None:
            page[1].append((top, table))
    blocks = _assemble(lines, pages)
    ruled = sum(1 for page_lines, _ in pages if page_lines and page_lines[0].ruled_skipped)
    warnings = [f"有 {ruled} 页画有表格线，超过逐页识别表格的上限 {limits.current().table_pages} 页，"
                "这些页按文字读取"] if ruled else []
    return Document(str(path), blocks, warnings)


def _read_scanned(path: Path, pages: list[Page | None], scanned: list[tuple[int, int]]) -> None:
    """Pages that are only a picture (a scan) are read by OCR, in their place (``scanned``: (place among the pages
    read, the sheet's number)) among the text pages."""
    from jixiao.ocr import PageSource, scanned_pages
    from jixiao.ocr.sources import check_page_count

    check_page_count(path, len(scanned))
    sources = [PageSource(str(path), number - 1, "pdf") for _, number in scanned]
    for (place, _), page in zip(scanned, scanned_pages(path, sources), strict=True):
        pages[place] = page


_RULED_PATHS = 4  # a page drawing this many paths may hold a ruled table: read it with pdfplumber


def _read_pages(path: Path) -> tuple[list[Page | None], list[tuple[int, int]]]:
    """Text lines with PDFium (fast); pages with drawn rules, and each half of a sheet holding two pages side by
    side, again with pdfplumber; the pages that are a scanned picture (left None, for OCR) as (place, sheet)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    check_streams(limits.read_bytes(path), str(path))  # a content stream inflating to gigabytes: before PDFium
    document = pdfium.PdfDocument(str(path))
    try:
        limits.check("pages", len(document), str(path))
        pages: list[Page | None] = []
        ruled: list[tuple[int, int, float | None, float | None]] = []  # place, sheet, the part's left and right
        scanned: list[tuple[int, int]] = []
        chars = 0
        for number, page in enumerate(document, start=1):
            limits.check("page_objects", pdfium_c.FPDFPage_CountObjects(page.raw), str(path),
                         subject=f"第 {number} 页")
            objects = list(page.get_objects())
            has_rules = sum(1 for obj in objects if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH) >= _RULED_PATHS
            middle = two_up_middle(page)
            if _is_scan(page, objects):
                scanned.append((len(pages), number))
                pages.append(None)
            elif middle is not None and len(ruled) < limits.current().table_pages:  # each half a page of its own
                ruled.extend([(len(pages), number, 0.0, middle), (len(pages) + 1, number, middle, None)])
                pages.extend([None, None])
            elif has_rules and len(ruled) < limits.current().table_pages:  # pdfplumber: ~60 ms a page
                ruled.append((len(pages), number, None, None))
                pages.append(None)
            else:
                lines = _pdfium_lines(page, len(pages) + 1)
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
            for place, number, left, right in ruled:
                sheet = pdf.pages[number - 1]
                if left is not None:
                    sheet = sheet.crop((left, 0, right if right is not None else sheet.width, sheet.height))
                pages[place] = _read_page(sheet, place + 1)
    return pages, scanned


_SCAN_COVER = 0.4  # share of the page an image must cover for a text-less page to be a scan
_SCAN_CHARS = 20  # a scanned page may carry a few characters of its own (a stamp, a page number)


def _is_scan(page: Any, objects: list[Any]) -> bool:
    """A page that is mostly one picture and has (almost) no text layer: it is read by OCR."""
    import pypdfium2.raw as pdfium_c

    images = [obj for obj in objects if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    if not images:
        return False
    width, height = page.get_size()
    covered = 0.0
    for image in images:
        left, bottom, right, top = image.get_bounds()
        covered = max(covered, max(0.0, right - left) * max(0.0, top - bottom))
    if covered < _SCAN_COVER * width * height:
        return False
    text = page.get_textpage().get_text_range()
    return sum(1 for ch in text if not ch.isspace()) < _SCAN_CHARS


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
        ordered = without_marks(ordered, chars)  # "1280.00¹万元": a raised note mark is not a digit of the figure
        raw = "".join(ch for _, _, ch in ordered)
        text = clean_line(squeeze_cjk_spaces(raw))
        if not text or not boxes:
            continue
        top = height - max(box[3] for box in boxes)
        bottom = height - min(box[1] for box in boxes)
        apart = cell_text([(chars[i][0][0], chars[i][0][2], chars[i][0][1], chars[i][0][3], ch)
                           for _, i, ch in ordered if not ch.isspace()])
        out.append(_Line(text, min(box[0] for box in boxes), max(box[2] for box in boxes), top, top / height,
                         bottom - top, number, len(out) + 1,
                         cells=apart))
    set_columns(out, page.get_size()[0])  # type: ignore[attr-defined]
    return out


def without_marks(ordered: list[tuple[float, int, str]],
                   chars: list[tuple[tuple[float, float, float, float], str]]) -> list[tuple[float, int, str]]:
    """A line's characters without the note marks set after its figures (PDFium's boxes: left, bottom, right,
    top, the y axis upwards; a box's height stands for its character's size)."""
    out: list[tuple[float, int, str]] = []
    before: tuple[tuple[float, float, float, float], str] | None = None
    for item in ordered:
        box, ch = chars[item[1]]
        if ch.isspace():
            out.append(item)
            continue
        if before is not None and ch.isdigit():
            (left, bottom, _, top), (b_box, b_ch) = box, before
            if is_note_mark(ch, top - bottom, bottom - b_box[1], left - b_box[2], b_ch, b_box[3] - b_box[1]):
                continue
        before = (box, ch)
        out.append(item)
    return out


def _encrypted(exc: BaseException) -> bool:
    seen: list[BaseException] = [exc, *(a for a in exc.args if isinstance(a, BaseException))]
    if exc.__cause__ is not None:
        seen.append(exc.__cause__)
    return any("Password" in type(e).__name__ or "Encrypt" in type(e).__name__ or "password" in str(e).lower()
               for e in seen)


def _read_page(page: Any, number: int) -> tuple[list[_Line], list[tuple[float, Table]]]:
    tables: list[tuple[float, Table]] = []
    page = without_note_marks(page)  # "1280.00¹": a raised note mark is not a digit of the figure
    found = page.find_tables() if (page.lines or page.rects) else []
    boxes = [t.bbox for t in found]
    for t in found:
        across = merged_across(t)
        # (two stacked tables found as one grid: each apart; sideways header cells read along their direction)
        for at, part in split_fused_grids(upright_cells(page, t, t.extract())):
            rows = table_rows(part, {(r - at, c) for r, c in across})
            if rows:
                top = t.rows[at].bbox[1] if at < len(t.rows) else t.bbox[1]
                tables.append((top, Table(rows, f"第{number}页表")))
    text_page = page.filter(lambda obj: not _inside(obj, boxes)) if boxes else page
    out: list[_Line] = []
    pieces: list[list[_Line]] = []
    for i, item in enumerate(text_page.extract_text_lines(keep_blank_chars=False), start=1):
        text = clean_line(squeeze_cjk_spaces(item["text"]))
        if text:
            out.append(_Line(text, item["x0"], item["x1"], item["top"], item["top"] / float(page.height),
                             item["bottom"] - item["top"], number, i))
            pieces.append(_runs(item["chars"], out[-1], float(page.height)) if tables else [out[-1]])
    if tables:  # two text columns above the page's table: each column's lines in turn
        out = split_at_gutter(out, pieces, float(page.width), min(top for top, _ in tables))
    return out, tables


def _runs(chars: list[dict[str, Any]], line: _Line, height: float) -> list[_Line]:
    """A pdfplumber line's runs of characters apart by more than a character's width (two text columns' lines at
    one height are one line to pdfplumber), each a line; the line itself when it is one run."""
    runs: list[list[dict[str, Any]]] = []
    for char in sorted((c for c in chars if not c["text"].isspace()), key=lambda c: c["x0"]):
        if runs and char["x0"] - runs[-1][-1]["x1"] <= char["size"]:
            runs[-1].append(char)
        else:
            runs.append([char])
    if len(runs) < 2:
        return [line]
    out = []
    for run in runs:
        text = clean_line(squeeze_cjk_spaces("".join(c["text"] for c in run)))
        top = min(c["top"] for c in run)
        out.append(_Line(text, run[0]["x0"], max(c["x1"] for c in run), top, top / height,
                         max(c["bottom"] for c in run) - top, line.page, line.number))
    return out


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    if obj.get("object_type") != "char":
        return False
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


def merged_across(table: Any) -> set[tuple[int, int]]:
    """(row, column) of each grid place a cell to its left covers (a cell merged across columns: "预算执行 |
    年初预算数…，执行率97.59%" over a row of four cells), by the cells' boxes."""
    lefts: dict[int, float] = {}
    for row in table.rows:
        for c, box in enumerate(row.cells):
            if box is not None:
                lefts[c] = min(lefts.get(c, box[0]), box[0])
    out: set[tuple[int, int]] = set()
    for r, row in enumerate(table.rows):
        for c, box in enumerate(row.cells):
            left = next((b for b in reversed(row.cells[:c]) if b is not None), None)
            if box is None and left is not None and c in lefts and left[2] > lefts[c] + 1:
                out.add((r, c))
    return out


def table_rows(raw: list[list[str | None]], across: AbstractSet[tuple[int, int]] = frozenset()) -> list[list[str]]:
    rows: list[list[str]] = []
    for r, raw_row in enumerate(raw):
        row: list[str] = []
        for c, cell in enumerate(raw_row):
            if cell is None and (r, c) in across and c > 0:  # a cell merged across columns: its text repeated
                text = row[c - 1]
            elif cell is None:  # covered by a merged cell: vertical merges are the common case
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
