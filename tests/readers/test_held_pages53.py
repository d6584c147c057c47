"""Shapes the held-out pages of stop 53 showed (docs/reader-corpora/held-53.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks

_PARTS_THEN_WHOLE = ("某县某某局 2022年绩效自评工作报告\n"
                     "一、绩效自评工作开展情况\n"
                     "项目绩效自评共计12项。年初预算1200万元,其中专项资金300万元,财政拨款资金900万元。"
                     "专项资金支出240万元,预算执行率80%,财政资金支出630万元,预算执行率70%,总支出870万元,执行率72.5%。\n"
                     "(1)某某道路养护资金50万。预算执行率100%。\n"
                     "(2)某某客运补贴资金20万元。预算执行率100%。\n"
                     "(3)某某桥梁维修资金80万元。预算执行率40%。\n")


def test_the_rate_after_the_wholes_spending_is_the_budgets_not_a_parts() -> None:
    """"专项资金支出A,预算执行率80%,财政资金支出B,预算执行率70%,总支出C,执行率72.5%": the rate after 总支出 is the
    budget's; the two before it are the parts'."""
    assert _read(_PARTS_THEN_WHOLE).budget.stated_execution_rate == Decimal("72.5")


def test_funds_listed_one_by_one_with_their_rates_raise_no_mismatch() -> None:
    """Numbered items each stating a fund's amount and its own rate are the parts listed: their rates are no second
    statement of the budget's, so no text-table mismatch is raised against it."""
    read = _read(_PARTS_THEN_WHOLE)
    assert "budget.stated_execution_rate" not in read.alternatives
    assert not [f for f in run_checks(read) if f.code == "TEXT_TABLE_MISMATCH"]


def test_a_listed_items_rate_stands_when_the_document_states_no_other() -> None:
    """With no rate of the whole stated, the first listed item's rate is still read (the budget's only candidate)."""
    read = _read("某县某某局 2022年绩效自评工作报告\n"
                 "(1)某某道路养护资金50万。预算执行率100%。\n"
                 "(2)某某客运补贴资金20万元。预算执行率90%。\n")
    assert read.budget.stated_execution_rate == Decimal(100)

