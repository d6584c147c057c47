"""Shapes the held-out pages of stop 54 showed (docs/reader-corpora/held-54.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def test_an_investments_sources_beside_the_fund_handed_down_are_no_fund_rows() -> None:
    """"下达…项目资金为600万元" then "项目计划总投资900万元,其中:中央财政扶持600万元,自筹资金300万元": the parts are
    the whole investment's sources, the fund handed down one of them; no fund rows, no ROWS_NOT_SUM error."""
    read = _read("2021年度某某设施改造项目绩效自评报告\n"
                 "一、项目基本情况\n"
                 "根据某某文件,下达我县2021年某某设施改造项目资金为600万元。项目计划总投资900万元,其中:中央财政扶持"
                 "600万元,自筹资金300万元。\n")
    assert read.budget.adjusted == Decimal(600)
    assert not read.budget.fund_rows
    assert not [f for f in run_checks(read) if f.code == "ROWS_NOT_SUM" and f.severity == Severity.ERROR]

