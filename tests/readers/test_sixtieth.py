"""Shapes of the sixtieth set (docs/reader-corpora/sixtieth.md), each rebuilt from an invented snippet of the same
shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _read(tmp_path: Path, name: str, text: str) -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_csv_whose_merged_cells_were_filled(tmp_path: Path) -> None:
    """A form saved as CSV after its merges were filled: the title in every column, the block label 项目资金（万元）
    before each money row, 总分 in the five cells it spanned (before, no budget and no total were read)."""
    title = ",".join(["某区2024年度项目支出绩效自评表"] * 8)
    rows = [title, ",".join(["项目名称"] * 2 + ["某区社区食堂补助项目"] * 6),
            "项目资金（万元）,项目资金（万元）,年初预算数,全年预算数,全年执行数,分值,执行率,得分",
            "项目资金（万元）,年度资金总额,150.00,160.00,156.80,10,98.00%,9.80",
            "项目资金（万元）,其中：彩票公益金,120.00,130.00,126.80,—,—,—",
            "项目资金（万元）,上年结转资金,30.00,30.00,30.00,—,—,—",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施",
            "产出指标,数量指标,新建社区食堂,4-6个,5个,40,40,",
            "效益指标,社会效益指标,日均就餐老人人次,≥300人次,286人次,40,38.5,冬季就餐人数减少",
            "满意度指标,服务对象满意度指标,就餐老人满意度,≥90%,95%,10,10,",
            "总分,总分,总分,总分,总分,100,98.3,优"]
    evaluation = _read(tmp_path, "form.csv", "\r\n".join(rows) + "\r\n")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("150.00"), Decimal("160.00"),
                                                                  Decimal("156.80"))
    assert [(f.name, f.executed) for f in budget.fund_rows] == [("彩票公益金", Decimal("126.80")),
                                                                ("上年结转资金", Decimal("30.00"))]
    assert {i.name: i.stated_score for i in evaluation.indicators}["日均就餐老人人次"] == Decimal("38.5")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("98.3"), "优")


def test_money_table_on_its_side_under_a_merged_block_label(tmp_path: Path) -> None:
    """"项目资金（万元）" merged down a money table whose fund sources are its columns and whose stages are its rows,
    the rate and its points a row of labels and values (before, the stages were looked for in the merged label's
    column: no budget, no fund rows, no rate indicator)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["某区2024年度专项债券项目绩效自评表"], ["项目名称", "某区停车场建设项目"],
                ["项目资金（万元）", "资金来源", "合计", "债券资金", "配套资金"],
                ["", "年初预算数", 500, 400, 100], ["", "全年预算数", 520, 400, 120], ["", "全年执行数", 510, 400, 110],
                ["", "执行率", "98.08%", "分值", 10, "得分", 9.81],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "新增停车泊位", "300-400个", "352个", 50, 50],
                ["效益指标", "社会效益指标", "泊位日均周转次数", "≥3次", "3.2次", 40, 40],
                ["总分", "", "", "", "", 100, 99.81]):
        sheet.append(row)
    sheet.merge_cells("A3:A7")
    path = tmp_path / "form.xlsx"
    book.save(path)
    evaluation = read_any(path).evaluation
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("500"), Decimal("520"), Decimal("510"))
    assert [(f.name, f.executed) for f in budget.fund_rows] == [("债券资金", Decimal("400")),
                                                                ("配套资金", Decimal("110"))]
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal("10"), Decimal("9.81"))


def test_money_caption_merged_down_from_the_total_row_under_an_empty_corner(tmp_path: Path) -> None:
    """A page's table whose money header leaves its corner empty and whose 项目资金（万元） th spans the total row
    and the fund rows below it (before, the caption was read into each row's label: no fund row)."""
    page = ("<html><body><table border=\"1\"><caption>2024年度政府性基金预算项目支出绩效自评表</caption>"
            "<tr><th colspan=\"2\">项目名称</th><td colspan=\"6\">某区滨河绿道建设项目</td></tr>"
            "<tr><th colspan=\"2\"></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th>"
            "<th>执行率</th><th>得分</th></tr>"
            "<tr><th rowspan=\"3\">项目资金（万元）</th><th>年度资金总额</th><td>300.00</td><td>320.00</td>"
            "<td>312.00</td><td>10</td><td>97.50%</td><td>9.75</td></tr>"
            "<tr><th>其中：政府性基金预算资金</th><td>260.00</td><td>280.00</td><td>272.00</td><td>—</td><td>—</td>"
            "<td>—</td></tr>"
            "<tr><th>上年结转资金</th><td>40.00</td><td>40.00</td><td>40.00</td><td>—</td><td>—</td><td>—</td></tr>"
            "</table></body></html>")
    budget = _read(tmp_path, "page.htm", page).budget
    assert budget.executed == Decimal("312.00")
    assert [(f.name, f.initial, f.executed) for f in budget.fund_rows] == [
        ("政府性基金预算资金", Decimal("260.00"), Decimal("272.00")),
        ("上年结转资金", Decimal("40.00"), Decimal("40.00"))]


@pytest.mark.parametrize(("first", "second"), [("政府性基金预算资金", "单位自筹资金"), ("彩票公益金", "区级配套资金"),
                                               ("专项债券资金", "配套资金")])
def test_a_budgets_parts_named_as_government_funds_or_matching_money(first: str, second: str) -> None:
    """"年初预算A万元，其中政府性基金预算资金B万元、…": a government fund, a lottery fund or matching money is a source
    of the budget like a level of government (before, those parts were no fund rows)."""
    page = read_page("某区背街小巷整治项目绩效自评报告\n项目名称：某区背街小巷整治项目\n二、资金情况\n"
                     f"项目年初预算520.00万元，其中{first}450.00万元、{second}70.00万元；年中追加后全年预算560.00万元，"
                     "全年执行548.20万元。\n")
    assert [(r.name, r.initial) for r in page.budget.fund_rows] == [(first, Decimal("450.00")),
                                                                   (second, Decimal("70.00"))]


def test_a_list_headed_by_a_serial_column_gives_no_label_and_value(tmp_path: Path) -> None:
    """A page's summary of its bonds (序号 | 项目名称 | 债券性质 | 债券规模 …) above the project's form: 项目名称 there
    heads a column, its neighbour 债券性质 is no project name (before, the project was named 债券性质)."""
    page = ("<html><body><p>2024年新增专项债券项目绩效自评情况表（单位：亿元）</p><table border=\"1\">"
            "<tr><th>序号</th><th>项目名称</th><th>债券性质</th><th>债券规模</th><th>自评分数</th></tr>"
            "<tr><td>1</td><td>某区污水处理厂扩建工程</td><td>其他领域专项债券</td><td>0.80</td><td>95</td></tr>"
            "</table><table border=\"1\"><tr><td>项目名称</td><td>某区污水处理厂扩建工程</td></tr>"
            "<tr><td>实施单位</td><td>某区排水管理所</td></tr></table></body></html>")
    evaluation = _read(tmp_path, "page.htm", page)
    assert evaluation.project is not None and evaluation.project.name == "某区污水处理厂扩建工程"
