"""The report as a document model: title, headings, paragraphs and tables, built once from an
evaluation (see :mod:`jixiao.writers.content`) and rendered by every writer (docx, html, md).

Plain frozen data; no document library is imported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Heading:
    """A heading. ``level`` 1 is ``一、``, 2 is ``（一）``, 3 is ``1.``; ``text`` includes the number."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``body`` text (first line indented two characters), a ``caption`` above a table,
    or a ``note`` below one (注：…). A body paragraph is justified with its first line indented; a
    letter's addressee (主送) is flush left (``indent=False``), its sender and date (落款) ``align="right"``."""

    text: str
    role: str = "body"
    align: str = "both"  # both | left | center | right
    indent: bool = True


NUMBER_KINDS = ("money", "percent", "score", "number")


@dataclass(frozen=True)
class Formula:
    """How a cell's number follows from other cells (named by their ``Cell.key``), for Excel:
    ``sum`` of ``keys``, ``ratio`` of ``keys[0]`` ÷ ``keys[1]``, or ``ref`` to ``keys[0]``. A cell
    carries a formula only when the formula gives exactly the number it shows."""

    op: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    """A table cell; ``span`` is the number of grid columns it covers; ``strong`` marks a label.

    A number cell also carries its ``value`` and ``kind`` (money, percent, score, number: right-
    aligned, written to Excel as a number with a format), a ``key`` other cells' formulas name, and
    its ``formula``; ``unit`` is the unit a number is counted in (次, 人) when it is not the kind's."""

    text: str
    span: int = 1
    strong: bool = False
    value: Decimal | None = None
    kind: str = "text"
    key: str = ""
    formula: Formula | None = None
    unit: str = ""

    @property
    def is_number(self) -> bool:
        return self.kind in NUMBER_KINDS and self.value is not None


@dataclass(frozen=True)
class Table:
    """A grid of ``columns`` columns. ``header`` rows repeat at the top of every page."""

    columns: int
    header: list[list[Cell]] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths
    caption: str = ""


@dataclass(frozen=True)
class Figure:
    """A chart with its caption: ``png`` for Word, ``svg`` (inline markup) for HTML; ``width_mm`` as
    printed, the height following the picture's proportions (``aspect`` = height ÷ width)."""

    caption: str
    png: bytes
    svg: str = ""
    width_mm: float = 150.0
    aspect: float = 0.6


Block = Heading | Paragraph | Table | Figure
_PLACEHOLDER = re.compile(r"【待补充(?:：[^】]*)?】")


@dataclass(frozen=True)
class Report:
    """The whole report: title lines, the body blocks and the appendix (the score table)."""

    title_lines: list[str]
    body: list[Block]
    appendix_title: str
    appendix: list[Block]
    unit: str = ""  # the unit's name: the document's 落款 and author
    signed: bool = False  # Word: the 落款 (the unit's name, or its placeholder, and the date) after the body

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    def placeholders(self) -> list[str]:
        """Every 【待补充：…】 placeholder the report prints, in order, each once."""
        texts = list(self.title_lines)
        for block in self.body + self.appendix:
            if isinstance(block, Table):
                texts += [cell.text for row in block.header + block.rows for cell in row]
            elif isinstance(block, Figure):
                texts.append(block.caption)
            else:
                texts.append(block.text)
        found = [match.group(0) for text in texts for match in _PLACEHOLDER.finditer(text)]
        return list(dict.fromkeys(found))

    def text_lines(self) -> list[str]:
        """The report as plain lines (title, headings, paragraphs), tables left out."""
        lines = list(self.title_lines)
        for block in self.body:
            if isinstance(block, Heading | Paragraph):
                lines.append(block.text)
        return lines
