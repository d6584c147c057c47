"""The report as a document model: title, headings, paragraphs and tables, built once from an
evaluation (see :mod:`jixiao.writers.content`) and rendered by every writer (docx, html, md).

Plain frozen data; no document library is imported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading. ``level`` 1 is ``一、``, 2 is ``（一）``, 3 is ``1.``; ``text`` includes the number."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: by default justified with its first line indented two characters; a letter's
    addressee (主送) is flush left (``indent=False``), its sender and date (落款) ``align="right"``."""

    text: str
    align: str = "both"  # both | left | center | right
    indent: bool = True


@dataclass(frozen=True)
class Cell:
    """A table cell; ``span`` is the number of grid columns it covers; ``strong`` marks a label."""

    text: str
    span: int = 1
    strong: bool = False


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


@dataclass(frozen=True)
class Report:
    """The whole report: title lines, the body blocks and the appendix (the score table)."""

    title_lines: list[str]
    body: list[Block]
    appendix_title: str
    appendix: list[Block]

    @property
    def title(self) -> str:
        return "".join(self.title_lines)

    def text_lines(self) -> list[str]:
        """The report as plain lines (title, headings, paragraphs), tables left out."""
        lines = list(self.title_lines)
        for block in self.body:
            if isinstance(block, Heading | Paragraph):
                lines.append(block.text)
        return lines
