"""The neutral document every format reader produces: paragraphs and tables in reading order.

Format readers (txt/md, docx, pdf, xlsx) turn a file into a :class:`Document`; the extractors in
:mod:`jixiao.readers.extract` only ever see this, never a file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (or line) of text; ``location`` says where it is, e.g. 第12段 / 第2页第7行."""

    text: str
    location: str
    heading_level: int | None = None  # from a Word heading style or a Markdown '#', when known
    list_level: int | None = None  # indentation of a Markdown bullet ("- " / "* "), when the line is one


@dataclass(frozen=True)
class Table:
    """A table as rows of cell texts (merged cells repeated in every cell they cover)."""

    rows: list[list[str]]
    name: str  # 表1, 工作表“自评表”
    row_offset: int = 0  # rows of the sheet above the table (spreadsheets keep their own row numbers)
    spreadsheet: bool = False  # locations as A1 cell references
    # a table rebuilt from flattened text: where each cell was read ((row, col) → 第57行), and the
    # cells whose column (or whose split from fused digits) was a guess
    origins: dict[tuple[int, int], str] = field(default_factory=dict, compare=False)
    guessed: frozenset[tuple[int, int]] = frozenset()

    def cell_location(self, row: int, col: int) -> str:
        if (row, col) in self.origins:
            return self.origins[row, col]
        if self.spreadsheet:
            return f"{self.name}{column_letters(col)}{row + 1 + self.row_offset}"
        return f"{self.name}第{row + 1}行第{col + 1}列"

    def row_location(self, row: int) -> str:
        return f"{self.name}第{row + 1 + self.row_offset}行"


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

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
