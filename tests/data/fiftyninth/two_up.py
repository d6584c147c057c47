"""A PDF printed two pages to a sheet (two A4 pages side by side on one landscape A3 page, as a booklet print or a
viewer's "two pages per sheet" export gives it), made from a PDF of single pages; needs only pypdfium2, so a test
loads it by its path."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium


def two_up_pdf(pdf: bytes) -> bytes:
    """``pdf``'s pages two to a sheet: pages 1 and 2 side by side on sheet 1, 3 and 4 on sheet 2, and so on."""
    src = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    for first in range(0, len(src), 2):
        sheet = out.new_page(2 * width, height)
        for k in range(2):
            if first + k < len(src):
                obj: Any = src.page_as_xobject(first + k, out).as_pageobject()
                obj.transform(pdfium.PdfMatrix().translate(k * width, 0))
                sheet.insert_obj(obj)
        sheet.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()
