"""The streaming .xlsx writer, read back with openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from jixiao.review.xlsxstream import StreamWorkbook, column_letter


def test_column_letters() -> None:
    assert [column_letter(i) for i in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_cells_read_back(tmp_path: Path) -> None:
    book = StreamWorkbook()
    sheet = book.add_sheet("数据", ["名称", "金额", "公式", "备注"], [20, 10, 10, 30])
    sheet.append(["A&B <公司>", Decimal("7693.91"), "=B2*2", "  前后空格 "])
    sheet.append(["控制\x01字符\x1f", 3, None, True])
    other = book.add_sheet("空表", ["列"])
    path = book.save(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["数据", "空表"]
    ws = wb["数据"]
    assert [c.value for c in ws[1]] == ["名称", "金额", "公式", "备注"]
    assert ws[1][0].font.b and not ws[2][0].font.b
    assert [c.value for c in ws[2]] == ["A&B <公司>", 7693.91, "=B2*2", "  前后空格 "]
    assert [c.value for c in ws[3]] == ["控制字符", 3, None, True]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D3"
    assert ws.column_dimensions["D"].width == 30
    assert wb["空表"].auto_filter.ref == "A1:A1" and other.rows == 1
