"""Sizes a small file blows up to, capped before they are expanded: the parts of an MHTML archive (each a message
object once parsed), the Excel objects of a Word report that show one embedded workbook (each read and placed), the
cells an HTML table's spans make."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from html_pages import chrome_mhtml
from openpyxl import Workbook

from jixiao import limits
from jixiao.readers import read_any, source_xlsx
from jixiao.readers.document import Table
from jixiao.readers.html_page import part_count, read_page
from jixiao.readers.html_table import html_tables
from jixiao.readers.source_docx import read_docx_document
from jixiao.readers.source_html import read_html_document
from jixiao.readers.text_blocks import text_blocks

_PAGE = "<html><body><p>某县某局2023年度部门整体支出绩效自评报告</p><p>--分隔--</p></body></html>"


def _archive(empty_parts: int) -> bytes:
    head = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"b-1\"\r\n\r\n"
            "--b-1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + _PAGE + "\r\n")
    return (head + "--b-1\r\nContent-Type: text/plain\r\n\r\n\r\n" * empty_parts + "--b-1--\r\n").encode("utf-8")


def test_parts_are_the_lines_opening_a_declared_boundary() -> None:
    assert part_count(chrome_mhtml(_PAGE.encode("utf-8"))) == 3  # the page, its stylesheet, its picture
    assert part_count(_archive(5)) == 6  # a line "--分隔--" of the page and the closing line are no part
    assert part_count(b"--b-1\r\n--b-1\r\n") == 0  # no boundary declared


def test_an_archive_of_too_many_parts_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "page.mht"
    path.write_bytes(_archive(30))
    with limits.using(limits.current().replace(members=20)), pytest.raises(limits.LimitError) as info:
        read_any(path)
    assert "超过上限：MHTML 文件的部分数 31 个，上限 20 个" in str(info.value)
    path.write_bytes(_archive(10))
    with limits.using(limits.current().replace(members=20)):
        assert "某县某局" in read_page(path)[0]  # under the cap: read


def _report_with_objects(path: Path, objects: int) -> Path:
    """A Word report whose form is one embedded workbook, shown by ``objects`` Excel objects in one paragraph."""
    book = Workbook()
    for row in [["一级指标", "二级指标", "三级指标", "分值", "得分"], ["产出指标", "数量指标", "改造农田", "50", "48"]]:
        book.active.append(row)
    blob = io.BytesIO()
    book.save(blob)
    document = docx.Document()
    document.add_paragraph("某县农业局2023年度项目支出绩效自评报告")
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob.getvalue(),
                document.part.package)
    rid = document.part.relate_to(part, RELATIONSHIP_TYPE.PACKAGE)
    run = document.add_paragraph().add_run()
    for _ in range(objects):
        run._r.append(parse_xml(
            '<w:object xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="{rid}"/></w:object>'))
    document.save(path)
    return path


def test_a_workbook_shown_by_many_objects_is_read_once_and_placed_each_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Any] = []
    real = source_xlsx.read_xlsx_document
    monkeypatch.setattr(source_xlsx, "read_xlsx_document", lambda path: reads.append(path) or real(path))
    document = read_docx_document(_report_with_objects(tmp_path / "r.docx", 3))
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [t.rows[1][2] for t in tables] == ["改造农田"] * 3
    assert len(reads) == 1


def test_the_cells_objects_place_are_capped(tmp_path: Path) -> None:
    path = _report_with_objects(tmp_path / "r.docx", 3)  # 10 cells each
    with limits.using(limits.current().replace(sheet_cells=25)), pytest.raises(limits.LimitError) as info:
        read_docx_document(path)
    assert "超过上限：嵌入的 Excel 表格合计 30 个单元格，上限 25 个单元格" in str(info.value)
    with limits.using(limits.current().replace(sheet_cells=30)):
        assert len(read_docx_document(path).blocks) == 4


def _spanned(rows: int) -> str:
    """A table whose first row's cells span ``rows`` rows, the rows below empty: a few bytes, rows × 3 cells."""
    return "<table><tr>" + f'<td rowspan="{rows}">某</td>' * 3 + "</tr>" + "<tr></tr>" * (rows - 1) + "</table>"


def test_the_cells_a_pages_tables_span_to_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>某县某局2023年度部门整体支出绩效自评报告</p>" + _spanned(10) * 2
                    + "</body></html>", encoding="utf-8")
    with limits.using(limits.current().replace(sheet_cells=50)), pytest.raises(limits.LimitError) as info:
        read_any(path)
    assert "超过上限：网页表格合计 60 个单元格，上限 50 个单元格" in str(info.value)
    with limits.using(limits.current().replace(sheet_cells=60)):
        assert [len(t.rows) for t in read_html_document(path).blocks if isinstance(t, Table)] == [10, 10]


def test_the_cells_of_a_table_written_into_text_are_capped() -> None:
    with limits.using(limits.current().replace(sheet_cells=50)), pytest.raises(limits.LimitError) as info:
        html_tables(_spanned(10) * 2, "r.md")
    assert str(info.value).startswith("r.md：超过上限：网页表格合计 60 个单元格")
    with limits.using(limits.current().replace(sheet_cells=60)):
        assert [len(rows) for rows in html_tables(_spanned(10) * 2)] == [10, 10]


def test_the_cells_of_tables_written_apart_into_a_text_are_capped_together() -> None:
    text = "某县某局2023年度部门整体支出绩效自评报告\n\n" + _spanned(10) + "\n\n一、基本情况\n\n" + _spanned(10) + "\n"
    with limits.using(limits.current().replace(sheet_cells=50)), pytest.raises(limits.LimitError) as info:
        text_blocks(text, "report.md")  # (each table 30 cells: under the cap alone)
    assert str(info.value).startswith("report.md：超过上限：网页表格合计 60 个单元格，上限 50 个单元格")
    with limits.using(limits.current().replace(sheet_cells=60)):
        assert [len(b.rows) for b in text_blocks(text, "report.md") if isinstance(b, Table)] == [10, 10]
