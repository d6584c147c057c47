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


_YUAN_FORM = ("财政项目支出绩效自评表\n"
              "2021年度\n"
              "项目名称某某道路养护\n"
              "主管部门某区某镇人民政府实施单位某区某镇人民政府\n"
              "项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分\n"
              "年度资金总额236000000.00236000000.00224200000.001095.0%9\n"
              "年度总体目标预期目标实际完成情况\n"
              "完成全镇道路日常养护,保障道路安全通行,改善群众出行条件。\n")


def test_a_fused_money_row_of_three_amounts_in_yuan_is_split() -> None:
    """"年度资金总额236000000.00236000000.00224200000.001095.0%9": three amounts of twelve characters, then 分值,
    执行率 and 得分 run together (46 characters; before, a run over 40 was not looked at)."""
    budget = _read(_YUAN_FORM).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(236000000), Decimal(236000000),
                                                                  Decimal(224200000))
    assert budget.stated_execution_rate == Decimal(95)
