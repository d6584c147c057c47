"""Scanned reports as images (.png, .jpg/.jpeg, .tif/.tiff with several pages) → :class:`Document` by OCR.

Each page is read by :mod:`jixiao.ocr` (cleaned, turned upright, recognised, its ruled tables
rebuilt) and the pages are assembled like a PDF's: running headers, footers and page numbers
dropped, wrapped lines joined into paragraphs. Every block carries OCR's confidence.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.errors import InputError
from jixiao.readers.document import Document
from jixiao.readers.page_layout import assemble, drop_running_lines


def read_image_document(path: Path) -> Document:
    from jixiao.ocr import image_pages, scanned_pages

    pages = scanned_pages(path, image_pages(path))
    lines = drop_running_lines([ln for page_lines, _ in pages for ln in page_lines], len(pages))
    if not lines and not any(tables for _, tables in pages):
        raise InputError(f"{path}：图片中没有识别出文字，请确认是清晰的报告扫描件")
    return Document(str(path), assemble(lines, pages))
