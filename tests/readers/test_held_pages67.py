"""Shapes the held-out pages of stop 67 showed (docs/reader-corpora/held-67.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks


def test_an_actual_spending_rate_replaces_a_rate_told_with_the_allocation() -> None:
    """"下达的某某专项资金共计A万元,执行率100%" and later "目前已拨付B万元…实际支出率R%": the allocation passed on in
    full, the money spent a share of it; the rate the report calls actual is the spending's (before, the first 100 %
    was kept and the spending's own rate raised a false EXECUTION_RATE_MISMATCH)."""
    read = _read("某区2024年度某某示范创建资金绩效自评报告\n"
                 "一、基本情况\n"
                 "(一)项目概况\n"
                 "2024年某区下达的某某示范创建专项资金共计800.00万元,执行率100%。目前已拨付财政补助资金320.00万元,"
                 "其余正在申请拨付,实际支出率40%。\n")
    assert read.budget.adjusted == Decimal("800.00")
    assert read.budget.executed == Decimal("320.00")
    assert read.budget.stated_execution_rate == Decimal("40")
    assert "EXECUTION_RATE_MISMATCH" not in {f.code for f in run_checks(read)}


def test_an_actual_rate_equal_to_the_first_changes_nothing() -> None:
    """The same report whose two rates agree: the one rate stays."""
    read = _read("某区2024年度某某示范创建资金绩效自评报告\n"
                 "下达的某某专项资金共计800.00万元,执行率100%。已拨付财政补助资金800.00万元,实际支出率100%。\n")
    assert read.budget.stated_execution_rate == Decimal("100")


def test_a_funds_overall_goal_named_after_the_fund() -> None:
    """"某区2024年度某某示范村创建财政补助资金绩效总体目标:…": the fund's name, then 绩效总体目标 and a colon (before,
    only "某某资金的年度绩效目标是…" was read after a fund's name)."""
    read = _read("某区2024年度某某示范创建资金绩效自评报告\n"
                 "(二)项目绩效目标\n"
                 "某区2024年度某某示范村创建对象财政补助资金绩效总体目标:建成示范村2个,带动村集体增收。\n"
                 "二、绩效分析与结论\n")
    assert read.project.goal_expected == "建成示范村2个,带动村集体增收。"


def test_a_total_rows_one_figure_at_a_full_rate_is_both_amounts() -> None:
    """"部门整体支出总额 | 500.5 | 100% | 20" under 预算数(A) | 执行数(B) | 执行率 | 得分: one figure for two amount
    columns at the row's own 100 %: the budget and the spending alike (before, only the spending was read, by the
    column the aligner guessed)."""
    read = _read("单位名称 | 某某镇人民政府 | ||||||||\n"
                 "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
                 "部门整体支出总额 | 500.5 | 100% | 20 | ||||||\n"
                 "年度目标1:(80分) | 某某工作 | ||||||||\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("500.5"), Decimal("500.5"))


def test_one_figure_at_a_rate_short_of_full_is_left_as_read() -> None:
    """The same row at 90 %: the figure is one of the two amounts, the other unknown; nothing is added."""
    read = _read("预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||\n"
                 "部门整体支出总额 | 500.5 | 90% | 18 | ||||||\n")
    assert read.budget.adjusted is None or read.budget.executed is None
