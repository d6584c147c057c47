"""Shapes the held-out pages of stop 79 showed (docs/reader-corpora/held-79.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_the_projects_own_money_named_as_this_project_with_the_currency_before_it() -> None:
    """"本项目2023年财政拨款为人民币86.50万元/年" in a project's report: its year's money, the budget (before,
    none: no phrasing named the project as 本项目, and 人民币 stood between 为 and the amount)."""
    read = _read("云溪县2023年度河道保洁项目支出绩效自评报告\n一、项目支出基本情况\n"
                 "(一)项目支出概况\n全县河道保洁里程86公里。本项目2023年财政拨款为人民币86.50万元/年,"
                 "专项款由财政转账支付到单位。\n")
    assert read.budget.adjusted == Decimal("86.50")


def test_the_project_named_as_that_project_without_the_currency() -> None:
    """"该项目资金为40万元": the same phrasing with 该 and no currency's name (before, none)."""
    read = _read("松溪镇2022年度村道养护项目绩效自评报告\n一、基本情况\n"
                 "该项目资金为40万元,用于全镇村道日常养护。\n")
    assert read.budget.adjusted == Decimal("40")


def test_a_payment_of_this_project_is_no_budget() -> None:
    """A guard: "本项目资金已拨付30万元" is money paid, not the project's budget."""
    read = _read("松溪镇2022年度村道养护项目绩效自评报告\n一、基本情况\n"
                 "本项目资金已拨付30万元,用于全镇村道日常养护。\n")
    assert read.budget.adjusted != Decimal("30")


_STACKED_TABLES = ("二、部门(单位)收支情况\n年度收入情况(万元)\n机构名称\n收入合计\n其中:\n上年结转\n财政拨款\n"
                   "其他\n收入\n青禾小学\n{income}\n{income_part}\n部门(单位)年度支出和结余情况(万元)\n机构名称\n"
                   "支出合计\n其中:\n基本支出\n项目支出\n青禾小学\n{spent}\n640.20\n{project}\n")


def test_a_stacked_income_and_spending_tables_totals() -> None:
    """A whole-unit report's 收支 tables one cell a line, the empty cells gone: the first figure of the unit's row
    is the 收入合计 / 支出合计 right after 机构名称 (before, neither read)."""
    read = _read("某区2021年度部门(单位)整体支出\n绩效评价自评报告\n部门(单位)名称: 某区青禾小学\n"
                 + _STACKED_TABLES.format(income="702.45", income_part="702.45", spent="702.45", project="62.25"))
    assert read.budget.income_total == Decimal("702.45")
    assert read.budget.expenditure_total == Decimal("702.45")


def test_a_stacked_rows_first_figure_smaller_than_another_is_no_total() -> None:
    """A guard: when a later figure of the row is larger than its first, the first cannot be the total (its cell
    was empty): no total read from that table."""
    read = _read("某区2021年度部门(单位)整体支出\n绩效评价自评报告\n部门(单位)名称: 某区青禾小学\n"
                 + _STACKED_TABLES.format(income="12.30", income_part="702.45", spent="62.25", project="702.45"))
    assert read.budget.income_total is None
    assert read.budget.expenditure_total is None
