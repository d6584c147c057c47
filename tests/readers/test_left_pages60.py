"""What the real pages and the newest sets still left at stop 47 (docs/reader-corpora/left-pages-60.md), each cause
rebuilt from an invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

# a unit's summary of its projects' self-evaluations, a viewer's text layer: the items run on inside long lines
_SUMMARY = (
    "2023年度项目支出绩效自评总报告\n"
    "根据区财政局的通知要求,我站对2023年度项目支出绩效进行了自评。一、项目绩效目标情况(一)某县河道管护站2023年度"
    "共有3个项目1、堤防巡查养护项目:预算42.6万元,2023年全年实际支付42.6万元,使用率100%。主要内容为:堤防巡查"
    "120公里。2、河道保洁项目:预算18万元,2023年全年实际支付17.5万元,使用率97.2%。主要内容为:清理水面漂浮物。\n"
    "3、闸站维修项目:预算260万元,2023年全年实际支付260万元,使用率100%。主要内容为:维修闸门4座。\n"
)


def test_a_listed_projects_figures_run_on_in_a_line_are_no_reading_of_the_documents() -> None:
    """A summary of three projects whose items ("1、某某项目:预算A万元,…实际支付B万元,使用率R%。2、…") run on inside
    the lines: each item's spending and rate are its project's, and the summary states no total of them, so no
    spending and no rate is read (before, the first item's rate and the second's payment were the document's)."""
    evaluation = read_page(_SUMMARY)
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (None, None, None)


def test_a_single_projects_payment_is_still_read() -> None:
    """A guard: one project's report telling its payment in a numbered sentence of its own is read as before."""
    evaluation = read_page("2023年度某河道保洁项目支出绩效自评报告\n"
                           "一、项目资金情况\n"
                           "1、资金使用情况:项目预算18万元,2023年全年实际支付17.5万元,使用率97.2%。\n")
    assert evaluation.budget.executed == Decimal("17.5")
    assert evaluation.budget.stated_execution_rate == Decimal("97.2")
