"""One report of the fifty-eighth set as plain blocks — a paragraph (a str) or a table (a list of rows) — rendered
into the file a unit sends: Word (then .doc / .wps / .rtf through LibreOffice), a saved page (.mht), a sheet (then
.et / .ods / .xls) or a system's .csv export. Every unit, person and figure is invented."""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from eighteenth_facts import doc, docx_bytes, table
from fortyninth_reports import _mht
from make_seventeenth import convert
from twentyfirst_sheets import _book

Block = str | list[list[str]]


def word(blocks: list[Block], name: str, target: str) -> bytes:
    """The blocks as a Word file converted to ``target`` (doc, rtf, odt; wps: a .doc saved through .odt)."""
    d = doc()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        else:
            table(d, b)
    data = docx_bytes(d)
    if target == "wps":
        return convert(convert(data, name, "docx", "odt"), name, "odt", "doc")
    return convert(data, name, "docx", target)


def page(blocks: list[Block], title: str) -> bytes:
    """The blocks as a saved web page (.mht): paragraphs as <p>, tables as ruled <table>."""
    parts: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(f"<p>{html.escape(b)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b)
            parts.append(f'<table border="1" cellspacing="0">{rows}</table>')
    body = "\n".join(parts)
    return _mht(title, f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
                       f'<body><div class="nav">首页 &gt; 信息公开 &gt; 预算绩效</div>\n{body}\n'
                       '<div class="foot">主办单位：本单位　技术支持：信息中心</div></body></html>')


def sheet_rows(blocks: list[Block]) -> list[list[Any]]:
    """A sheet's rows: a paragraph in column A, a table's rows as they are, a blank row after each table."""
    rows: list[list[Any]] = []
    for b in blocks:
        if isinstance(b, str):
            rows.append([b])
        else:
            rows.extend([c or None for c in r] for r in b)
            rows.append([])
    return rows


def sheet(blocks: list[Block], name: str, target: str) -> bytes:
    """The blocks on one sheet, saved as ``target`` (et and xls: an Excel 97 book; ods)."""
    return convert(_book(sheet_rows(blocks)), name, "xlsx", "xls" if target == "et" else target)


def export_csv(blocks: list[Block]) -> str:
    """The blocks as a system's CSV export: a paragraph a one-field line, a table's rows quoted where needed."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for b in blocks:
        if isinstance(b, str):
            w.writerow([b])
        else:
            w.writerows(b)
    return "\ufeff" + buf.getvalue()
