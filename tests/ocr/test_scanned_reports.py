"""Scanned reports read by OCR: the whole seed report scanned (seals, skew, noise, a page upside
down) reads to the seed's facts; image files, multi-page TIFFs and PDFs with only some pages
scanned read too; every scanned fact says so with its confidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_scans import facts, scan_seed

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.document import Table
from jixiao.readers.report import read_document

pytestmark = pytest.mark.slow


def test_scanned_seed_reads_to_the_seeds_facts(seed_scan: Path, seed_pdf: Path, example: Evaluation) -> None:
    result = read_any(seed_scan)
    printed = read_any(seed_pdf).evaluation  # the same pages read from their text layer
    assert facts(result.evaluation) == facts(printed)
    assert printed.indicators and [i.name for i in printed.indicators] == [i.name for i in example.indicators]
    provenance = result.evaluation.provenance
    assert "（扫描，置信度 0." in provenance["budget.initial"].location
    assert "（扫描，置信度 0." in provenance["indicators[3].stated_score"].location
    assert provenance["stated_total"].text.endswith("93.19分")


def test_scanned_seed_pages_come_in_order_with_the_upside_down_page_turned(seed_scan: Path) -> None:
    document = read_document(seed_scan)
    texts = [b.text for b in document.paragraphs]
    staff = next(i for i, t in enumerate(texts) if t.startswith("我单位现有在职职工131人"))  # page 2, upside down
    duties = next(i for i, t in enumerate(texts) if t.startswith("1. 职能职责") or t.startswith("1.职能职责"))
    assert duties < staff
    assert not any(t.strip("—一-0123456789 ") == "" for t in texts)  # page numbers dropped
    table = next(b for b in document.blocks if isinstance(b, Table) and "执行率" in b.rows[0])
    assert table.rows[1][:5] == ["预算执行情况", "5,504.00", "8,224.00", "7,693.91", "93.55%"]


def test_multi_page_tiff(seed_pdf: Path, tmp_path: Path) -> None:
    tiff = scan_seed(seed_pdf, tmp_path / "seed.tiff", pages=[6, 8])  # two short pages: the end and a table
    document = read_document(tiff)
    assert document.paragraphs[0].location.startswith("第1页第1行（扫描，置信度")
    assert document.paragraphs[0].text == "六、改进措施、建议"
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert table.cell_location(0, 0).startswith("表1第1行第1列（扫描，置信度")
    assert ["合计", "合计", "合计", "合计", "合计", "100", "93.19", ""] in table.rows


def test_pdf_with_one_scanned_page_among_text_pages(seed_pdf: Path, tmp_path: Path,
                                                    example: Evaluation) -> None:
    import pypdfium2 as pdfium

    scanned = scan_seed(seed_pdf, tmp_path / "page8.pdf", pages=[7])  # the score table's first page
    text = pdfium.PdfDocument(str(seed_pdf))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text, list(range(7)))
    mixed.import_pages(pdfium.PdfDocument(str(scanned)))
    mixed.import_pages(text, [8])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    result = read_any(path)
    assert facts(result.evaluation) == facts(read_any(seed_pdf).evaluation)  # as the text layer reads
    assert [i.name for i in result.evaluation.indicators] == [i.name for i in example.indicators]
    assert "扫描" not in result.evaluation.provenance["budget.initial"].location  # page 4: its text layer
    document = read_document(path)
    scanned_tables = [b for b in document.tables if b.confidences is not None]
    assert [t.rows[1][1:4] for t in scanned_tables[1:2]] == [["5,504.00", "8,224.00", "7,693.91"]]
    assert all(p.confidence is None for p in document.paragraphs if p.location.startswith("第4页"))


def test_image_without_text_is_one_sentence(tmp_path: Path) -> None:
    from PIL import Image

    from jixiao.errors import InputError

    blank = tmp_path / "blank.png"
    Image.new("RGB", (800, 1100), (250, 248, 240)).save(blank)
    with pytest.raises(InputError, match="图片中没有识别出文字"):
        read_any(blank)
