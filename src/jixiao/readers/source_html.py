"""Web pages saved from a government site (.html/.htm, .mhtml/.mht) → :class:`Document`.

The page is decoded (:mod:`html_page`), its furniture removed and its publication metadata taken
into ``Document.metadata`` (:mod:`html_furniture`); then the main content region is chosen (the
element that holds nearly all of the remaining text and every data table) and read in order:
paragraphs (headings and list items marked), and tables with merged cells repeated
(:mod:`html_table`). Tables used for page layout are read as flowing text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.table_columns import cell_role, money_role
from jixiao.readers.html_div_grid import div_grid_rows
from jixiao.readers.html_furniture import Measure, drop_furniture, measure, strip_invisible, take_metadata
from jixiao.readers.html_page import read_page
from jixiao.readers.html_split_grids import join_split_grid
from jixiao.readers.html_table import (
    BLOCK_TAGS,
    LINE_BREAK,
    TableCells,
    collapse_space,
    parse_html,
    read_table,
    table_rows,
    tag_of,
    text_of,
)
from jixiao.readers.html_text_forms import with_text_forms
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import HAN, clean_line, compact, strip_ruby, to_simplified

# Deeper elements are not read (libxml2 itself stops nesting at 256); jixiao.limits will hold this
# cap with the others once it exists.
MAX_DEPTH = 256

_CONTENT_HINT = re.compile(r"article|content|trs_editor|zw|bt-content|zoom|detail|main|text|wenzhang|con\b|body",
                           re.IGNORECASE)
_TITLE_HINT = re.compile(r"^(?:title|bt|tit|biaoti|headline|article-title|news-title|con-title|detail-title"
                         r"|art-title|content-title|xl-title|main-title|h1)$", re.IGNORECASE)
_REPORT_WORDS = re.compile(r"绩效|自评|评价|报告|自评表")
_TITLE_SPLIT = re.compile(r"\s*[_|｜\-–—]+\s*")


def read_html_document(path: Path) -> Document:
    text, warnings = read_page(path)
    root = parse_html(text)
    if root is None:
        raise InputError(f"{path}：网页中没有可读取的内容")
    page_title = to_simplified(" ".join((root.findtext(".//title") or "").split()))
    strip_invisible(root)
    sizes = measure(root)
    metadata = take_metadata(root, sizes)
    drop_furniture(root, sizes)
    body = root.find("body")
    body = root if body is None else body
    sizes = measure(body)
    region = content_region(body, sizes)
    headline = _headline(body, region, page_title)
    writer = _Writer(sizes, str(path))
    writer.walk(region, (None, None), 0)
    writer.flush((None, None))
    blocks = with_text_forms(writer.blocks)
    first = next((b for b in blocks if isinstance(b, Paragraph)), None)
    if headline and (first is None or compact(headline) not in compact(to_simplified(strip_ruby(first.text)))):
        blocks.insert(0, Paragraph(headline, "网页标题", 1))
    return Document(str(path), blocks, warnings + writer.warnings, metadata)


def content_region(body: Any, sizes: dict[Any, Measure]) -> Any:
    """The innermost element holding nearly all the page's (non-link) text and all its data tables:
    descend from <body> into the container child holding 85 % of the text (60 % when its class or id
    reads like a content area: article, content, TRS_Editor, zw …); never into a data table or a
    paragraph, and never past running text of the report left beside that child."""
    node = body
    while True:
        children = [c for c in node if tag_of(c) and c in sizes]
        if not children:
            return node
        best = max(children, key=lambda c: _weight(sizes[c]))
        share = _weight(sizes[best]) / max(1, _weight(sizes[node]))
        hinted = bool(_CONTENT_HINT.search(f"{best.get('class') or ''} {best.get('id') or ''}"))
        if (tag_of(best) not in _CONTAINERS or share < (0.6 if hinted else 0.85)
                or _data_tables(best, sizes) < _data_tables(node, sizes) or _text_beside(node, best, sizes)):
            return node
        if tag_of(best) == "table" and not is_layout_table(best, sizes):
            return node
        node = best


_CONTAINERS = frozenset({"div", "section", "article", "main", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
                         "center", "form", "font", "span", "body", "html"})


def _text_beside(node: Any, best: Any, sizes: dict[Any, Measure]) -> bool:
    """Chinese running text directly in ``node`` or in its paragraphs and lists beside ``best``: the
    report's own lines, which a descent would lose (a heading beside it is the title, kept apart)."""
    if HAN.search(node.text or ""):
        return True
    for child in node:
        if child is not best and tag_of(child) in ("p", "ul", "ol", "dl", "blockquote", "pre", "h4", "h5", "h6") \
                and _weight(sizes.get(child, Measure())) and HAN.search(text_of(child)):
            return True
        if HAN.search(child.tail or ""):
            return True
    return False


def _weight(size: Measure) -> int:
    return size.chars - size.link_chars


def _data_tables(element: Any, sizes: dict[Any, Measure]) -> int:
    """Tables holding data: not a layout table, and at least two rows with two filled cells."""
    count = 0
    for table in element.iter("table"):
        if _weight(sizes.get(table, Measure())) < 10 or is_layout_table(table, sizes):
            continue
        rows = [[c for c in row if tag_of(c) in ("td", "th") and sizes.get(c, Measure()).chars]
                for row in table_rows(table)]
        count += sum(1 for row in rows if len(row) >= 2) >= 2
    return count


def is_layout_table(table: Any, sizes: dict[Any, Measure]) -> bool:
    """A table used to lay the page out, read as flowing text: role="presentation", a single cell or a
    single column, or a frame of at most three filled cells around a nested table."""
    if (table.get("role") or "").lower() == "presentation":
        return True
    rows = table_rows(table)
    cells = [[c for c in row if tag_of(c) in ("td", "th")] for row in rows]
    filled = [c for row in cells for c in row if sizes.get(c, Measure()).chars]
    if len(filled) <= 1 or max((len(row) for row in cells), default=0) <= 1:
        return True
    return sizes.get(table, Measure()).tables > 1 and len(filled) <= 3


