"""Shapes of the sixty-ninth set (docs/reader-corpora/sixtyninth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from page_reading import by_name, read_saved

from jixiao.readers import read_any
from jixiao.readers.cells import Kind, kind, without_outline_number
from jixiao.readers.extract.table_indicator_cells import TEMPLATE_NUMBER


def _t(rows: list[list[str]]) -> str:
    return '<table border="1">' + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _page(*parts: str) -> str:
    return '<html><head><meta charset="utf-8"></head><body>' + "".join(parts) + "</body></html>"


_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def test_codes_before_level_and_indicator_cells(tmp_path: Path) -> None:
    """A template's codes before the 二级 ("B1 数量指标") and 三级 ("B1-2 某某场次") cells are read past: the level
    and the name are the words after them (before, the name kept its code and the level read "B1数量指标")."""
    form = _t([["项目名称", "某县某馆2023年某某活动经费"], _HEAD,
               ["产出指标", "B1 数量指标", "B1-1 某某讲座场次", "≥30场", "32场", "40", "40", ""],
               ["产出指标", "B1 数量指标", "B1-2 某某展览场次", "≥6场", "5场", "20", "16", "一处展厅维修"],
               ["满意度指标", "C1 服务对象满意度指标", "C1-1 观众满意度", "≥90%", "94%", "40", "40", ""],
               ["合计", "", "", "", "", "100", "96", ""]])
    evaluation = read_saved(tmp_path, _page("<p>某县某馆2023年某某活动经费绩效自评表</p>", form), "page.html")
    rows = by_name(evaluation)
    assert list(rows) == ["某某讲座场次", "某某展览场次", "观众满意度"]
    assert (rows["某某展览场次"].level2, rows["某某展览场次"].weight) == ("数量指标", Decimal(20))
    assert rows["观众满意度"].level2 == "服务对象满意度指标"


def test_a_code_needs_its_shape() -> None:
    """Only a hyphenated code leaves a name; a level's code leaves a level. A name opening on a letter and a figure
    keeps them."""
    assert kind("C1 数量指标") is Kind.LEVEL2 and without_outline_number("D2可持续影响指标") == "可持续影响指标"
    assert TEMPLATE_NUMBER.sub("", "C1-2 某某场次") == "某某场次"
    assert TEMPLATE_NUMBER.sub("", "G6 京藏高速养护里程") == "G6 京藏高速养护里程"
    assert TEMPLATE_NUMBER.sub("", "A4纸采购数量") == "A4纸采购数量"


def _income_page(rows: list[list[str]]) -> str:
    return _page("<p>某县某中心2024年度部门整体支出绩效自评报告</p><p>一、收支情况</p><p>单位：元</p>",
                 _t([["项目", "金额"], *rows]))


def test_income_rows_under_a_neutral_head_closed_by_their_total(tmp_path: Path) -> None:
    """"项目 | 金额" over 财政拨款收入 / 事业收入 and 收入合计 last, in 元: the rows are the income items, as they
    add up to the total (before, only the total was read: the items need a 收入 head or the total first)."""
    evaluation = read_saved(tmp_path, _income_page([["财政拨款收入", "2,345,600.00"], ["事业收入", "412,000.00"],
                                                    ["收入合计", "2,757,600.00"]]), "page.html")
    assert evaluation.budget.income_total == Decimal("275.76")
    assert [(i.name, i.amount) for i in evaluation.budget.income_items] == [
        ("财政拨款收入", Decimal("234.56")), ("事业收入", Decimal("41.20"))]


def test_rows_short_of_the_total_after_them_are_no_items(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _income_page([["财政拨款收入", "2,345,600.00"], ["事业收入", "412,000.00"],
                                                    ["收入合计", "2,900,000.00"]]), "page.html")
    assert evaluation.budget.income_total == Decimal("290.00")
    assert evaluation.budget.income_items == []


def _controlled_cells(table: object) -> None:
    """Wrap every cell of the table's rows after the header, from the fourth column on, in a content control around
    the cell; an empty one shows its prompt (w:showingPlcHdr)."""
    for tr in table._tbl.tr_lst[1:]:  # type: ignore[attr-defined]
        for tc in list(tr.tc_lst)[3:]:
            sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
            if not "".join(t.text or "" for t in tc.iter(qn("w:t"))):
                pr.append(OxmlElement("w:showingPlcHdr"))
                run, text = OxmlElement("w:r"), OxmlElement("w:t")
                text.text = "请在此处输入内容。"
                run.append(text)
                tc.findall(qn("w:p"))[0].append(run)
            sdt.append(pr)
            tc.addprevious(sdt)
            content.append(tc)
            sdt.append(content)


def test_cell_controls_still_showing_their_prompt(tmp_path: Path) -> None:
    """Cells that are content controls (w:sdt around w:tc), the empty ones still showing their prompt: the prompt
    is no text — no deviation note, and the 自评等级 row's grade stands alone (before, the prompts filled the row's
    empty cells and the grade was not read)."""
    d = Document()
    d.add_paragraph("某县某局2022年某某场地补助资金绩效自评表")
    rows = [_HEAD, ["产出指标", "数量指标", "某某场地建成数", "≥10个", "10个", "50", "50", ""],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "91%", "50", "48", ""],
            ["合计", "", "", "", "", "100", "98", ""], ["自评等级", "", "", "", "", "", "优秀", ""]]
    t = d.add_table(rows=len(rows), cols=8)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    _controlled_cells(t)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "form.docx"
    path.write_bytes(buf.getvalue())
    evaluation = read_any(path).evaluation
    assert evaluation.stated_grade == "优"
    assert {i.name: i.deviation_note for i in evaluation.indicators} == {"某某场地建成数": None, "群众满意度": None}
