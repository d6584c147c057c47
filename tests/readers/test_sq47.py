"""What the forty-seventh set left (docs/reader-corpora/fortyseventh.md, section sq47), each shape rebuilt from an
invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import indicator_rows, read_page, read_saved

_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>信息公开</title></head><body>"
         "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"#\">无障碍</a></div><div class=\"content\">{}</div>"
         "<div class=\"footer\">版权所有</div></body></html>\n")
_FORM = [["项目支出绩效自评表（2025年度）"],
         ["项目名称", "某县河道保洁项目"], ["实施单位", "某县水务局"],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "80.00", "86.00", "83.42", "10", "97.00%", "9.70"],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "保洁河道长度", "≥42公里", "44公里", "50", "50"],
         ["效益指标", "生态效益指标", "河面漂浮物清理率", "≥95%", "93%", "40", "38"],
         ["总分", "100", "97.70"]]


@pytest.mark.parametrize("shape", ["tabs", "cells"])
def test_a_form_in_a_pages_paragraphs(tmp_path: Path, shape: str) -> None:
    """A saved page holding a form as paragraphs, no <table>: a Word form on tab stops, one <p> a row and a tab
    between cells, or one <p> a cell: read as the text of the flattened form is (before, no money, no indicator and
    no total were read)."""
    rows = ["\t".join(row) for row in _FORM] if shape == "tabs" else [cell for row in _FORM for cell in row]
    evaluation = read_saved(tmp_path, _PAGE.format("\n".join(f"<p>{row}</p>" for row in rows)), "form.html")
    rows = {row[0]: row[1:] for row in indicator_rows(evaluation, "name", "level1", "weight", "stated_score")}
    assert rows["保洁河道长度"] == ("产出指标", Decimal("50"), Decimal("50"))
    assert rows["河面漂浮物清理率"] == ("效益指标", Decimal("40"), Decimal("38"))
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("80.00"), Decimal("86.00"), Decimal("83.42"))
    assert evaluation.stated_total == Decimal("97.70")
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某县水务局"


def test_a_pages_prose_paragraphs_stay_as_they_were(tmp_path: Path) -> None:
    """Paragraphs that name a form's columns in prose hold no header of cells: the page is read as before."""
    page = _PAGE.format("<p>某县水务局2024年度部门整体支出绩效自评报告</p>"
                        "<p>本表按一级指标、二级指标、三级指标列示年度指标值、实际完成值、分值和得分。</p>"
                        "<p>2024年年初预算120万元，全年预算126万元，全年执行121万元。</p>")
    evaluation = read_saved(tmp_path, page, "prose.html")
    assert not evaluation.indicators and evaluation.budget.executed == Decimal("121")


def test_h_a_loss_stated_in_the_note_cell() -> None:
    """"扣3分，2处泵站检修延期" in the 偏差原因 cell of a row scored 17 of 20: the note's opening clause is the row's
    stated deduction (before, kept only in the note); a 扣N分 the row's figures do not give, a rule, or one inside a
    clause is left in the note."""
    evaluation = read_page("某县排涝站2024年度项目支出绩效自评表\n"
                           "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n"
                           "产出指标 | 数量指标 | 泵站检修座数 | ≥12座 | 10座 | 20 | 17 | 扣3分，2处泵站检修延期\n"
                           "产出指标 | 质量指标 | 检修合格率 | ≥95% | 93% | 20 | 19 | 扣2分，复检1处\n"
                           "产出指标 | 时效指标 | 检修完成时间 | ≤10月 | 11月 | 20 | 18 | 每延期1月扣2分\n"
                           "效益指标 | 社会效益指标 | 受益农田面积 | ≥3000亩 | 2900亩 | 40 | 39 | 雨季延误扣1分\n"
                           "总分 | | | | | 100 | 93 |\n")
    assert indicator_rows(evaluation, "name", "stated_score", "stated_deduction", "deviation_note") == [
        ("泵站检修座数", Decimal("17"), Decimal("3"), "扣3分，2处泵站检修延期"),
        ("检修合格率", Decimal("19"), None, "扣2分，复检1处"),
        ("检修完成时间", Decimal("18"), None, "每延期1月扣2分"),
        ("受益农田面积", Decimal("39"), None, "雨季延误扣1分")]


def _columns_then_form(path: Path, ruled: bool) -> Path:
    """A report whose prose runs in two columns (a sentence broken from the left column's foot to the right's
    head), then, after a continuous section break, its form across the page."""
    from docx import Document as WordDocument
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = WordDocument()
    for text in ("某县疾控中心2024年度部门整体支出绩效自评报告", "一、单位基本情况",
                 "本中心为县卫生健康局所属公益一类事业单位，承担全县传染病防控、免疫规划和公共卫生监测等职责。",
                 "二、预算执行情况",
                 "2024年本中心年初预算642.00万元，年中追加疫苗冷链补助资金后全年预算715.40万元，"
                 "全年支出703.18万元，预算执行率98.29%。", "三、绩效目标完成情况",
                 "全年免疫规划和传染病监测各项工作按计划推进，主要指标完成情况见下表。", "四、存在的问题",
                 "乡镇冷链设备老化，基层接种人员不足。"):
        word.add_paragraph(text)
    word.add_section(WD_SECTION.CONTINUOUS)
    for section, number in zip(word.sections, ("2", "1"), strict=True):
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), number)
        cols.set(qn("w:space"), "425")
    word.add_paragraph("附表：部门整体支出绩效自评表")
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "疫苗接种剂次", "≥5万剂次", "5.2万剂次", "50", "50"],
            ["效益指标", "社会效益指标", "传染病报告及时率", "≥95%", "97%", "50", "50"],
            ["合计", "", "", "", "", "100", "100"]]
    grid = word.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid" if ruled else None)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    word.save(str(path))
    return path


@pytest.mark.parametrize("ruled", [True, False])
def test_d_two_text_columns_above_a_form_across_the_page(tmp_path: Path, ruled: bool) -> None:
    """Two text columns over the top of a PDF page, the form across the page below them (ruled or not): the
    columns are read one after the other, so the sentence broken over them keeps its 全年预算 and 全年支出 (before,
    the columns stayed interleaved and 全年预算 was lost)."""
    from jixiao.readers import read_any
    from jixiao.writers.pdf import docx_to_pdf

    pdf = docx_to_pdf(_columns_then_form(tmp_path / "report.docx", ruled), tmp_path / "report.pdf")
    evaluation = read_any(pdf).evaluation
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("642.00"), Decimal("715.40"),
                                                                  Decimal("703.18"))
    if ruled:  # (a form without rules whose cells wrap is read from neither layout: not this shape's cause)
        assert {i.name for i in evaluation.indicators} >= {"疫苗接种剂次", "传染病报告及时率"}
