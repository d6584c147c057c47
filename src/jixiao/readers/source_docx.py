"""Word (.docx) reports → :class:`Document`: body paragraphs and tables in order, merged cells resolved."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.limits.zips import check_container, xml_error
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.docx_embedded import Books, embedded_sheets, has_objects
from jixiao.readers.running_heads import RUNNING_HEAD, docx_running_head
from jixiao.readers.tab_stop_rows import MIN_TABS, tab_stop_tables
from jixiao.readers.textnorm import clean_line

WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.IGNORECASE)


def read_docx_document(path: Path) -> Document:
    if not zipfile.is_zipfile(path):
        raise InputError(f"{path}：不是有效的 Word（.docx）文件，文件可能已损坏或实为旧版 .doc")
    check_container(path, "Word")  # sizes, methods and members, counted while inflating, before python-docx
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        word = docx.Document(str(path))
    except etree.XMLSyntaxError as exc:
        raise xml_error(str(path), exc) from None
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}：Word 文件已损坏，无法打开（{type(exc).__name__}）") from None
    styles, numbered = style_maps(word)
    counters: dict[str, int] = {}
    blocks: list[Block] = []
    paragraphs = tables = 0
    tabbed: dict[int, str] = {}  # block index → its paragraph's text with the tabs kept
    has_boxes = next(word.element.body.iter(f"{WORD_NS}txbxContent"), None) is not None  # (most files: none at all)
    objects = has_objects(word.element.body)
    books = Books(str(path))
    warnings: list[str] = []
    for element in controlled(word.element.body, "p", "tbl"):
        if element.tag == f"{WORD_NS}p":
            paragraphs += 1
            boxed = has_boxes and next(element.iter(f"{WORD_NS}txbxContent"), None) is not None
            raw = paragraph_text(element, boxed, tab="\t")
            text = clean_line(raw.replace("\t", " "))
            list_id = numbering_id(element, numbered)
            if text and list_id is not None:  # Word's automatic numbering is not in the text
                counters[list_id] = counters.get(list_id, 0) + 1
                text = f"{counters[list_id]}. {text}"
            if text:
                if raw.count("\t") >= MIN_TABS and list_id is None:
                    tabbed[len(blocks)] = raw
                blocks.append(Paragraph(text, f"第{paragraphs}段", _heading_level(element, styles)))
            if boxed:  # a cover's facts, or a whole form, in a text box
                tables = _read_boxes(element, paragraphs, tables, blocks)
            if objects:  # a form pasted as an Excel object: its cells only in the embedded workbook
                blocks += embedded_sheets(element, word.part, paragraphs, warnings, books)
        elif element.tag == f"{WORD_NS}tbl":
            tables = _read_tables(element, tables, blocks)
    head = docx_running_head(word)
    return Document(str(path), tab_stop_tables(blocks, tabbed), warnings, {RUNNING_HEAD: head} if head else {})


def _read_tables(tbl: Any, tables: int, blocks: list[Block]) -> int:
    """A table and those nested in it onto ``blocks``; the count of tables read so far."""
    for inner in with_nested(tbl):
        tables += 1
        rows = _table_rows(inner)
        if rows:
            blocks.append(Table(rows, f"表{tables}"))
    return tables


def with_nested(tbl: Any) -> list[Any]:
    """A table, then each table nested in its cells (a form framed by a one-cell table that holds its title and
    signature lines), each read as a table of its own, in document order."""
    out = [tbl]
    for tr in controlled(tbl, "tr"):
        for tc in controlled(tr, "tc"):
            for inner in controlled(tc, "tbl"):
                out += with_nested(inner)
    return out


def controlled(parent: Any, *names: str) -> list[Any]:
    """The children ``w:name`` of an element, in order, including those a content control wraps (``w:sdt`` →
    ``w:sdtContent``: a template's fill-in block, a repeating-section row of a table, a cell)."""
    tags = {WORD_NS + name for name in names}
    out: list[Any] = []
    for child in parent.iterchildren():
        if child.tag in tags:
            out.append(child)
        elif child.tag == f"{WORD_NS}sdt":
            content = first_child(child, "sdtContent")
            if content is not None:
                out += controlled(content, *names)
    return out


_INSIDE_CONTROL = (f"{WORD_NS}p", f"{WORD_NS}tc")  # a control may wrap the run, its paragraph or its cell


def _placeholder(run: Any) -> bool:
    """A run of a content control still showing its prompt (``w:showingPlcHdr``: 单击或点击此处输入文字。), not text:
    a control around the run, around its paragraph or around its table cell."""
    content = run.getparent() if run is not None else None
    while content is not None and content.tag in _INSIDE_CONTROL:
        content = content.getparent()
    if content is None or content.tag != f"{WORD_NS}sdtContent":
        return False
    props = first_child(content.getparent(), "sdtPr")
    return props is not None and first_child(props, "showingPlcHdr") is not None


def first_child(element: Any, name: str) -> Any:
    """The first child ``w:name`` of an element, or None: ``element.find`` by an iterator, which skips
    lxml's path parser (a paragraph asks for several children, a template holds hundreds of styles)."""
    return next(element.iterchildren(WORD_NS + name), None)


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _read_boxes(p: Any, paragraph: int, tables: int, blocks: list[Block]) -> int:
    """The text boxes anchored in paragraph ``p`` onto ``blocks``, once: Word writes a box twice, as a drawing
    (``wps:txbx``) and as its VML fallback (``mc:Fallback`` → ``v:textbox``) — the fallback is left out. Each
    paragraph of a box is a line, each table in it (a form set in a floating box) a table; the count of tables read
    so far."""
    lines = 0
    for child in box_children(p):
        if child.tag == f"{WORD_NS}tbl":
            tables = _read_tables(child, tables, blocks)
        elif text := clean_line(paragraph_text(child)):
            lines += 1
            blocks.append(Paragraph(text, f"第{paragraph}段文本框第{lines}行"))
    return tables


def box_children(p: Any) -> list[Any]:
    """The paragraphs and tables of the text boxes anchored in paragraph ``p``, in order, each box once (its VML
    fallback left out, see :func:`_read_boxes`)."""
    boxes = [box for box in p.iter(f"{WORD_NS}txbxContent") if next(box.iterancestors(f"{_MC}Fallback"), None) is None]
    return [child for box in boxes for child in controlled(box, "p", "tbl")]


def paragraph_text(p: Any, boxed: bool = False, tab: str = " ") -> str:
    """The paragraph's text as it reads: tracked deletions and struck-through runs (the figures an author
    crossed out by hand before typing the new ones) are left out; comments live in another part; ``boxed``: the
    text boxes anchored in it are left out too (read apart, :func:`_box_lines`); a tab reads as ``tab``."""
    parts: list[str] = []
    for node in p.iter(f"{WORD_NS}t", f"{WORD_NS}tab", f"{WORD_NS}br", f"{WORD_NS}delText"):
        if boxed and next(node.iterancestors(f"{WORD_NS}txbxContent"), None) is not None:
            continue
        if node.tag == f"{WORD_NS}t":
            if not _struck(node.getparent()) and not _placeholder(node.getparent()):
                parts.append(node.text or "")
        elif node.tag == f"{WORD_NS}tab":
            parts.append(tab)
        elif node.tag == f"{WORD_NS}br":
            parts.append("\n")
    return "".join(parts).replace("\n", " ")


_OFF = frozenset({"0", "false", "off", "none"})


def _struck(run: Any) -> bool:
    """A run formatted single or double strike-through (``w:strike`` / ``w:dstrike`` not switched off)."""
    rpr = first_child(run, "rPr") if run is not None else None
    if rpr is None:
        return False
    for name in ("strike", "dstrike"):
        mark = first_child(rpr, name)
        if mark is not None and (mark.get(f"{WORD_NS}val") or "true").lower() not in _OFF:
            return True
    return False


_STYLE_TYPES = frozenset({"paragraph", "character", "table", "numbering"})
_NUMBERED_STYLE = re.compile(r"list number|列表编号|编号", re.IGNORECASE)


def style_maps(word: Any) -> tuple[dict[str, int], set[str]]:
    """Heading levels by style id, and the ids of numbered list styles (List Number, 列表编号), read in
    one pass over the styles part's XML: python-docx's style objects cost far more than the lookups, and
    a template holds hundreds of styles. A style python-docx refuses (no or an unknown type, a name
    without its value) is read through python-docx, which fails on it as it always has."""
    named: list[tuple[str | None, str | None]] = []
    for style in word.styles.element.iterchildren(f"{WORD_NS}style"):
        name_node = first_child(style, "name")
        name = name_node.get(f"{WORD_NS}val") if name_node is not None else None
        if style.get(f"{WORD_NS}type") not in _STYLE_TYPES or (name_node is not None and name is None):
            named = [(proxy.style_id, proxy.name) for proxy in word.styles]
            break
        named.append((style.get(f"{WORD_NS}styleId"), name))
    levels: dict[str, int] = {}
    numbered: set[str] = set()
    for style_id, name in named:
        if not style_id or not name:
            continue
        match = _HEADING_STYLE.search(name)
        if match:
            levels[style_id] = int(match.group(1))
        if _NUMBERED_STYLE.search(name):
            numbered.add(style_id)
    return levels, numbered


def numbering_id(p: Any, numbered: set[str]) -> str | None:
    ppr = first_child(p, "pPr")
    if ppr is None:
        return None
    num = first_child(ppr, "numPr")
    if num is not None:
        num_id = first_child(num, "numId")
        value = num_id.get(f"{WORD_NS}val", "") if num_id is not None else ""
        return None if value == "0" else f"num{value}"
    style = first_child(ppr, "pStyle")
    if style is not None and style.get(f"{WORD_NS}val", "") in numbered:
        return f"style{style.get(f'{WORD_NS}val')}"
    return None


def _heading_level(p: Any, styles: dict[str, int]) -> int | None:
    ppr = first_child(p, "pPr")
    if ppr is None:
        return None
    style = first_child(ppr, "pStyle")
    if style is not None:
        level = styles.get(style.get(f"{WORD_NS}val", ""))
        if level:
            return level
    outline = first_child(ppr, "outlineLvl")
    if outline is not None:
        try:
            value = int(outline.get(f"{WORD_NS}val", "9"))
        except ValueError:
            return None
        return value + 1 if value < 9 else None
    return None


def _table_rows(tbl: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in controlled(tbl, "tr"):
        row: list[str] = []
        for tc in controlled(tr, "tc"):
            tcpr = first_child(tc, "tcPr")
            span, vmerge = 1, None
            if tcpr is not None:
                grid = first_child(tcpr, "gridSpan")
                if grid is not None:
                    try:
                        span = max(1, int(grid.get(f"{WORD_NS}val", "1")))
                    except ValueError:
                        span = 1
                merge = first_child(tcpr, "vMerge")
                if merge is not None:
                    vmerge = merge.get(f"{WORD_NS}val", "continue")
            text = " ".join(clean_line(paragraph_text(p)) for p in controlled(tc, "p")).strip()
            col = len(row)
            if vmerge == "continue" and rows and col < len(rows[-1]):
                text = rows[-1][col]
            row.extend([text] * span)
        if any(cell for cell in row):
            rows.append(row)
    return rows
