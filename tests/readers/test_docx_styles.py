"""Word styles: heading levels and numbered list styles are read from the styles part's XML in one
pass; they agree with python-docx's own style objects, and a style python-docx refuses still fails."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from jixiao.errors import InputError
from jixiao.readers.document import Paragraph
from jixiao.readers.report import read_document
from jixiao.readers.source_docx import style_maps


def _styled(path: Path) -> Path:
    """A report with built-in headings, a custom Chinese heading style, a custom numbered style and
    Word's List Number style (the "1." only in the numbering)."""
    document = docx.Document()
    document.add_heading("某县示范单位2024年度整体支出绩效自评报告", level=1)
    document.add_heading("一、基本情况", level=2)
    chinese = document.styles.add_style("自定标题 3", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("（一）单位概况", style=chinese)
    custom_list = document.styles.add_style("指标编号", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("办结率（10分）", style="List Number")
    document.add_paragraph("满意度（5分）", style="List Number")
    document.add_paragraph("覆盖率（5分）", style=custom_list)
    document.add_paragraph("正文一段，没有样式。")
    document.save(str(path))
    return path


def test_headings_and_numbered_lists_from_styles(tmp_path: Path) -> None:
    blocks = [b for b in read_document(_styled(tmp_path / "styled.docx")).blocks if isinstance(b, Paragraph)]
    assert [(b.text, b.heading_level) for b in blocks] == [
        ("某县示范单位2024年度整体支出绩效自评报告", 1),
        ("一、基本情况", 2),
        ("（一）单位概况", 3),
        ("1. 办结率（10分）", None),
        ("2. 满意度（5分）", None),
        ("1. 覆盖率（5分）", None),  # its own style: its own count
        ("正文一段，没有样式。", None),
    ]


def test_style_maps_agree_with_python_docx(tmp_path: Path) -> None:
    word = docx.Document(str(_styled(tmp_path / "styled.docx")))
    levels: dict[str, int] = {}
    numbered: set[str] = set()
    for style in word.styles:  # python-docx's objects: the names it shows (Heading 1 for "heading 1")
        name = style.name or ""
        heading = re.search(r"(?:heading|标题)\s*(\d)", name, re.IGNORECASE)
        if heading and style.style_id:
            levels[style.style_id] = int(heading.group(1))
        if style.style_id and re.search(r"list number|列表编号|编号", name, re.IGNORECASE):
            numbered.add(style.style_id)
    assert len(levels) >= 9 and len(numbered) >= 2  # the template's Heading 1–9, List Number…, 指标编号
    assert style_maps(word) == (levels, numbered)


def _with_styles(source: Path, path: Path, edit: tuple[str, str]) -> Path:
    """``source`` with one edit to word/styles.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/styles.xml":
                text = data.decode("utf-8")
                assert edit[0] in text
                data = text.replace(edit[0], edit[1], 1).encode("utf-8")
            new.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(("edit", "error"), [
    (('w:type="paragraph" w:styleId="Heading2"', 'w:styleId="Heading2"'), "KeyError"),  # no type
    (('w:type="paragraph" w:styleId="Heading2"', 'w:type="picture" w:styleId="Heading2"'), "ValueError"),
    (('<w:name w:val="heading 2"/>', "<w:name/>"), "InvalidXmlError"),  # a name without its value
])
def test_a_style_python_docx_refuses_fails_as_before(tmp_path: Path, edit: tuple[str, str], error: str) -> None:
    path = _with_styles(_styled(tmp_path / "styled.docx"), tmp_path / "broken.docx", edit)
    with pytest.raises(InputError, match=error):
        read_document(path)
