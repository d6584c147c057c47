"""The neutral document every format reader produces: paragraphs and tables in reading order.

Format readers (txt/md, docx, pdf, xlsx) turn a file into a :class:`Document`; the extractors in
:mod:`jixiao.readers.extract` only ever see this, never a file format.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (or line) of text; ``location`` says where it is, e.g. 第12段 / 第2页第7行."""

    text: str
    location: str
    heading_level: int | None = None  # from a Word heading style or a Markdown '#', when known
    list_level: int | None = None  # indentation of a Markdown bullet ("- " / "* "), when the line is one
    confidence: float | None = None  # OCR: the lowest confidence of its characters (None: not scanned)


@dataclass(frozen=True)
class Table:
    """A table as rows of cell texts (merged cells repeated in every cell they cover)."""

    rows: list[list[str]]
    name: str  # 表1, 工作表“自评表”
    row_offset: int = 0  # rows above the table on its sheet, or in the table it was cut from (numbers kept)
    spreadsheet: bool = False  # locations as A1 cell references
    # a table rebuilt from flattened text: where each cell was read ((row, col) → 第57行), and the
    # cells whose column (or whose split from fused digits) was a guess
    origins: dict[tuple[int, int], str] = field(default_factory=dict, compare=False)
    guessed: frozenset[tuple[int, int]] = frozenset()
    # OCR: each cell's lowest character confidence, shaped like ``rows`` (None: not scanned)
    confidences: list[list[float]] | None = None
    # a table rebuilt from flattened text: the rows right after a line no reader took that may have been a row of
    # its own (its levels unknown): such a row's empty level cells carry no level from the rows above
    unread_before: frozenset[int] = frozenset()

    def cell_location(self, row: int, col: int) -> str:
        if (row, col) in self.origins:
            return self.origins[row, col]
        if self.spreadsheet:
            return f"{self.name}{column_letters(col)}{row + 1 + self.row_offset}"
        return scanned_location(f"{self.name}第{row + 1 + self.row_offset}行第{col + 1}列", self._confidence(row, col))

    def row_location(self, row: int) -> str:
        where = f"{self.name}第{row + 1 + self.row_offset}行"
        if self.confidences is None or row >= len(self.confidences) or not self.confidences[row]:
            return where
        return scanned_location(where, min(self.confidences[row]))

    def _confidence(self, row: int, col: int) -> float | None:
        if self.confidences is None or row >= len(self.confidences) or col >= len(self.confidences[row]):
            return None
        return self.confidences[row][col]


# Below this confidence an OCR reading is a guess: facts read from it are marked guessed.
LOW_CONFIDENCE = 0.9
_SCANNED = re.compile(r"（扫描，置信度 (\d\.\d\d)）$")


def scanned_location(location: str, confidence: float | None) -> str:
    """``第3页第7行`` → ``第3页第7行（扫描，置信度 0.87）`` for text read by OCR (unchanged otherwise)."""
    if confidence is None:
        return location
    return f"{location}（扫描，置信度 {math.floor(confidence * 100) / 100:.2f}）"


def low_confidence(location: str) -> bool:
    """True when ``location`` names OCR'd text whose confidence is below :data:`LOW_CONFIDENCE`."""
    if "扫描" not in location:  # most text was never scanned: no search
        return False
    found = _SCANNED.search(location)
    return found is not None and float(found.group(1)) < LOW_CONFIDENCE


def column_letters(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name


Block = Paragraph | Table


@dataclass
class Document:
    """A report as blocks in reading order, plus the file it came from."""

    source: str
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what the format reader could not read well
    # page furniture a format reader recognised as the publication's metadata, never report content:
    # 索引号 / 发文字号 / 发文单位 / 发布机构 / 发布日期 … → value (发文单位 is evidence of the unit)
    metadata: dict[str, str] = field(default_factory=dict)
    # figures read on a reading the text does not settle ("1.460.00" rewritten as "1,460.00", "42.380万元"): a fact
    # quoting one is guessed
    doubted: frozenset[str] = frozenset()

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
