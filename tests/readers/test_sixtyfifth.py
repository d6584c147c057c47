"""Shapes of the sixty-fifth set (docs/reader-corpora/sixtyfifth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from page_reading import by_name, read_saved

from jixiao.errors import InputError
from jixiao.readers import read_any

_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
# (x, y, text) in millimetres: the form's cells each a run of its own, as an OFD page places them
_LINES = [
    [(20, "某区某馆2024年度某展览项目绩效自评报告")],
    [(20, "实施单位：某区某馆")],
    [(10, "一级指标"), (30, "二级指标"), (50, "三级指标"), (80, "年度指标值"), (100, "实际完成值"), (120, "分值"),
     (130, "得分")],
    [(10, "产出指标"), (30, "数量指标"), (50, "某展览场次"), (80, "≥5场"), (100, "6场"), (120, "40"), (130, "40")],
    [(10, "效益指标"), (30, "社会效益指标"), (50, "某观众人次"), (80, "≥3万人次"), (100, "2.7万人次"), (120, "30"),
     (130, "26")],
    [(10, "满意度指标"), (30, "满意度指标"), (50, "某观众满意度"), (80, "≥90%"), (100, "93%"), (120, "30"),
     (130, "30")],
    [(10, "总分"), (120, "100"), (130, "96")],
]


def _width(text: str) -> float:
    return sum(3 if ord(ch) > 0x2000 else 1.5 for ch in text)


def _ofd(path: Path, lines: list[list[tuple[int, str]]], split_runs: bool = False) -> Path:
    """An OFD package of one page; ``split_runs`` writes each character of a cell as a run of its own (as some
    producers do), the runs touching."""
    objects, oid = [], 1
    for row, line in enumerate(lines):
        y = 20 + 7 * row
        for x, text in line:
            pieces = [(x + _width(text[:i]), ch) for i, ch in enumerate(text)] if split_runs else [(x, text)]
            for px, piece in pieces:
                objects.append(f'<ofd:TextObject ID="{oid}" Boundary="{px:g} {y} {_width(piece):g} 4" Size="3">'
                               f'<ofd:TextCode X="0" Y="3">{piece}</ofd:TextCode></ofd:TextObject>')
                oid += 1
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                              "</ofd:DocBody></ofd:OFD>")
        z.writestr("Doc_0/Document.xml", f'<ofd:Document {_NS}><ofd:Pages><ofd:Page ID="1" '
                                         'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/Pages/Page_0/Content.xml", f"<ofd:Page {_NS}><ofd:Content><ofd:Layer>{''.join(objects)}"
                                                     "</ofd:Layer></ofd:Content></ofd:Page>")
    return path


@pytest.mark.parametrize("split_runs", [False, True])
def test_ofd_page_of_positioned_runs(tmp_path: Path, split_runs: bool) -> None:
    """An .ofd report: its runs laid out in lines by their baseline and in cells by their gaps, so the form is read
    as a table (before, the suffix was refused: nothing read)."""
    read = read_any(_ofd(tmp_path / "report.ofd", _LINES, split_runs)).evaluation
    inds = by_name(read)
    assert list(inds) == ["某展览场次", "某观众人次", "某观众满意度"]
    assert (inds["某观众人次"].level1, inds["某观众人次"].weight, inds["某观众人次"].stated_score) == (
        "效益指标", Decimal(30), Decimal(26))
    assert read.stated_total == Decimal(96)


def test_ofd_without_text_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="没有可提取的文字"):
        read_any(_ofd(tmp_path / "blank.ofd", []))


def _shown(value: Any) -> dict[str, Any]:
    """A target's or an actual's stated fields, as the evaluation file writes them."""
    return value.model_dump(mode="json", exclude_none=True) if value is not None else {}


def test_target_and_actual_stacked_in_one_labelled_cell(tmp_path: Path) -> None:
    """A form whose one value column stacks the target over the actual, each labelled ("目标：≥40人" / "完成：44人"):
    both read, as written (before, the cell was read as the target and no actual)."""
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值及完成情况", "分值", "得分"],
            ["产出指标", "数量指标", "某集训人数", "目标：≥40人<br/>完成：44人", "50", "50"],
            ["效益指标", "社会效益指标", "某训练成效", "目标：明显提升<br/>完成：明显提升", "20", "20"],
            ["满意度指标", "满意度指标", "某家长满意度", "目标：≥90%<br/>完成：88%", "30", "27"],
            ["合计", "", "", "", "100", "97"]]
    grid = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<html><body><p>某市某校2024年度部门整体支出绩效自评表</p><table>{grid}</table></body></html>"
    inds = by_name(read_saved(tmp_path, html, "form.htm"))
    got = {name: (_shown(i.target), _shown(i.actual)) for name, i in inds.items()}
    assert got["某集训人数"] == ({"comparator": "≥", "value": "40", "unit": "人"}, {"value": "44", "unit": "人"})
    assert (got["某训练成效"][0]["text"], got["某训练成效"][1]["text"]) == ("明显提升", "明显提升")
    assert got["某家长满意度"][1] == {"value": "88", "unit": "%"}


def test_note_mark_after_a_value_is_not_its_unit(tmp_path: Path) -> None:
    """A value carrying a note's mark ("3280万次[1]", the note under the table): the mark is no part of the unit
    (before, the unit read "万次[")."""
    lines = ["某市某中心2024年某宣传项目绩效自评表",
             "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
             "产出指标 | 数量指标 | 某宣传场次 | ≥6场 | 7场 | 50 | 50 |",
             "效益指标 | 社会效益指标 | 某网络曝光量 | ≥3000万次 | 3280万次[1] | 50 | 50 |",
             "总分 |  |  |  |  | 100 | 100 |", "注：[1]某第三方监测数据。"]
    actual = by_name(read_saved(tmp_path, "\n".join(lines) + "\n"))["某网络曝光量"].actual
    assert _shown(actual) == {"value": "3280", "unit": "万次"}


def test_levels_as_an_outline_down_the_name_column(tmp_path: Path) -> None:
    """A form with no level columns whose first column is an outline: "一、产出指标" and "（一）数量指标" rows with
    their block's points and score, the 三级 numbered "1." under them — the headings are the rows' levels, no
    indicators of their own (before, each heading row was read as an indicator and no row had a level)."""
    import docx

    rows = [["绩效指标", "分值", "年度指标值", "实际完成值", "得分"],
            ["一、产出指标", "60", "", "", "58"], ["（一）数量指标", "30", "", "", "30"],
            ["1.某巡查次数", "30", "≥20次", "24次", "30"], ["（二）质量指标", "30", "", "", "28"],
            ["2.某修缮合格率", "30", "≥95%", "93%", "28"], ["二、满意度指标", "40", "", "", "40"],
            ["（一）服务对象满意度指标", "40", "", "", "40"], ["3.某公众满意度", "40", "≥90%", "92%", "40"],
            ["合计", "100", "", "", "98"]]
    d = docx.Document()
    d.add_paragraph("某市某局2024年度部门整体支出绩效自评表")
    t = d.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.save(tmp_path / "form.docx")
    read = read_any(tmp_path / "form.docx").evaluation
    assert [(i.level1, i.level2, i.name, i.weight) for i in read.indicators] == [
        ("产出指标", "数量指标", "某巡查次数", Decimal(30)), ("产出指标", "质量指标", "某修缮合格率", Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "某公众满意度", Decimal(40))]
    assert read.stated_total == Decimal(98)
