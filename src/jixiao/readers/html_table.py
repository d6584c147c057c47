"""HTML ``<table>`` markup written inside text or Markdown reports → rows of cell texts.

Merged cells (``rowspan``/``colspan``) are repeated in every cell they cover, as the docx reader
does, so the table extractors see the same grid a pipe table or a Word table gives.
"""

from __future__ import annotations

from html.parser import HTMLParser

from jixiao.readers.textnorm import clean_line

_MAX_SPAN = 50  # a broken rowspan="9999" must not blow the grid up


def _span(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(str(value).strip())))
    except ValueError:
        return 1


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []  # (text, rowspan, colspan) per cell
        self._cell: list[str] | None = None
        self._spans = (1, 1)
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
        elif tag == "tr" and self._depth <= 1:
            self._close_cell()
            self.rows.append([])
        elif tag in ("td", "th") and self._depth <= 1:
            self._close_cell()
            if not self.rows:
                self.rows.append([])
            found = dict(attrs)
            self._spans = (_span(found.get("rowspan")), _span(found.get("colspan")))
            self._cell = []
        elif tag in ("br", "p", "div") and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._depth -= 1
            self._close_cell()
        elif tag in ("td", "th", "tr") and self._depth <= 1:
            self._close_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is not None and self.rows:
            text = clean_line(" ".join("".join(self._cell).split()))
            self.rows[-1].append((text, *self._spans))
        self._cell = None


def html_table_rows(markup: str) -> list[list[str]]:
    """The grid of the first-level table(s) in ``markup``; empty rows dropped."""
    parser = _TableParser()
    parser.feed(markup)
    parser.close()
    parser._close_cell()
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, col) → text carried down by a rowspan
    for r, cells in enumerate(parser.rows):
        row: list[str] = []
        col = 0
        for text, rowspan, colspan in cells:
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            for _ in range(colspan):
                row.append(text)
                for below in range(1, rowspan):
                    pending[(r + below, col)] = text
                col += 1
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        if any(cell for cell in row):
            grid.append(row)
    width = max((len(row) for row in grid), default=0)
    return [row + [""] * (width - len(row)) for row in grid]
