"""False errors that damage makes and trust39's sample did not hold (``perturb_checks.py --every 6 --offset K``):
an invented snippet of each cause, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from corpus import errors
from page_reading import read_page

# a project's whole-budget line lost above its numbered sub-projects: each states its own 年初预算 / 调整后预算 /
# 实际支出 / 执行率, and none of them is the project's budget
SUB_PROJECTS_ONLY = """某县城区道路提升项目2024年度绩效自评报告
一、项目概况
本项目分两个子项目实施，情况如下：
（一）人行道改造子项目：年初预算200万元，调整后预算210万元，实际支出205万元，执行率97.62%。
（二）路灯更换子项目：年初预算80万元，调整后预算80万元，实际支出72万元，执行率90%。
二、绩效指标完成情况
1.预算执行率（10分）：目标值≥90%，实际值95.31%，得9.53分。
2.改造人行道长度（40分）：目标值≥3公里，实际值3.2公里，得40分。
3.群众满意度（50分）：目标值≥90%，实际值93%，得50分。
三、自评结论
项目自评得分99.53分，等级为优秀。
"""


def test_numbered_sub_projects_budgets_are_not_the_projects() -> None:
    evaluation = read_page(SUB_PROJECTS_ONLY)
    assert evaluation.budget.initial is None
    assert evaluation.budget.executed is None
    assert evaluation.budget.stated_execution_rate is None
    assert not errors(evaluation) & {"TEXT_TABLE_MISMATCH", "EXECUTION_RATE_MISMATCH"}


def test_the_whole_budget_line_above_its_sub_projects_is_still_read() -> None:
    whole = "项目年初预算280万元，调整后预算290万元，实际支出277万元，预算执行率95.52%。\n"
    page = SUB_PROJECTS_ONLY.replace("情况如下：\n", "情况如下：\n" + whole)
    evaluation = read_page(page)
    assert (evaluation.budget.initial, evaluation.budget.executed) == (280, 277)

# a form whose name wrapped over a page break, page number and running title between, copied as one run-on line:
# the page mark's figure ("共 2 页", "— 2 —") is no weight
PAGE_SPLIT_FORM = """某镇人民政府2024年度部门整体绩效自评表
部门整体绩效自评表
主管部门 某镇人民政府 自评总分（分） 97.50
部门预算执行情况（万元） 年初预算数 全年（调整）预算数 全年执行数 执行率（%） 执行率权重 执行率得分（分）
820.00 860.00 838.50 97.50% 10 9.75
指标名称 计量单位 指标性质 年初指标值 调整指标值 全年完成值 得分系数（%） 指标权重（分） 指标得分（分）
农村公路养护里程 公里 定量指标 40公里 42公里 100% 20 20
村级便民服务站 个 定量指标 12个 12个 100% 20 20
农村人居环境整治
{mark}
某镇人民政府2024年度部门整体绩效自评表（续）
指标名称 计量单位 指标性质 年初指标值 调整指标值 全年完成值 得分系数（%） 指标权重（分） 指标得分（分）
达标率 % 定量指标 90% 92% 100% 20 20
群众满意度 % 定量指标 90% 88% 97.5% 30 27.75
"""


def test_a_page_mark_inside_a_run_on_form_is_no_weight() -> None:
    for mark in ("第 1 页，共 2 页", "— 2 —"):
        lines = PAGE_SPLIT_FORM.format(mark=mark).splitlines()
        evaluation = read_page(" ".join(lines) + "\n")
        weights = [indicator.weight for indicator in evaluation.indicators]
        assert 2 not in weights, mark
        assert "WEIGHTS_NOT_100" not in errors(evaluation), mark

# a table of spending by nature that lost its 项目支出 row (a dropped line) or its 项目支出 and 合计 rows (an excerpt's
# end): 基本支出 and its 其中 rows are parts, and a lone 基本支出 row read as the whole is a guess
NATURE_TABLE = """某县司法局2024年度部门整体支出绩效自评报告
二、预算执行情况
本局2024年年初预算1,500.00万元，调整预算1,620.00万元，全年决算支出1,590.00万元，预算执行率98.15%。
按支出类别对比如下（单位：万元）：
| 支出类别 | 调整后预算数 | 决算数 | 执行率 |
| 基本支出 | 1,200.00 | 1,190.00 | 99.17% |
| 其中：人员经费 | 1,000.00 | 995.00 | 99.50% |
| 公用经费 | 200.00 | 195.00 | 97.50% |
{project_row}
{total_row}
"""
PROJECT_ROW = "| 项目支出 | 420.00 | 400.00 | 95.24% |"
TOTAL_ROW = "| 合计 | 1,620.00 | 1,590.00 | 98.15% |"


def test_a_spending_by_nature_table_that_lost_rows_makes_no_sure_mismatch() -> None:
    for project_row, total_row in (("", TOTAL_ROW), ("", ""), (PROJECT_ROW, TOTAL_ROW)):
        evaluation = read_page(NATURE_TABLE.format(project_row=project_row, total_row=total_row))
        assert evaluation.budget.adjusted == 1620, (project_row, total_row)
        assert "TEXT_TABLE_MISMATCH" not in errors(evaluation), (project_row, total_row)
