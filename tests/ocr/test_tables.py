"""Tables rebuilt from a ruled grid and the recognised characters: rows, columns, merged cells."""

from __future__ import annotations

from jixiao.ocr.result import Glyph, Rule, TextBox
from jixiao.ocr.tables import build_table, find_grids


def box(text: str, x0: float, top: float, confidence: float = 0.99) -> TextBox:
    width = 40.0 * len(text)
    glyphs = tuple(Glyph(ch, x0 + 40 * i, x0 + 40 * (i + 1), confidence) for i, ch in enumerate(text))
    return TextBox(text, x0, top, x0 + width, top + 40, confidence, glyphs)


def grid_rules() -> tuple[list[Rule], list[Rule]]:
    """Three columns (0–300–600–900), three rows (0–60–120–180); the first column's two lower rows
    are one merged cell (no rule between them), and the header's last two cells are merged."""
    horizontal = [Rule(0, 0, 900), Rule(60, 0, 900), Rule(120, 300, 900), Rule(180, 0, 900)]
    vertical = [Rule(0, 0, 180), Rule(300, 0, 180), Rule(600, 60, 180), Rule(900, 0, 180)]
    return horizontal, vertical


def test_grid_cells_and_merged_cells() -> None:
    horizontal, vertical = grid_rules()
    [grid] = find_grids(horizontal, vertical)
    assert grid.xs == [0, 300, 600, 900] and grid.ys == [0, 60, 120, 180]
    boxes = [box("指标", 20, 10), box("得分情况", 320, 10), box("产出", 20, 100),
             box("数量", 320, 70), box("5", 620, 70, 0.62), box("质量", 320, 130), box("10", 620, 130)]
    table = build_table(grid, boxes)
    assert table is not None
    assert table.rows == [["指标", "得分情况", "得分情况"], ["产出", "数量", "5"], ["产出", "质量", "10"]]
    assert table.confidences is not None and table.confidences[1][2] == 0.62
    assert table.cell_location(1, 2) == "表第2行第3列（扫描，置信度 0.62）"


def test_a_line_spanning_two_cells_is_split_by_its_characters() -> None:
    horizontal = [Rule(0, 0, 400), Rule(60, 0, 400)]
    vertical = [Rule(0, 0, 60), Rule(200, 0, 60), Rule(400, 0, 60)]
    [grid] = find_grids(horizontal, vertical)
    glyphs = (Glyph("预", 20, 60, 0.99), Glyph("算", 60, 100, 0.99), Glyph("8", 230, 250, 0.95))
    table = build_table(grid, [TextBox("预算8", 20, 10, 250, 50, 0.97, glyphs)])
    assert table is not None and table.rows == [["预算", "8"]]


def test_lines_that_cross_nothing_make_no_table() -> None:
    assert find_grids([Rule(100, 0, 900)], []) == []
    assert find_grids([Rule(100, 0, 900), Rule(200, 0, 900)], [Rule(950, 0, 300)]) == []