def _headline(body: Any, region: Any, page_title: str) -> str | None:
    """The article's title when it sits outside the content region: the last heading before the
    region (h1–h3, or an element whose class or id says title) that reads like a report's title, else
    the last <h1> there; else the page's <title> when it reads like a report's title. A site's name
    or a side column's heading is never taken for it."""
    reportish = h1 = None
    for element in body.iter():
        if element is region:
            break
        tag = tag_of(element)
        classes = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if tag in ("h1", "h2", "h3") or any(_TITLE_HINT.match(c) for c in classes):
            text = clean_line(" ".join(to_simplified(collapse_space(text_of(element))).split()))
            if 6 <= len(text) <= 120:
                reportish = text if _REPORT_WORDS.search(text) else reportish
                h1 = text if tag == "h1" else h1
    if reportish or h1:
        return reportish or h1
    pieces = [p for p in _TITLE_SPLIT.split(page_title) if _REPORT_WORDS.search(p)]
    return clean_line(pieces[0]) if pieces else None


Context = tuple[int | None, int | None]  # (heading level, list level) of the text being gathered


class _Writer:
    """Walks the content region in document order and writes paragraphs and tables."""

    def __init__(self, sizes: dict[Any, Measure], where: str) -> None:
        self.sizes = sizes
        self.cells = TableCells(where)  # cells of the tables read, capped together
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.parts: list[str] = []
        self.paragraphs = 0
        self.tables = 0
        self.too_deep = False
        self.term = False  # a <dt> written, its <dd> to follow on the same line
        self.split: set[int] = set()  # the tables joined from a widget's header and body tables

    def flush(self, context: Context) -> None:
        text = collapse_space("".join(self.parts))
        self.parts = []
        for line in text.split(LINE_BREAK):
            line = clean_line(" ".join(line.split()))
            if line:
                self.paragraphs += 1
                self.blocks.append(Paragraph(line, f"第{self.paragraphs}段", *context))

    def walk(self, element: Any, context: Context, depth: int) -> None:
        if element.text:
            self.parts.append(element.text)
        counter = 0
        for child in element:
            tag = tag_of(child)
            if tag and depth >= MAX_DEPTH:
                self._deep()
            elif tag == "br":
                self.parts.append(LINE_BREAK)
            elif tag == "table":
                self.flush(context)
                self.table(child, context, depth + 1)
            elif tag == "div" and (grid := div_grid_rows(child)) is not None:  # an OA system's <div> table
                self.flush(context)
                self.tables += 1
                self.blocks.append(Table(grid, f"表{self.tables}"))
            elif tag == "dd" and self.term:  # <dt>编制人数</dt><dd>78人</dd>: one "label：value" line
                self.term = False
                self.walk(child, context, depth + 1)
                self.flush(context)
            elif tag in BLOCK_TAGS:
                self.flush(context)
                inner = _context(child, context, element)
                if tag == "li" and tag_of(element) == "ol":
                    counter += 1
                    self.parts.append(f"{counter}. ")
                self.walk(child, inner, depth + 1)
                if tag == "dt" and tag_of(child.getnext()) == "dd" and not (child.tail or "").strip():
                    self.parts.append("：")
                    self.term = True
                    continue
                self.flush(inner)
            elif (label := form_label(child)) is not None:  # <span>分值</span><span>10</span>: "分值：10"
                self.parts.append(label)
            elif tag:
                self.walk(child, context, depth + 1)
            if child.tail:
                self.parts.append(child.tail)

    def table(self, table: Any, context: Context, depth: int) -> None:
        if is_layout_table(table, self.sizes):
            self.walk(table, context, depth)
            self.flush(context)
            return
        for caption in (c for c in table if tag_of(c) == "caption"):
            self.walk(caption, context, depth + 1)
            self.flush(context)
        grid = read_table(table)
        self.cells.add(grid.rows)
        # (a grid's body or footer under its header table joins that table)
        if grid.rows and not join_split_grid(self.blocks, grid.rows, f"表{self.tables + 1}", self.split):
            self.tables += 1
            self.blocks.append(Table(grid.rows, f"表{self.tables}"))
            if grid.truncated:
                self.warnings.append(f"表{self.tables}过大，只读取了前面的行列")
        for nested in grid.nested:
            self.table(nested, context, depth + 1)

    def _deep(self) -> None:
        if not self.too_deep:
            self.too_deep = True
            self.warnings.append(f"网页元素嵌套超过{MAX_DEPTH}层，更深处的内容未读取")


_INLINE = frozenset({"span", "b", "strong", "label", "em", "i", "font"})
_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}$")


def form_label(element: Any) -> str | None:
    """An inline element holding only a form's label (分值, 年度指标值, 编制人数…) whose next sibling is the inline
    element holding its value, nothing between: the label with a colon after it ("分值："), else None."""
    after = element.getnext()
    if tag_of(element) not in _INLINE or after is None or tag_of(after) not in _INLINE or len(element) \
            or (element.tail or "").strip():
        return None
    text = (element.text or "").strip()
    if not _LABEL.match(text) or not (cell_role(text) or money_role(text) or label_field(text)):
        return None
    return text + "："


def _context(element: Any, outer: Context, parent: Any) -> Context:
    tag = tag_of(element)
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return int(tag[1]), None
    if tag == "li":
        lists = sum(1 for a in element.iterancestors() if tag_of(a) in ("ul", "ol"))
        return outer[0], 2 * max(0, lists - 1)
    return outer
