"""OCR of scanned reports, offline: RapidOCR's PP-OCR models (shipped in its wheel) on onnxruntime.

One concern per module: :mod:`.engine` (the models, once per process), :mod:`.preprocess`
(resolution, red seals, paper tint), :mod:`.orient` (quarter turns, upside down, skew),
:mod:`.page` (one page → text boxes and ruled lines), :mod:`.rules` and :mod:`.tables` (ruled
grids → tables, merged cells repeated), :mod:`.layout` (reading order, columns, page numbers),
:mod:`.text` (punctuation), :mod:`.cache` (results by file hash), :mod:`.run` (pages in parallel,
progress), :mod:`.sources` (image frames and PDF pages), :mod:`.caps` (size caps).

Public API::

    from jixiao.ocr import scanned_pages
    pages = scanned_pages(path, sources)   # list of (lines, tables) per page, for readers.page_layout
"""

from __future__ import annotations

from pathlib import Path

from jixiao.ocr.sources import PageSource, image_pages
from jixiao.readers.page_layout import Line, PageTables


def scanned_pages(path: Path, sources: list[PageSource]) -> list[tuple[list[Line], PageTables]]:
    """Each source page read by OCR (cached by the file's hash) as text lines and tables, numbered
    as the page (or frame) of the file it is."""
    from jixiao.ocr.cache import file_hash
    from jixiao.ocr.layout import page_blocks
    from jixiao.ocr.run import scan_pages

    scans = scan_pages(sources, file_hash(path))
    return [page_blocks(scan, source.index + 1) for source, scan in zip(sources, scans, strict=True)]


__all__ = ["PageSource", "image_pages", "scanned_pages"]
