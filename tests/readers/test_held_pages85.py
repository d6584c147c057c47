"""Shapes the held-out pages of stop 85 showed (docs/reader-corpora/held-85.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_money_arranged_for_a_year_from_a_level_of_government() -> None:
    """"安排2021年省财政资金3,500万元用于…": the year's money a level of government arranged for the fund, its budget
    (before, none read)."""
    read = _read("某某补助项目绩效自评报告\n一、基本情况\n根据省财政厅的通知,安排2021年省财政资金3,500万元"
                 "用于丙类地区的某某补助。\n")
    assert read.budget.adjusted == Decimal("3500")


def test_a_year_arranged_with_no_government_money_is_no_budget() -> None:
    """"安排2021年工作任务…" names no money: no budget from it (guard)."""
    read = _read("某某补助项目绩效自评报告\n一、基本情况\n安排2021年工作任务12项,完成12项。\n")
    assert read.budget.adjusted is None
