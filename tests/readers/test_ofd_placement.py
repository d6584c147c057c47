"""Where an OFD page places its text: a text object's CTM (the scale and shift most producers write, coordinates in
points mapped to millimetres), a Boundary as wide as the page, a TextCode taking the X / Y of the one before, and a
page list that names one page part over and over. Every form here is invented."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ofd_pages import code, ofd_package, page, placed_runs, text_object, width
from page_reading import by_name

from jixiao.errors import InputError
from jixiao.readers import read_any
from jixiao.readers.document import Paragraph
from jixiao.readers.source_ofd import read_ofd_document

_FORM = [
    [(20, "某镇某所2024年度某巡查项目绩效自评表")],
    [(10, "实施单位"), (40, "某镇某所")],
    [(10, "一级指标"), (30, "二级指标"), (50, "三级指标"), (80, "年度指标值"), (100, "实际完成值"), (125, "分值"),
     (140, "得分")],
    [(10, "产出指标"), (30, "数量指标"), (50, "某河段巡查次数"), (80, "≥24次"), (100, "26次"), (125, "50"),
     (140, "50")],
    [(10, "效益指标"), (30, "生态效益指标"), (50, "某河段保洁率"), (80, "≥90%"), (100, "88%"), (125, "30"),
     (140, "27")],
    [(10, "满意度指标"), (30, "满意度指标"), (50, "某沿岸群众满意度"), (80, "≥85%"), (100, "91%"), (125, "20"),
     (140, "20")],
    [(10, "总分"), (125, "100"), (140, "97")],
]
_PT = 0.3528  # millimetres a point


def _form_read(path: Path) -> None:
    read = read_any(path).evaluation
    inds = by_name(read)
    assert list(inds) == ["某河段巡查次数", "某河段保洁率", "某沿岸群众满意度"]
    assert (inds["某河段保洁率"].level2, inds["某河段保洁率"].weight, inds["某河段保洁率"].stated_score) == (
        "生态效益指标", Decimal(30), Decimal(27))
    assert read.stated_total == Decimal(97)
    assert not [key for key, source in read.provenance.items() if source.guessed and key.startswith("indicators")]


def test_text_placed_through_its_objects_ctm(tmp_path: Path) -> None:
    """Each cell an object whose TextCode stands in points from its Boundary's corner and whose CTM scales them to
    millimetres (before, X / Y and the size were taken as millimetres: a character height of 8.5 mm, so the
    row's cells 5 mm apart ran together and the indicator rows were lost)."""
    objects = [text_object(100 * r + c, f"{x:g} {20 + 7 * r:g} {width(text):g} 4", code(text, 0, 3 / _PT),
                           size=3 / _PT, ctm=f"{_PT} 0 0 {_PT} 0 0")
               for r, line in enumerate(_FORM) for c, (x, text) in enumerate(line)]
    _form_read(ofd_package(tmp_path / "ctm.ofd", [page(objects)]))


def test_boundary_as_wide_as_the_page_keeps_cells_apart(tmp_path: Path) -> None:
    """A producer that gives every object the page's box and places the text by X / Y: each run ends where its
    characters do, so a row's cells stay apart (before, each line was one run-together cell, read as guessed)."""
    objects = [text_object(100 * r + c, "0 0 210 297", code(text, x, 23 + 7 * r))
               for r, line in enumerate(_FORM) for c, (x, text) in enumerate(line)]
    _form_read(ofd_package(tmp_path / "page-box.ofd", [page(objects)]))


def test_codes_of_one_object_end_where_their_advances_do(tmp_path: Path) -> None:
    """A row written as one object of a TextCode a cell, figures in 元 placed by DeltaX ("g 11 1.5": eleven advances
    of 1.5 mm): each figure ends where its advances do, not a character height a digit further (before, twelve
    digits and marks were taken 36 mm wide and the three figures ran into one cell)."""
    rows = [["项目资金（元）", "年初预算数", "全年预算数", "全年执行数"],
            ["年度资金总额", "1,286,400.00", "1,310,000.00", "1,254,730.50"]]
    objects = []
    for r, row in enumerate(rows):
        codes = "".join(code(text, x, delta=f"g {len(text) - 1} {width(text[0]):g}")
                        for x, text in zip((0, 40, 65, 90), row, strict=True))
        objects.append(text_object(r + 1, f"10 {20 + 7 * r} 120 4", codes))
    tables = [b.rows for b in read_ofd_document(ofd_package(tmp_path / "codes.ofd", [page(objects)])).blocks
              if not isinstance(b, Paragraph)]
    assert ["年度资金总额", "1,286,400.00", "1,310,000.00", "1,254,730.50"] in tables[0]


def test_text_code_without_y_stays_on_the_line_before(tmp_path: Path) -> None:
    """The standard lets a TextCode leave out X or Y and take the previous one's: a label and its value in one
    object, the value's code giving only its X, are one line (before, it dropped to the object's top)."""
    label = text_object(1, "10 30 120 12", code("实施单位：某镇某所", 0, 10) + code("填报日期：2025年3月", 70, None))
    texts = [b.text for b in read_ofd_document(ofd_package(tmp_path / "codes.ofd", [page([label])])).blocks
             if isinstance(b, Paragraph)]
    assert texts[0].startswith("实施单位：某镇某所") and "填报日期" in texts[0]


def test_a_page_part_named_past_the_page_limit_is_refused(tmp_path: Path) -> None:
    """A small file whose page list names one page part thousands of times is refused by the page limit before any
    page is parsed (before, each was parsed again: minutes for a few kilobytes)."""
    path = ofd_package(tmp_path / "again.ofd", [page(placed_runs(_FORM))], page_refs=[0] * 600)
    with pytest.raises(InputError, match=r"again\.ofd.*页数"):
        read_ofd_document(path)
