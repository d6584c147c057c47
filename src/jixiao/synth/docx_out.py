"""Synthetic reports as Word files, in a few layouts people actually use.

The layouts differ in fonts, whether headings are bold or styled as Word headings, and whether the
summary score table is a real Word table; the words are the same blocks the text output writes.
"""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from jixiao.synth.wording import Block

FONTS = ["仿宋_GB2312", "宋体", "仿宋"]


def _font(run: object, east_asia: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)  # type: ignore[attr-defined]
    run.font.bold = bold  # type: ignore[attr-defined]
    run.font.name = "Times New Roman"  # type: ignore[attr-defined]
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)  # type: ignore[attr-defined]


def write_docx(blocks: list[Block], path: Path, rng: random.Random) -> Path:
    """Write ``blocks`` to ``path`` as a .docx in a randomly chosen layout."""
    document = Document()
    body_font = rng.choice(FONTS)
    word_headings = rng.random() < 0.3
    for kind, content in blocks:
        if kind == "table":
            assert isinstance(content, list)
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            continue
        text = str(content)
        if kind == "heading" and word_headings:
            paragraph = document.add_heading(level=1)
            _font(paragraph.add_run(text), "黑体", 16)
            continue
        paragraph = document.add_paragraph()
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(text), "方正小标宋简体", 22)
        elif kind == "heading":
            _font(paragraph.add_run(text), "黑体", 16, bold=True)
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
            _font(paragraph.add_run(text), body_font, 16)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
