"""Workbooks embedded in a Word report (an Excel object pasted into the text: Word shows its picture, its cells are
only in the embedded workbook under word/embeddings) → the blocks the Excel reader gives for them, in the object's
place."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jixiao import limits
from jixiao.errors import InputError
from jixiao.readers.document import Block, Table

_OFFICE_NS = "{urn:schemas-microsoft-com:office:office}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Books:
    """The workbooks of one Word report: each embedded package read once however many objects show it (a small
    file may hold ten thousand objects naming one workbook), and the cells placed so far, counted against
    ``sheet_cells`` (the objects together hold no more cells than one workbook may)."""

    where: str
    read: dict[str, list[Block] | None] = field(default_factory=dict)
    cells: int = 0

    def blocks(self, target: Any) -> list[Block] | None:
        """The blocks the Excel reader gives for ``target``'s workbook, None when it cannot be read."""
        from jixiao.readers.source_xlsx import read_xlsx_document

        key = str(target.partname)
        if key not in self.read:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "embedded.xlsx"
                path.write_bytes(target.blob)
                try:
                    self.read[key] = read_xlsx_document(path).blocks
                except InputError:
                    self.read[key] = None
        return self.read[key]

    def place(self, blocks: list[Block]) -> None:
        self.cells += sum(len(row) for b in blocks if isinstance(b, Table) for row in b.rows)
        limits.check("sheet_cells", self.cells, self.where, name="嵌入的 Excel 表格合计")


def has_objects(body: Any) -> bool:
    """Whether the document body holds any embedded object (most files: none; the test is one search)."""
    return next(body.iter(f"{_OFFICE_NS}OLEObject"), None) is not None


def embedded_sheets(p: Any, part: Any, paragraph: int, warnings: list[str], books: Books) -> list[Block]:
    """The blocks of each Excel workbook embedded in paragraph ``p`` (``part``: the document part whose
    relationships name the embedded packages); a workbook that cannot be read is named in ``warnings``."""
    blocks: list[Block] = []
    for ole in p.iter(f"{_OFFICE_NS}OLEObject"):
        target = part.related_parts.get(ole.get(_REL_ID, ""))
        if target is None or target.content_type != _SHEET_TYPE:
            continue
        sheet = books.blocks(target)
        if sheet is None:
            warnings.append(f"第{paragraph}段嵌入的 Excel 表格无法读取，已跳过")
            continue
        books.place(sheet)
        where = f"第{paragraph}段嵌入的"
        blocks += [replace(b, name=where + b.name) if isinstance(b, Table) else replace(b, location=where + b.location)
                   for b in sheet]
    return blocks
