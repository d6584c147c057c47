"""Shapes the held-out pages of stop 91 showed (docs/reader-corpora/held-91.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

from jixiao.readers.label_fields import label_field


def test_a_label_cell_with_its_head_written_twice() -> None:
    """"主管主管部门" (a label's head doubled, as a merged or retyped cell leaves it) names the 主管部门, and its row's
    实施单位 is read with it (before, the whole row gave nothing); a word that merely repeats is no label."""
    assert label_field("主管主管部门") == "unit.supervising_department"
    assert label_field("实施实施单位") == "project.implementing_unit"
    assert label_field("哈哈哈哈") is None
    read = _read("项目支出绩效自评表 | |||||||||\n(2022年度) | |||||||||\n"
                 "项目名称 | 某某社区医生补助 | ||||||||\n"
                 "主管主管部门 | 某市某区卫生健康委员会 | 项目实施单位 | 某市某区某某社区卫生服务中心 | ||||||\n"
                 "项目资金 (万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 得分 | 执行率(B/A) | |||\n"
                 "年度资金总额: | 5 | 5 | 4.5 | 10 | 9 | 90.00% | |||\n")
    assert read.unit.supervising_department == "某市某区卫生健康委员会"
    assert read.project is not None
    assert read.project.implementing_unit == "某市某区某某社区卫生服务中心"


def test_a_budget_with_its_sources_after_a_clause_naming_them() -> None:
    """"某某示范项目总预算A万元,经调整后资金的来源为:中央…B万元,省级…C万元,…" (the sources told after a clause that
    names them, no 其中): the budget and its fund rows; "截至年末,某某示范项目资金已使用D万元" the spending; the money
    received after them ("资金已到位E万元,其中…") is no second budget (before, E was read as the budget, its parts
    as the fund rows, and the text was said to state two budgets: a false error)."""
    read = _read("某某服务示范项目绩效自评报告\n一、项目资金使用及管理情况\n"
                 "示范项目总预算2,400万元,经调整后资金的来源为:中央财政补助1,000万元,省级财政补助600万元,"
                 "地市财政补助500万元,其他资金渠道300万元。\n"
                 "截至2023年末,示范项目资金已到位2,450.5万元,其中:中央财政补助资金1,000万元,"
                 "地方财政配套补助资金1,120.5万元,其他资金渠道330万元。\n"
                 "截至2023年末,示范项目资金已使用2,410.2万元,主要用于某某服务平台建设。\n")
    assert read.budget.adjusted == Decimal("2400")
    assert read.budget.executed == Decimal("2410.2")
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("中央财政补助", Decimal("1000")), ("省级财政补助", Decimal("600")), ("地市财政补助", Decimal("500")),
        ("其他资金渠道", Decimal("300"))]
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_a_years_money_as_the_forms_row_written_out() -> None:
    """"年度资金20.5万元,本年度财政拨款20.5万元,执行率100%" (the form's 年度资金总额 row as a clause of its own): the
    year's budget (before, only the rate was read)."""
    read = _read("财政专项扶贫资金绩效自评报告\n一、绩效目标分解下达情况\n1、资金下达预算及项目情况。\n"
                 "年度资金20.5万元,本年度财政拨款20.5万元,执行率100%。已带动10户农户分红。\n")
    assert read.budget.adjusted == Decimal("20.5")
    assert read.budget.stated_execution_rate == Decimal("100")
