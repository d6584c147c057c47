"""Shapes of the twenty-fourth set (docs/reader-corpora/twentyfourth.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml
from page_reading import by_name as _by_name
from page_reading import read_page as _read

from jixiao.readers import read_any
from jixiao.readers.document import Paragraph
from jixiao.readers.mail_quotes import unquoted
from jixiao.readers.source_docx import read_docx_document
from jixiao.readers.source_text import text_to_document

_FORM = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称\t某河道整治项目\t\t\t主管部门\t某县水利局",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t200.00\t220.00\t{executed}\t10\t{rate}\t{score}",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标\t数量指标\t整治河道长度\t≥12公里\t12.5公里\t40\t40",
    "效益指标\t社会效益指标\t防洪标准达标率\t100%\t100%\t30\t30",
    "满意度指标\t服务对象满意度指标\t沿岸群众满意度\t≥90%\t93%\t20\t20",
    "总分\t\t\t\t\t100\t{total}",
]


# A. a mail's quoted lines: "> " before every line of the form (tab rows inside the quote), the mail's own lines
# above it unquoted
@pytest.mark.parametrize(("executed", "rate", "score", "total"), [("209.00", "95.00%", "9.5", "99.5"),
                                                                   ("198.00", "90.00%", "9", "99")])
def test_a_quoted_mail(executed: str, rate: str, score: str, total: str) -> None:
    form = [line.format(executed=executed, rate=rate, score=score, total=total) for line in _FORM]
    text = "\n".join(["发件人: 某县水利局", "主题: 转发：自评表", "", "请审核。", "", "------ 原始邮件 ------",
                      *(("> " + line).rstrip() for line in ["局财务股：", "", *form])])
    evaluation = _read(text)
    assert evaluation.budget.executed == Decimal(executed)
    assert evaluation.stated_total == Decimal(total)
    assert _by_name(evaluation)["整治河道长度"].level1 == "产出指标"


def test_a_stray_quote_marks_stay() -> None:
    """Fewer than three quoted lines, or quoted figures only, are no mail quote: left as they are."""
    assert unquoted("年度指标值\n> 95%\n> 90%\n> 85%\n") == "年度指标值\n> 95%\n> 90%\n> 85%\n"
    assert unquoted("说明\n> 一行引用\n> 两行引用\n正文") == "说明\n> 一行引用\n> 两行引用\n正文"
    assert unquoted("> > 甲\n> > 乙\n>\n> 丙") == "甲\n乙\n\n丙"


# B. a hidden sheet (a first draft) is not read; the shown sheets are
def test_b_hidden_sheet_is_left_out(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    draft = book.active
    draft.title = "初稿"
    draft.append(["部门整体支出绩效自评表（初稿）"])
    draft.append(["总分", "", "", "", "", 100, 80])
    draft.sheet_state = "hidden"
    sheet = book.create_sheet("自评表")
    for line in _FORM:
        sheet.append(line.format(executed="209.00", rate="95.00%", score="9.5", total="99.5").split("\t"))
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = read_any(path)
    assert report.evaluation.stated_total == Decimal("99.5")
    assert any("初稿" in w and "隐藏" in w for w in report.warnings)


# C. the unit's bodies listed in one label cell, their count in brackets after the list
@pytest.mark.parametrize("sep", ["：", "\t"])
def test_c_bodies_with_a_bracketed_count(sep: str) -> None:
    text = (f"某县林业局2024年度部门整体支出绩效自评报告\n内设机构{sep}办公室、造林股、资源股（3个）\n"
            f"下属单位{sep}某县林业站、某县国有林场（2个）\n")
    unit = _read(text).unit
    assert unit.internal_bodies == ["办公室", "造林股", "资源股"] and unit.internal_bodies_count == 3
    assert unit.subordinate_bodies == ["某县林业站", "某县国有林场"] and unit.subordinate_bodies_count == 2


def test_c_bodies_in_a_sheet_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["单位名称", "某县林业局", "", ""], ["编制数（人）", 40, "实有人数（人）", 38],
                ["内设机构", "办公室、造林股、资源股（3个）", "", ""]):
        sheet.append(row)
    path = tmp_path / "basic.xlsx"
    book.save(path)
    unit = read_any(path).evaluation.unit
    assert unit.internal_bodies == ["办公室", "造林股", "资源股"] and unit.internal_bodies_count == 3


# D. a text laid out by columns on screen (a Chinese character two columns wide), each long cell wrapped onto the next
# line under its own column, the short cells on the row's first line; a wrapped word under a figure's neighbour
def test_d_layout_wraps_by_display_width() -> None:
    rows = [
        "一级指标     二级指标       三级指标           年度指标值   实际完成值   分值   得分",
        "产出指标     数量指标       某某补助发放人     ≥6500人次    6836人次     40     40",
        "                            次",
        "             质量指标       某某对象动态调整   ≥98%         98.6%        30     30",
        "                            准确率",
        "效益指标     社会效益指标   某某困难群众保障   100%         100%         20     20",
        "                            覆盖率",
        "总分                                                                     100    100",
    ]
    by_name = _by_name(_read("某县民政局2024年度部门整体支出绩效自评报告\n" + "\n".join(rows)))
    assert set(by_name) >= {"某某补助发放人次", "某某对象动态调整准确率", "某某困难群众保障覆盖率"}
    assert by_name["某某对象动态调整准确率"].target.unit == "%"


# E. a figure corrected in a Markdown table with the old one struck through
@pytest.mark.parametrize(("cell", "value"), [("~~176个~~ 186个", "186"), ("~~90.5%~~ 92.4%", "92.4")])
def test_e_struck_figure(cell: str, value: str) -> None:
    text = "\n".join(["# 某项目2024年度绩效自评报告", "",
                      "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
                      "|:---|:---|:---|:---:|:---:|---:|---:|",
                      f"| 产出指标 | 数量指标 | 某某设施建成数 | \\>=180 | {cell} | 50 | 50 |",
                      "| 满意度指标 | 服务对象满意度指标 | 居民满意度 | \\>=90% | 93% | 50 | 50 |"])
    assert _by_name(_read(text, "report.md"))["某某设施建成数"].actual.value == Decimal(value)


def test_e_tilde_ranges_stay() -> None:
    """"0.55~~0.60" is a range: no strikethrough marks stand apart from the words round them."""
    text = "某县某局2024年度绩效自评报告\n指标值区间0.55~~0.60，另见5~~10、20~~30。"
    assert "0.55~~0.60" in text_to_document(text, "r.md").blocks[1].text


# F. a cover's facts in a text box (the drawing and its VML fallback both in the file): a line each, once
def test_f_text_box_lines(tmp_path: Path) -> None:
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("项目名称：某河道整治项目", "主管部门：某县水利局",
                                                                      "实施单位：某县河道管理所"))
    xml = (f"<w:r {ns}><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx><w:txbxContent>{body}"
           f"</w:txbxContent></wps:txbx></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}"
           "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    d = docx.Document()
    d.add_paragraph("2024年度项目支出绩效自评报告")
    d.add_paragraph()._p.append(parse_xml(xml))
    path = tmp_path / "cover.docx"
    d.save(path)
    texts = [b.text for b in read_docx_document(path).blocks if isinstance(b, Paragraph)]
    assert texts.count("主管部门：某县水利局") == 1 and not any("主管部门" in t and "实施单位" in t for t in texts)
    assert read_any(path).evaluation.unit.supervising_department == "某县水利局"


# G. the establishment given by kind, then its whole after 共
@pytest.mark.parametrize(("sentence", "establishment"), [
    ("我局核定行政编制41名、事业编制36名，共77名；年末实有在编人员72名。", 77),
    ("核定行政编制20名、工勤编制3名、事业编制12名，合计35名，实有在编人员33名。", 35),
    ("核定行政编制41名，实有在编人员39名。", 41),
])
def test_g_establishment_by_kind_then_whole(sentence: str, establishment: int) -> None:
    assert _read(f"某县某局2024年度部门整体支出绩效自评报告\n{sentence}\n").unit.staff_establishment == establishment


# (left over) income and spending side by side: each half's items, read once (the label / value pairs of a row mix
# the two halves and are no second reading of the income items)
def test_side_by_side_income_and_spending(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某县某局2024年度部门整体支出绩效自评报告"], ["收入项目", "金额", "支出项目", "金额"],
                ["财政拨款收入", 600.4, "基本支出", 214.62], ["其他收入", 21.52, "项目支出", 396.88],
                ["收入合计", 621.92, "支出合计", 611.5]):
        sheet.append(row)
    path = tmp_path / "money.xlsx"
    book.save(path)
    report = read_any(path)
    budget = report.evaluation.budget
    assert [i.name for i in budget.income_items] == ["财政拨款收入", "其他收入"]
    assert [i.name for i in budget.expenditure_items] == ["基本支出", "项目支出"]
    assert not any("收入明细" in w for w in report.warnings)


def test_item_conflict_message_names_items() -> None:
    from jixiao.readers.extract.facts import shown

    items = [{"name": "财政拨款收入", "amount": Decimal("600.40")}, {"name": "其他收入"}]
    assert shown(items) == "财政拨款收入 600.40、其他收入"
