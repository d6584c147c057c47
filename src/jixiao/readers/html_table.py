"""HTML ``<table>`` elements → rows of cell texts: one table reader for web pages (``source_html``) and
for tables written as HTML inside text or Markdown reports (``text_blocks``).

Merged cells (``rowspan``/``colspan``) are repeated in every cell they cover, as the docx reader does,
so the table extractors see the same grid a pipe table or a Word table gives. A ``<br>`` or a
paragraph break inside a cell becomes a space (Word joins a cell's paragraphs the same way). A table
nested inside a cell is not flattened into that cell: it is returned on its own, after its parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jixiao import limits
from jixiao.readers.html_controls import show_controls
from jixiao.readers.textnorm import clean_line

# Caps on what one table may expand to (a hostile rowspan="65534" colspan="1000" must not blow the
# grid up). They belong with the other input caps; jixiao.limits will hold them once it exists.
MAX_TABLE_ROWS = 2000
MAX_TABLE_COLUMNS = 200

# Elements whose text is never shown as a cell's or a paragraph's text (<rt>/<rp>: ruby annotations).
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math",
    "input", "select", "option", "button", "textarea", "rt", "rp", "map", "area", "audio", "video",
    "head", "title", "meta", "link", "base",
})
# Elements that start a new line of text where they open and close.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4",
    "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "form", "fieldset",
    "address", "figure", "figcaption", "hr", "caption", "table", "tr", "td", "th", "thead", "tbody",
    "tfoot", "body", "html", "legend", "details", "summary",
})
LINE_BREAK = "\u2028"  # a <br> or a block boundary, until a paragraph or a cell decides what it means

_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u200b]+")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]")


@dataclass
class TableGrid:
    """A table's rows of cell texts, the tables found inside its cells, and whether caps cut it."""

    rows: list[list[str]]
    nested: list[Any] = field(default_factory=list)  # <table> elements inside cells, in document order
    truncated: bool = False


def parse_html(markup: str) -> Any | None:
    """An HTML document or fragment → the root <html> element (lxml's libxml2 parser: malformed markup
    repaired, tag names in lower case, comments and processing instructions left out); None when the
    markup holds nothing."""
    import lxml.etree

    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(markup.encode("utf-8", errors="replace"), parser)
    except lxml.etree.LxmlError:
        return None
    if root is not None:
        show_controls(root, markup)  # a saved fill-in page: each control's value as its text
    return root


def tag_of(element: Any) -> str:
    """The tag name ('' for anything that is not an element)."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def text_of(element: Any) -> str:
    """All the text under an element, as it stands in the tree."""
    return "".join(element.itertext())


def collapse_space(text: str) -> str:
    """Whitespace as a browser shows it: each run one space, except a source line break between two
    Chinese characters (Word and CMS editors wrap long lines inside words), which shows as nothing.
    ``LINE_BREAK`` marks are kept."""

    def replace(match: re.Match[str]) -> str:
        run, start, end = match.group(0), match.start(), match.end()
        if ("\n" in run or "\r" in run) and start > 0 and end < len(text) and _CJK.match(text[start - 1]) \
                and _CJK.match(text[end]):
            return ""
        return " "

    return _SPACE_RUN.sub(replace, text)


def gather_text(element: Any, parts: list[str], nested: list[Any] | None, depth: int = 0) -> None:
    """Append the visible text under ``element`` to ``parts``, ``LINE_BREAK`` at <br> and block
    boundaries. Tables inside are skipped and appended to ``nested`` (or read inline when it is None)."""
    for child in element:
        tag = tag_of(child)
        if tag and tag not in SKIPPED_TAGS and depth < 256:
            if tag == "table" and nested is not None:
                nested.append(child)
                parts.append(LINE_BREAK)
            elif tag == "br":
                parts.append(LINE_BREAK)
            else:
                block = tag in BLOCK_TAGS
                if block:
                    parts.append(LINE_BREAK)
                if child.text:
                    parts.append(child.text)
                gather_text(child, parts, nested, depth + 1)
                if block:
                    parts.append(LINE_BREAK)
        if child.tail:
            parts.append(child.tail)


def cell_text(cell: Any, nested: list[Any]) -> str:
    """A cell's text on one line: line breaks and paragraphs inside it become single spaces."""
    parts = [cell.text or ""]
    gather_text(cell, parts, nested)
    text = collapse_space("".join(parts)).replace(LINE_BREAK, " ")
    return clean_line(" ".join(text.split()))


def _span(value: str | None, cap: int) -> int:
    try:
        return max(1, min(cap, int(str(value).strip())))
    except ValueError:
        return 1


