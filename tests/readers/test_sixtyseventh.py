"""Shapes of the sixty-seventh set (docs/reader-corpora/sixtyseventh.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import quopri
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from page_reading import by_name, read_docx

from jixiao.readers import read_any
from jixiao.readers.extract.table_indicator_cells import column_numbers_row
from jixiao.readers.html_frames import inline_frames
from jixiao.readers.source_xlsx import fixed_places

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
_FORM = ("<table border='1'><tr><td>项目名称</td><td colspan='3'>2023年某某灌区渠系配套项目</td></tr>"
         "<tr><td>主管部门</td><td>某某县水利局</td><td>实施单位</td><td>某某县灌区管理所</td></tr></table>"
         "<table border='1'><tr>" + "".join(f"<td>{h}</td>" for h in _HEAD) + "</tr>"
         "<tr><td>产出指标</td><td>数量指标</td><td>衬砌渠道长度</td><td>≥8公里</td><td>8.3公里</td><td>50</td>"
         "<td>50</td><td></td></tr><tr><td>满意度指标</td><td>服务对象满意度指标</td><td>灌区群众满意度</td>"
         "<td>≥90%</td><td>91%</td><td>50</td><td>48</td><td>个别村放水时间有意见</td></tr></table>")


def _archive(main: str, frame: str, frame_headers: str) -> bytes:
    """A browser's one-file archive of a page and one frame of it, both quoted-printable."""
    b = "----MultipartBoundary--testboundary0001----"

    def part(headers: str, html: str) -> str:
        body = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        return (f"--{b}\r\nContent-Type: text/html\r\n{headers}Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                f"{body}\r\n\r\n")

    return (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.gov.cn/a.html\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f'\ttype="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n'
            + part("Content-ID: <frame-0@mhtml.blink>\r\nContent-Location: http://example.gov.cn/a.html\r\n", main)
            + part(frame_headers, frame) + f"--{b}--\r\n").encode("ascii")


@pytest.mark.parametrize(("src", "headers"), [
    ("cid:frame-5@mhtml.blink", "Content-ID: <frame-5@mhtml.blink>\r\n"),
    ("http://example.gov.cn/form.html", "Content-Location: http://example.gov.cn/form.html\r\n"),
    ("form.html", "Content-Location: http://example.gov.cn/form.html\r\n")])
def test_form_in_a_frame_of_a_saved_page(tmp_path: Path, src: str, headers: str) -> None:
    """A page whose form is shown in an iframe, saved as one file: the frame is its own HTML part, named by the
    iframe's src (a cid:, its address, or its address relative to the page's); read where the frame stands (before,
    only the page part was read: no table, no indicator)."""
    main = ("<html><head><meta charset='utf-8'><title>某某县灌区管理所项目支出绩效自评表</title></head><body>"
            "<h1>某某县灌区管理所项目支出绩效自评表</h1><p>现将自评表公开如下。</p>"
            f"<iframe src=\"{src}\" width=\"100%\"></iframe><p>主办单位：某某县人民政府</p></body></html>")
    frame = f"<html><head><meta charset='utf-8'></head><body>{_FORM}</body></html>"
    path = tmp_path / "page.mhtml"
    path.write_bytes(_archive(main, frame, headers))
    evaluation = read_any(path).evaluation
    assert evaluation.project is not None and evaluation.project.name == "2023年某某灌区渠系配套项目"
    found = by_name(evaluation)
    assert found["衬砌渠道长度"].weight == 50
    assert found["灌区群众满意度"].stated_score == 48


def test_frames_are_put_in_place_once() -> None:
    """A frame the archive does not hold stays as it is; a frame that shows itself again is put in place once."""
    pages = {"a": "<body><p>甲</p><iframe src='a'></iframe></body>"}
    out = inline_frames("<p>前</p><iframe src=\"a\"></iframe><iframe src='b'></iframe>", pages.get)
    assert out.count("甲") == 1
    assert "<iframe src='b'></iframe>" in out


def test_a_frame_under_many_names_is_put_in_place_once() -> None:
    """One part a frame names under many names ("p.htm", "./p.htm", "././p.htm") and that shows itself again
    under each: put in place once, never once per name and level (an archive cannot make the page grow past its
    own size)."""
    names = [("./" * k) + "p.htm" for k in range(30)]
    page = "<body><p>乙</p>" + "".join(f"<iframe src='{n}'></iframe>" for n in names) + "</body>"
    out = inline_frames("<iframe src='p.htm'></iframe>", lambda src: page if src in names else None)
    assert out.count("<p>乙</p>") == 1


def test_sheet_cells_read_as_they_show(tmp_path: Path) -> None:
    """Cells holding more decimals than their format shows (2,416.3752 under "#,##0.00", a score of 9.674 under
    "0.00"): read as the sheet shows and prints them (before, 2416.3752 and 9.674); a General cell keeps its
    figure."""
    book = openpyxl.Workbook()
    ws = book.active
    rows = [["项目名称", "2024年某某镇农村供水保障项目"], ["主管部门", "某某县水务局", "实施单位", "某某县供水站"],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", 318.4451, 336.2049, 327.5562, 10, 0.9743, 9.7426], _HEAD,
            ["产出指标", "数量指标", "新建供水管网长度", "≥12公里", "12.5公里", 45, 45, ""],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92%", 45, 44.125, "个别村水压偏低"]]
    for row in rows:
        ws.append(row)
    for col in "BCD":
        ws[f"{col}4"].number_format = "#,##0.00"
    ws["F4"].number_format = "0.00%"
    ws["G4"].number_format = "0.00"
    path = tmp_path / "form.xlsx"
    book.save(path)
    evaluation = read_any(path).evaluation
    assert (evaluation.budget.initial, evaluation.budget.executed) == (Decimal("318.45"), Decimal("327.56"))
    found = by_name(evaluation)
    assert found["预算执行率"].stated_score == Decimal("9.74")
    assert found["受益群众满意度"].stated_score == Decimal("44.125")


@pytest.mark.parametrize(("fmt", "places"), [("General", None), ("0", 0), ("0.00", 2), ("#,##0.0", 1),
                                             ('0.00"万元"', 2), ("0.00_ ;[Red]-0.00", 2), ("0.00%", None),
                                             ("yyyy-mm-dd", None), ("@", None), ("0.00E+00", None)])
def test_fixed_places_of_a_number_format(fmt: str, places: int | None) -> None:
    assert fixed_places(fmt) == places


def test_row_of_column_numbers_under_the_indicator_header(tmp_path: Path) -> None:
    """A printed template's row of column numbers (1 | 2 | … | 8) under the indicator header: no indicator (before,
    an indicator named "3" with a weight of 6)."""
    evaluation = read_docx(tmp_path, [
        "某某县农田建设服务中心2023年某某片区高标准农田项目绩效自评表",
        [_HEAD, [str(i) for i in range(1, 9)],
         ["产出指标", "数量指标", "建成农田面积", "≥1.5万亩", "1.52万亩", "50", "50", ""],
         ["效益指标", "社会效益指标", "受益农户数", "≥3000户", "3120户", "50", "50", ""],
         ["总分", "", "", "", "", "100", "100", ""]]])
    assert sorted(by_name(evaluation)) == ["受益农户数", "建成农田面积"]


def test_what_a_row_of_column_numbers_is() -> None:
    assert column_numbers_row(["栏次", "1", "2", "3", "4", "5=3÷2", "6"])
    assert column_numbers_row(["（1）", "（2）", "（3）", "（4）"])
    assert column_numbers_row(["①", "②", "③", "④=③/②"])
    assert not column_numbers_row(["1", "2", "4", "5"])  # not one after another
    assert not column_numbers_row(["1", "2", "3"])  # too few to tell
    assert not column_numbers_row(["产出指标", "数量指标", "培训场次", "4", "5", "6", "7"])


@pytest.mark.parametrize("word", ["分值合计", "权重合计"])
def test_a_sum_of_weights_is_no_stated_total(tmp_path: Path, word: str) -> None:
    """sv05 flattened: a guide sheet's "绩效指标分值合计90分" (the weights' sum, no score) was read as the stated total
    beside the form's 总分 98.91, a false TEXT_TABLE_MISMATCH; the unit's own 合计 score is still read."""
    path = tmp_path / "guide.txt"
    path.write_text("某某县农机推广站2023年度项目支出绩效自评报告\n"
                    f"本表绩效指标{word}90分，与执行率分值合计100分。\n", encoding="utf-8")
    assert read_any(path).evaluation.stated_total is None
    path.write_text("某某县农机推广站2023年度项目支出绩效自评报告\n各项指标得分合计93.5分。\n", encoding="utf-8")
    assert read_any(path).evaluation.stated_total == Decimal("93.5")
