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


# a knowledge base's Markdown export: tables with no outer pipes, the money rows led by an empty cell under the merged
# 项目资金 label, the indicator rows closed by a pipe before an empty note cell
_BARE_PIPES = """# 2022年某县某灌区改造项目绩效自评报告

项目名称：2022年某县某灌区改造项目
实施单位：某县某灌区管理所

项目资金（万元） |   | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
:---: | :---: | :---: | :---: | :---: | :---: | :---: | :---:
  | 年度资金总额 | 1480.00 | 1525.00 | 1468.25 | 10 | 96.28% | 9.63
  | 其中：当年财政拨款 | 1480.00 | 1525.00 | 1468.25 | — | — | —

一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
:---: | :---: | :---: | :---: | :---: | :---: | :---: | :---:
产出指标 | 数量指标 | 某渠道衬砌长度 | ≥36公里 | 37.5公里 | 40 | 40 |
效益指标 | 社会效益指标 | 某灌溉保证率 | ≥85% | 88% | 30 | 30 |
满意度指标 | 服务对象满意度指标 | 某受益农户满意度 | ≥90% | 92% | 10 | 10 |
总分 |   |   |   |   | 90 | 89.63 | 优
"""


def test_a_markdown_table_with_no_outer_pipes_keeps_its_rows_empty_first_cell() -> None:
    """A Markdown table written without outer pipes whose money rows open on "  | 年度资金总额 | …" (their first cell
    empty under the merged 项目资金 label): the header's width keeps that cell, so the figures stay in their columns
    and the money block is read (before: no budget and no execution-rate row)."""
    evaluation = read_page(_BARE_PIPES, "report.md")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("1480.00"), Decimal("1525.00"),
                                                                  Decimal("1468.25"))
    assert budget.stated_execution_rate == Decimal("96.28")
    names = [indicator.name for indicator in evaluation.indicators]
    assert names[-3:] == ["某渠道衬砌长度", "某灌溉保证率", "某受益农户满意度"]
    assert evaluation.indicators[-1].stated_score == Decimal(10)


# a viewer's text layer: each row's cells run together, the fund row's 分值 and 得分 cells a dash, its 执行率 written
_FUSED_FUND_ROW = """项目支出绩效自评表（2023年度）
项目名称2023年某调解中心运行保障项目
主管部门某县司法局实施单位某县某调解中心
项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分
年度资金总额86.0092.4089.311096.66%9.67
其中：财政拨款86.0092.4089.31—96.66%—
一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
产出指标数量指标某调解案件数≥420件455件5050
满意度指标服务对象满意度指标某当事人满意度≥90%93%4040
"""


def test_a_fused_fund_row_with_its_own_rate_between_dashes_is_read() -> None:
    """"其中：财政拨款86.0092.4089.31—96.66%—": a fund row run together whose blank 分值 and 得分 cells are dashes
    around its written 执行率; the rate is a cell of its own and the amounts split by it, so the row is read (before:
    the marks after the figures had to be marks only, and the row was lost)."""
    rows = read_page(_FUSED_FUND_ROW).budget.fund_rows
    assert [(row.name, row.initial, row.adjusted, row.executed) for row in rows] == [
        ("财政拨款", Decimal("86.00"), Decimal("92.40"), Decimal("89.31"))]