def table_rows(table: Any) -> list[Any]:
    """The table's own <tr> elements (directly or under thead/tbody/tfoot), not those of nested tables. Cells
    standing there with no <tr> around them ("<thead><th>…</th><th>…</th></thead>", markup browsers accept) are a
    row as a browser opens one for them: each run of them, a list of the cell elements."""
    rows: list[Any] = []
    run: list[Any] | None = None
    for child in table:
        tag = tag_of(child)
        if tag in ("td", "th"):
            if run is None:
                run = []
                rows.append(run)
            run.append(child)
            continue
        run = None
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(table_rows(child))
    return rows


def _carry(row: list[str], r: int, pending: dict[tuple[int, int], str]) -> None:
    """Fill the cells of row ``r`` that a rowspan from above covers, at the row's current end."""
    while (r, len(row)) in pending:
        row.append(pending.pop((r, len(row))))


def read_table(table: Any, in_block: bool = False) -> TableGrid:
    """The grid of one <table> element, merged cells repeated, empty rows dropped, rows padded; ``in_block``: the
    table is itself a block's sub-table, whose last cell may hold the next level's table in one column."""
    rows = table_rows(table)
    truncated = len(rows) > MAX_TABLE_ROWS
    rows = rows[:MAX_TABLE_ROWS]
    nested: list[Any] = []
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, col) → text carried down by a rowspan
    for r, tr in enumerate(rows):
        row: list[str] = []
        inner: list[tuple[int, list[list[str]]]] = []  # (column, rows) of a block's own table spliced in
        cells = [cell for cell in tr if tag_of(cell) in ("td", "th")]
        for cell in cells:
            _carry(row, r, pending)
            rowspan = _span(cell.get("rowspan"), len(rows) - r)
            colspan = _span(cell.get("colspan"), MAX_TABLE_COLUMNS)
            last = cell is cells[-1]
            sub = None if inner else _block_rows(cell, colspan, last, in_block)  # (a second one: its text)
            if sub is not None:
                inner.append((len(row), sub))
            text = "" if sub is not None else cell_text(cell, nested)
            for _ in range(colspan):
                if len(row) >= MAX_TABLE_COLUMNS:
                    truncated = True
                    break
                for below in range(1, rowspan):
                    pending[(r + below, len(row))] = text
                row.append(text)
        _carry(row, r, pending)
        grid.extend(_spliced(row, inner))
    kept = [row for row in grid if any(row)]
    width = max((len(row) for row in kept), default=0)
    return TableGrid([row + [""] * (width - len(row)) for row in kept], nested, truncated)


def _block_rows(cell: Any, colspan: int, last: bool, in_block: bool) -> list[list[str]] | None:
    """The rows of a table that is all a cell spanning two columns or more holds, each row no wider than the span
    (an OA view's 一级 cell beside a sub-table of its indicator rows); None for any other cell. The row's last cell
    may hold rows wider than its span (nothing after it to cover), and inside such a sub-table a last cell of one
    column may hold the next level's table (a 一级 cell beside a table of 二级 rows, each beside its 三级 rows)."""
    children = [child for child in cell if tag_of(child)]
    if (colspan < 2 and not (in_block and last)) or len(children) != 1 or tag_of(children[0]) != "table" \
            or (cell.text or "").strip() or (children[0].tail or "").strip():
        return None
    grid = read_table(children[0], in_block=True)
    if not grid.rows or grid.nested or (not last and any(len(row) > colspan for row in grid.rows)):
        return None
    return [row + [""] * (colspan - len(row)) for row in grid.rows]


def _spliced(row: list[str], inner: list[tuple[int, list[list[str]]]]) -> list[list[str]]:
    """The row, once per row of the sub-table its cell held, the sub-row's cells in the span and the row's other
    cells repeated (as a rowspan repeats them); the row itself when no cell held one."""
    if not inner:
        return [row]
    col, sub = inner[0]
    return [row[:col] + part + row[col + len(part):] for part in sub]


@dataclass
class TableCells:
    """The cells of a document's HTML tables, counted together against ``sheet_cells`` as each grid is made (a few
    hundred bytes of spans make a 2,000 × 200 grid, and a report holds many tables)."""

    where: str = ""
    cells: int = 0

    def add(self, rows: list[list[str]]) -> None:
        self.cells += sum(map(len, rows))
        limits.check("sheet_cells", self.cells, self.where, name="网页表格合计")


def html_tables(markup: str, where: str = "", counted: TableCells | None = None) -> list[list[list[str]]]:
    """The grids of the tables in an HTML fragment (a table written into a text or Markdown report):
    each outer table, then the tables nested in its cells; tables without a non-empty row are left out. Their
    cells are capped (``sheet_cells``), with those of the report's other written tables (``counted``)."""
    root = parse_html(markup)
    if root is None:
        return []
    counted = counted if counted is not None else TableCells(where)
    grids: list[list[list[str]]] = []
    queue = [t for t in root.iter("table") if not any(tag_of(a) == "table" for a in t.iterancestors())]
    while queue:
        grid = read_table(queue.pop(0))
        counted.add(grid.rows)
        if grid.rows:
            grids.append(grid.rows)
        queue[:0] = grid.nested
    return grids
