"""Workbooks embedded in a Word report (an Excel object pasted into the text: Word shows its picture, its cells are
only in the embedded workbook under word/embeddings) → the blocks the Excel reader gives for them, in the object's
place."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
from jixiao.readers.document import Block, Table

_OFFICE_NS = "{urn:schemas-microsoft-com:office:office}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def has_objects(body: Any) -> bool:
    """Whether the document body holds any embedded object (most files: none; the test is one search)."""
    return next(body.iter(f"{_OFFICE_NS}OLEObject"), None) is not None


def embedded_sheets(p: Any, part: Any, paragraph: int, warnings: list[str]) -> list[Block]:
    """The blocks of each Excel workbook embedded in paragraph ``p`` (``part``: the document part whose
    relationships name the embedded packages); a workbook that cannot be read is named in ``warnings``."""
    from jixiao.readers.source_xlsx import read_xlsx_document

    blocks: list[Block] = []
    for ole in p.iter(f"{_OFFICE_NS}OLEObject"):
        target = part.related_parts.get(ole.get(_REL_ID, ""))
        if target is None or target.content_type != _SHEET_TYPE:
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "embedded.xlsx"
            path.write_bytes(target.blob)
            try:
                sheet = read_xlsx_document(path)
            except InputError:
                warnings.append(f"第{paragraph}段嵌入的 Excel 表格无法读取，已跳过")
                continue
        where = f"第{paragraph}段嵌入的"
        blocks += [replace(b, name=where + b.name) if isinstance(b, Table) else replace(b, location=where + b.location)
                   for b in sheet.blocks]
    return blocks
