"""How a form reaches a reviewer: one grid of cells, flattened the ways real pages flatten it.

A grid is a list of rows; a cell is a string or ``(text, colspan, rowspan)``. As in HTML, a cell
covered by a span above or to the left is simply absent from later rows, so a copied continuation
row has fewer cells than the header.
"""

from __future__ import annotations

import quopri
from typing import Any

Cell = str | tuple[str, int, int]
Grid = list[list[Cell]]


def c(text: Any, cs: int = 1, rs: int = 1) -> tuple[str, int, int]:
    return (str(text), cs, rs)


def text_of(cell: Cell) -> str:
    return cell if isinstance(cell, str) else cell[0]


def texts(row: list[Cell]) -> list[str]:
    return [text_of(x) for x in row]


def cells_per_line(grid: Grid, blank: bool = False) -> str:
    """One cell per line (a PDF viewer or a web page copied cell by cell); ``blank``: an empty line
    between cells. An empty cell is an empty line either way."""
    lines: list[str] = []
    for row in grid:
        for cell in texts(row):
            lines.append(cell)
            if blank:
                lines.append("")
    return "\n".join(lines)


def pipe_cells(grid: Grid) -> str:
    """One cell per line ending in " |"; an empty cell is a lone "|" (a web table copied as text)."""
    return "\n".join((f"{x} |" if x else "|") for row in grid for x in texts(row))


def pipe_rows(grid: Grid, lead: bool = False, width: int = 0, breaks: frozenset[int] = frozenset()) -> str:
    """One row per line, cells joined by " | " and closed by " |"; trailing empty cells collapse into
    "||…" up to ``width`` cells; ``lead`` starts each row with "| "; rows whose index is in ``breaks``
    are preceded by a "|||||||" line."""
    lines: list[str] = []
    for i, row in enumerate(grid):
        if i in breaks:
            lines.append("|" * max(width, 7))
        cells = texts(row)
        while cells and not cells[-1]:
            cells.pop()
        body = " | ".join(cells) + " |"
        pad = width - len(cells) - 1
        if pad > 0:
            body += "|" * pad
        lines.append(("| " + body) if lead else body)
    return "\n".join(lines)


def row_lines(grid: Grid) -> str:
    """Each row on its own line, cells separated by single spaces (empty cells vanish)."""
    return "\n".join(" ".join(x for x in texts(row) if x) for row in grid)


def one_line(grid: Grid) -> str:
    """The whole grid on one line, cells separated by single spaces (a document's text layer)."""
    return " ".join(x for row in grid for x in texts(row) if x)


def fused(grid: Grid) -> str:
    """Cells run together with no separator at all (a viewer's text preview)."""
    return "".join(x for row in grid for x in texts(row))


# ---------------------------------------------------------------- HTML
def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_table(grid: Grid, attrs: str = 'border="1" cellspacing="0" cellpadding="0"', first_th: bool = False) -> str:
    out = [f"<table {attrs}>", "<tbody>"]
    for i, row in enumerate(grid):
        out.append("<tr>")
        for cell in row:
            text, cs, rs = (cell, 1, 1) if isinstance(cell, str) else cell
            span = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            tag = "th" if first_th and i == 0 else "td"
            inner = "<br/>".join(esc(p) for p in text.split("\n")) if text else "&nbsp;"
            out.append(f'<{tag}{span} style="border:1px solid #000;padding:2px 4px;">'
                       f'<p style="text-align:center;"><span style="font-size:12px;">{inner}</span></p></{tag}>')
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def paragraphs_html(paras: list[str]) -> str:
    return "\n".join(f'<p style="text-indent:2em;line-height:1.8;"><span style="font-family:仿宋;font-size:16px;">'
                     f"{esc(p)}</span></p>" for p in paras)


def mhtml(html: str, url: str, title: str, css: str, boundary: str, date: str) -> str:
    """A page as a browser saves it (.mhtml): a multipart/related message, HTML in quoted-printable."""
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    css_encoded = quopri.encodestring(css.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    words = [title[i:i + 8] for i in range(0, len(title), 8)]
    subject = "\r\n ".join("=?utf-8?Q?" + quopri.encodestring(w.encode("utf-8"), header=True).decode("ascii") + "?="
                            for w in words)
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        f"Subject: {subject}",
        f"Date: {date}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-5B1E0F6C2A9D4E3B8C7F1A2D3E4F5A6B@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        encoded,
        "",
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url.rsplit('/', 1)[0]}/css/content.css",
        "",
        css_encoded,
        "",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(parts)
