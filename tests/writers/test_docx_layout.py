"""The Word report read back from the file: GB/T 9704 page set-up, fonts (East Asian included),
sizes, line pitch, page numbers and the appendix table."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from jixiao.writers import render


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory, seed_evaluation, seed_score) -> Path:
    return render(seed_evaluation, "docx", tmp_path_factory.mktemp("docx") / "report.docx", score=seed_score)


@pytest.fixture(scope="module")
def document(docx_file: Path):  # type: ignore[no-untyped-def]
    return Document(str(docx_file))


def _fonts(run) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    rfonts = run._element.rPr.rFonts
    return {key: rfonts.get(qn(f"w:{key}")) for key in ("eastAsia", "ascii", "hAnsi")}


def _paragraph(document, text: str):  # type: ignore[no-untyped-def]
    return next(p for p in document.paragraphs if p.text == text)


def test_page_is_a4_with_official_margins(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    for name, mm in (("top_margin", 37), ("bottom_margin", 35), ("left_margin", 28), ("right_margin", 26)):
        assert abs(getattr(section, name) - Mm(mm)) < Mm(0.5), name


def test_title_is_2hao_xiaobiaosong_centred(document) -> None:  # type: ignore[no-untyped-def]
    title = document.paragraphs[0]
    assert title.text == "重庆市璧山区大兴镇人民政府"
    assert title.alignment == 1  # centre
    run = title.runs[0]
    assert run.font.size == Pt(22)
    assert _fonts(run) == {"eastAsia": "方正小标宋简体", "ascii": "Times New Roman", "hAnsi": "Times New Roman"}


def test_body_is_3hao_fangsong_indented_at_fixed_pitch(document) -> None:  # type: ignore[no-untyped-def]
    body = _paragraph(document, "本次绩效评价综合得分99.03分，绩效评价等级为“优”。")
    run = body.runs[0]
    assert run.font.size == Pt(16)
    assert _fonts(run) == {"eastAsia": "仿宋_GB2312", "ascii": "Times New Roman", "hAnsi": "Times New Roman"}
    fmt = body.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert Pt(28) <= fmt.line_spacing <= Pt(29.5)
    assert fmt.first_line_indent == Pt(32)  # two 16 pt characters
    assert body._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"


@pytest.mark.parametrize(("text", "face"), [("一、基本情况", "黑体"), ("（一）单位基本情况", "楷体_GB2312"),
                                            ("1. 职能职责", "仿宋_GB2312"), ("4. 预算执行率（15分）", "仿宋_GB2312")])
def test_heading_faces(document, text: str, face: str) -> None:  # type: ignore[no-untyped-def]
    run = _paragraph(document, text).runs[0]
    assert _fonts(run)["eastAsia"] == face
    assert run.font.size == Pt(16)


def test_normal_style_sets_east_asian_font(document) -> None:  # type: ignore[no-untyped-def]
    rfonts = document.styles["Normal"].element.rPr.rFonts
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_page_numbers_odd_right_even_left(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for paragraph, alignment in ((odd, 2), (even, 0)):
        assert paragraph.alignment == alignment
        xml = paragraph._p.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert _fonts(paragraph.runs[0])["eastAsia"] == "宋体"
        assert paragraph.runs[0].font.size == Pt(14)


def test_appendix_score_table(document) -> None:  # type: ignore[no-untyped-def]
    tables = document.tables
    indicator_table = next(t for t in tables if t.rows[0].cells[0].text == "一级指标")
    header = indicator_table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    assert indicator_table.style.name == "Table Grid"
    names = [row.cells[2].text for row in indicator_table.rows[1:-1]]
    assert len(names) == 11 and names[3] == "预算执行率"
    assert indicator_table.rows[4].cells[6].text == "14.03"  # recomputed (the default --scores computed)
    last = indicator_table.rows[-1]
    assert last.cells[0].text == "合计" and last.cells[6].text == "99.03"
    appendix = document.sections[-1]
    assert appendix.page_width > appendix.page_height  # landscape
