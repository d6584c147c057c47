"""An OFD table whose cells wrap onto two lines: the rules the page draws tell one row's lines from the next row's,
so a wrapped cell is read whole, as in the docx of the same form. Every form here is invented."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ofd_pages import code, ofd_package, page, rule_bar, rules_path, text_object, width
from page_reading import by_name

from jixiao.readers import read_any
from jixiao.readers.document import Paragraph
from jixiao.readers.source_ofd import read_ofd_document

_COLUMNS = [10, 28, 48, 78, 98, 122, 136, 150]  # the table's vertical rules
_ROWS = [
    [["一级指标"], ["二级指标"], ["三级指标"], ["年度指标值"], ["实际完成值"], ["分值"], ["得分"]],
    [["产出指标"], ["数量指标"], ["某林区防火", "巡护里程"], ["≥800公里"], ["860公里"], ["40"], ["40"]],
    [["效益指标"], ["生态效益", "指标"], ["某林区火灾受害率"], ["≤0.5‰"], ["0.2‰"], ["30"], ["30"]],
    [["满意度指标"], ["满意度指标"], ["某林农满意度", "（抽样）"], ["≥90%"], ["88%"], ["30"], ["26"]],
    [["总分"], [], [], [], [], ["100"], ["96"]],
]


def _form(path: Path, centred: bool, bars: bool) -> Path:
    """The form with each row as tall as its most wrapped cell (lines 4.5 mm apart); a cell of fewer lines at the
    row's top or centred in it; the grid drawn as one path of strokes or as thin filled bars."""
    objects = [text_object(1, "20 8 110 4", code("某县某林场2024年度某护林项目绩效自评表")),
               text_object(2, "10 13 60 4", code("实施单位：某县某林场"))]
    flat, top = [19.0], 19.0
    for row in _ROWS:
        lines = max(len(cell) for cell in row)
        for c, cell in enumerate(row):
            for k, text in enumerate(cell):
                at = top + 1 + 4.5 * (k + ((lines - len(cell)) / 2 if centred else 0))
                objects.append(text_object(len(objects) + 1, f"{_COLUMNS[c] + 1:g} {at:g} {width(text):g} 4",
                                           code(text)))
        top += 1 + 4.5 * (lines - 1) + 5
        flat.append(top)
    if bars:
        span = _COLUMNS[-1] - _COLUMNS[0]
        objects += [rule_bar(500 + n, _COLUMNS[0], y - 0.15, span, 0.3) for n, y in enumerate(flat)]
        objects += [rule_bar(600 + n, x - 0.15, flat[0], 0.3, flat[-1] - flat[0]) for n, x in enumerate(_COLUMNS)]
    else:
        objects.append(rules_path(500, flat, _COLUMNS, _COLUMNS[0], _COLUMNS[-1]))
    return ofd_package(path, [page(objects)])


@pytest.mark.parametrize(("centred", "bars"), [(False, False), (True, False), (False, True), (True, True)])
def test_cells_wrapped_in_a_ruled_row_are_read_whole(tmp_path: Path, centred: bool, bars: bool) -> None:
    """A 三级 name and a 二级 wrapped in their cells, the row's other cells on its first line or centred between its
    lines: each row one row of cells, each wrapped cell whole (before, the second line fell out of the table as a
    paragraph, and a centred row was read shifted: a 二级 taken for the name)."""
    read = read_any(_form(tmp_path / "wrapped.ofd", centred, bars)).evaluation
    inds = by_name(read)
    assert list(inds) == ["某林区防火巡护里程", "某林区火灾受害率", "某林农满意度（抽样）"]
    assert (inds["某林区火灾受害率"].level1, inds["某林区火灾受害率"].level2) == ("效益指标", "生态效益指标")
    sampled = inds["某林农满意度（抽样）"]
    assert (sampled.weight, sampled.stated_score) == (Decimal(30), Decimal(26))
    assert read.stated_total == Decimal(96)


def test_lines_between_two_ruled_tables_stay_apart(tmp_path: Path) -> None:
    """A note just under one ruled table and a caption just over the next, each close to its rule, no rule between
    them: two lines of their own, never one row (no vertical rule crosses the gap between the tables)."""
    head = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    objects = []
    for n, (top, cells) in enumerate([(21, head), (27, ["产出指标", "数量指标", "某巡护次数", "50", "50"]),
                                      (56, head), (62, ["满意度指标", "满意度指标", "某林农满意度", "50", "48"])]):
        objects += [text_object(10 * n + c, f"{_COLUMNS[c] + 1:g} {top:g} {width(text):g} 4", code(text))
                    for c, text in enumerate(cells)]
    objects += [text_object(90, "10 34 60 4", code("注：次数按月统计。")),
                text_object(91, "100 50 40 4", code("表2 满意度")),
                rules_path(95, [20, 26, 32], _COLUMNS[:6], 10, 122),
                rules_path(96, [55, 61, 67], _COLUMNS[:6], 10, 122)]
    blocks = read_ofd_document(ofd_package(tmp_path / "two.ofd", [page(objects)])).blocks
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "注：次数按月统计。" in texts and "表2 满意度" in texts
