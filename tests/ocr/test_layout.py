"""Reading order on a scanned page: one column or two, page numbers dropped, confidence kept."""

from __future__ import annotations

from jixiao.ocr.layout import page_blocks
from jixiao.ocr.result import Glyph, PageScan, TextBox


def box(text: str, x0: float, top: float, confidence: float = 0.99) -> TextBox:
    glyphs = tuple(Glyph(ch, x0 + 40 * i, x0 + 40 * (i + 1), confidence) for i, ch in enumerate(text))
    return TextBox(text, x0, top, x0 + 40 * len(text), top + 40, confidence, glyphs)


def page(*boxes: TextBox) -> PageScan:
    return PageScan(width=1654, height=2339, dpi=200, boxes=list(boxes))


def test_two_columns_are_read_left_then_right_under_a_full_width_title() -> None:
    left = [box(f"左栏第{i}行文字内容", 200, 300 + 60 * i) for i in range(5)]
    right = [box(f"右栏第{i}行文字内容", 900, 300 + 60 * i) for i in range(5)]
    title = box("两栏排版的报告标题横跨整页宽度居中显示", 300, 150)
    lines, tables = page_blocks(page(*right, title, *left), 1)
    assert tables == []
    assert [ln.text for ln in lines] == [title.text] + [b.text for b in left] + [b.text for b in right]
    assert [ln.number for ln in lines] == list(range(1, 12))


def test_one_column_boxes_on_one_line_are_joined_left_to_right() -> None:
    lines, _ = page_blocks(page(box("大兴镇人民政府", 900, 300), box("单位名称：", 200, 302),
                                box("第二行", 200, 400)), 3)
    assert [ln.text for ln in lines] == ["单位名称：大兴镇人民政府", "第二行"]
    assert lines[0].page == 3


def test_page_numbers_read_with_odd_dashes_are_dropped() -> None:
    lines, _ = page_blocks(page(box("正文", 200, 300), box("一3一", 1400, 2080), box("—4—", 200, 2100)), 1)
    assert [ln.text for ln in lines] == ["正文"]


def test_lines_keep_their_lowest_character_confidence() -> None:
    lines, _ = page_blocks(page(box("预算执行率93.55%", 200, 300, 0.71)), 1)
    assert lines[0].confidence == 0.71
