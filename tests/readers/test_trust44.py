"""False errors that damage makes and trust43 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page
from test_trust43 import HEAD, PARTS


def test_a_sub_units_own_table_sets_no_fact_of_the_department_by_any_write() -> None:
    # the parts' tables in 元 and the excerpt ending before the whole's section: the 元 is the parts' unit, not a
    # unit the department's figures were read in (``Facts.replace`` set it past ``Facts.muted`` before)
    in_yuan = [part.replace("| 金额（万元） |", "| 金额（元） |") for part in PARTS[:2]]
    excerpt = read_page(HEAD + "".join(in_yuan) + "### （三）县动物疫病预防控制中心\n")
    assert "budget.source_unit" not in excerpt.provenance
    assert excerpt.budget.initial is None


# an excerpt of a form of " |" cells ending inside its last row's last figure (1276.43 cut to "1276"): the
# figure may be whole or cut, so a check on it asks for a look instead of stating an error
CUT_IN_FIGURE = """某县某某街道办事处2024年度部门整体绩效自评报告
二、部门预算及执行情况
2024年部门预算资金 1,302.60 万元，年初预算 1,180.00 万元，全年执行 1,276.43 万元，预算执行率97.99%。
七、自评结论
经自评，本街道2024年度部门整体绩效自评总分96.50分。
附件：部门整体绩效自评表
部门整体绩效自评表 |||||||||
（2024年度） |||||||||
主管部门 | 某县某某街道办事处 | 财政处室 | 某某科 | 自评总分（分） | 96.50 ||||
部门联系人 | 某某某 | 联系电话 | 0000-1234567 ||||||
部门预算执行情况（万元） | 资金总额 | 年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%） | 权重 | 得分 ||
 | 1180.00 | 1302.60 | 1276"""


def test_a_figure_the_excerpts_end_may_have_cut_is_a_guess() -> None:
    evaluation = read_page(CUT_IN_FIGURE)
    assert evaluation.budget.executed == Decimal("1276.43")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
    assert "TEXT_TABLE_MISMATCH" not in errors(read_page(CUT_IN_FIGURE + ".43 | 97.99% | 10 | 9.80 |||\n"))


# a project form's money block whose 年度资金总额 row is lost (a dropped line, a page's cut): the row after the 其中 row
# is one more part, not the total, so no total stands to be compared with the parts
FUNDS = """某县2024年度某某补助资金绩效自评表
资金使用单位 | 某县某某局 |||||
项目资金（万元） | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 |
年度资金总额 | 650.00 | 640.20 | 98.49% | 10 | 9.85 |
其中：中央补助资金 | 560.00 | 552.70 | 98.70% | | |
地方资金 | 90.00 | 87.50 | 97.22% | | |
"""


def test_a_row_after_a_funds_part_is_no_total_when_the_total_row_is_lost() -> None:
    whole = read_page(FUNDS)
    assert whole.budget.adjusted == Decimal("650.00") and len(whole.budget.fund_rows) == 2
    lost = read_page("\n".join(line for line in FUNDS.splitlines() if not line.startswith("年度资金总额")))
    assert lost.budget.adjusted is None and "ROWS_NOT_SUM" not in errors(lost)


# a nested Markdown list re-wrapped by a narrow viewer: each item's text has no space to break at, so its mark is
# left alone on a line ("    -" / "某某率：分值…"); the mark and the text are one item
LONE_MARKS = """# 某街道办事处2024年度部门整体支出绩效自评报告
## 三、绩效指标完成情况
- **产出指标**
  - 数量指标
    -
新建公厕数量：分值20分，目标值≥6座，实际完成6座，得分20分
  - 质量指标
    -
公厕验收合格率：分值20分，目标值=100%，实际完成100%，得分20分
- **效益指标**
  - 社会效益指标
    -
如厕环境改善情况：分值30分，目标值明显改善，实际完成明显改善，得分30分
- **满意度指标**
  - 服务对象满意度指标
    -
群众满意度：分值30分，目标值≥90%，实际完成93.6%，得分30分
## 四、自评结论
自评得分100分，等级为优。
"""


def test_a_list_items_mark_alone_on_its_line_opens_the_item_on_the_next() -> None:
    evaluation = read_page(LONE_MARKS, "page.md")
    assert [i.weight for i in evaluation.indicators] == [Decimal(20), Decimal(20), Decimal(30), Decimal(30)]
    assert not errors(evaluation) & {"TOTAL_MISMATCH", "WEIGHTS_NOT_100"}


# a project form whose goal contents row is lost, its goal header row right over the indicator header: the two are
# read as one header and the columns shift, an actual value ("4间") taken as the name; a name that is a quantity in
# any unit of the lexicon (间 among them) marks the row as read shifted, so a check on it asks for a look
GOAL_ROW_LOST = """某县某某小学2024年度项目支出绩效自评报告
| 项目支出绩效自评表 |
| 项目名称 | 某某学校功能室建设补助资金 |  |  |  |  |  |  |  |
| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |
|  | 年度资金总额 | 210.00 | 226.40 | 219.35 | 10 | 96.89% | 9.69 |  |
| 年度总体目标 | 中期目标（2024—2026年） |  |  | 年度目标 |  | 实际完成情况 |  |  |
| 一级指标 | 二级指标 | 三级指标 | 中期指标值（2024—2026年） | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| 产出指标 | 数量指标 | 新建功能室 | ≥12间 | ≥4间 | 4间 | 20 | 20 |  |
|  | 质量指标 | 功能室验收合格率 | =100% | =100% | 100% | 20 | 20 |  |
| 效益指标 | 社会效益指标 | 功能室课程开出率 | ≥95% | ≥95% | 96.5% | 30 | 30 |  |
| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | ≥90% | 94.1% | 10 | 10 |  |
| 总分 |  |  |  |  |  | 100 | 99.69 |  |
"""


def test_a_quantity_read_as_a_name_in_any_unit_marks_its_row_shifted() -> None:
    assert "FULL_SCORE_BELOW_TARGET" not in errors(read_page(GOAL_ROW_LOST))


# a whole-unit form run into one line: the budget row's "分值 | 10 | 得分 9.72" is that row's score, not the form's
# total (the total's own cell, "自评总分 | 100% | | 97.20", comes at the end)
ONE_LINE_FORM = ("某县某某局2024年度部门整体支出绩效自评表 部门（单位）名称 | 某县某某局 | | "
                 "年初预算数（万元） | 调整后预算数（万元） | 全年执行数（万元） | | 640.00 | 702.50 | "
                 "683.12 | 预算执行率 | 97.24% | 分值 | 10 | 得分 9.72 | 一级指标 | 二级指标 | 三级指标 | "
                 "年度指标值 | 实际完成值 | 权重 | 得分率 | 得分 | 产出指标 | 数量指标 | 某某服务办件量 | "
                 "≥3000件 | 3216件 | 40% | 100.00% | 40 | 效益指标 | 社会效益指标 | 某某问题办结率 | "
                 "≥95% | 93.5% | 30% | 90.00% | 27 | 满意度指标 | 服务对象满意度指标 | 群众满意度 | "
                 "≥90% | 95% | 30% | 100.00% | 30 | 自评总分 | 100% |  | 97.20 | 自评等级 | 优 |\n")


def test_a_score_right_after_a_rows_weight_cell_is_that_rows_not_the_total() -> None:
    evaluation = read_page(ONE_LINE_FORM)
    assert evaluation.stated_total != Decimal("9.72")
    assert "GRADE_MISMATCH" not in errors(evaluation)


# a department's report run into one line, its units table among the text: the table's "单位" head comes before the
# money header with an empty cell between (its cells one a line, a "|" line between each two); read without it, the
# table was a fund's and 局机关's row the department's money. The rows are units, none of them the department's
UNITS_ONE_LINE = ("某县卫生健康局2024年度部门整体支出绩效自评报告 一、部门概况 县卫生健康局部门预算包括局机关和县某"
                  "某中心、县某某所2个二级预算单位。部门编制总数312名，年末实有人数298人。 二、部门预算执行情况 202"
                  "4年部门年初预算３１２０．００万元，调整后预算３３５６．８０万元，决算支出３３０１．４５万元，预"
                  "算执行率９８．３５％。各单位预算执行情况见下表。 单位 | 调整后预算数（万元） | 决算数（万元） | "
                  "执行率 | 局机关 | 812.40 | 798.66 | 98.31% | 县某某中心 | 1630.20 | 1611.05 | 98.83% | 县某某所 "
                  "| 914.20 | 891.74 | 97.54% | 部门合计 | 3356.80 | 3301.45 | 98.35% | 三、绩效指标完成情况 一级指"
                  "标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 产出"
                  "指标 | 成本指标 | 预算执行率 | 100% | 98.35% | 20 | 19.67 |  | 产出指标 | 数量指标 | 某某服务人"
                  "次 | ≥5000人次 | 5230人次 | 40 |  | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | "
                  "40 |  | 合计 |  | 100 | 99.67 |  | 四、自评结论 综合自评得分９９．６７分，综合评定等级为“优秀”。"
                  "\n")


def test_a_units_head_before_a_money_header_past_an_empty_cell_tells_a_units_table() -> None:
    evaluation = read_page(UNITS_ONE_LINE)
    assert evaluation.budget.adjusted == Decimal("3356.80")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


# a department's report run into one line, its projects table after a sentence ending "（单位：万元）：": the table's
# "项目名称" head is that line piece's last words, before the money header; read without it, the table was a fund's,
# its first project's row the total, its 自评得分 the 预算执行率's score. The rows are projects
PROJECTS_ONE_LINE = ("某县某某局2024年度部门整体支出绩效自评报告 一、重点项目实施情况 2024年我局实施重点项目3个，各项"
                     "目预算执行情况如下（单位：万元）： 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 某某"
                     "服务项目 | 1,240.50 | 100.00% | 96.80 | 某某能力提升项目 | 820.00 | 731.44 | 89.20% | 85.50 | 某"
                     "某防控项目 | 305.60 | 298.75 | 97.76% | 94.30 | 某某能力提升项目执行率偏低，主要是设备采购合同跨"
                     "年支付。 二、部门预算执行情况 2024年部门年初预算4210.30万元，全年预算4528.90万元，全年执行4437.6"
                     "2万元，预算执行率97.98%。 三、部门整体绩效自评情况 一级指标 | 二级指标 | 三级指标 | 年度指标值 |"
                     " 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 预算执行 | 预算执行率 | 100% | 97.98% | 10 "
                     "| 9.80 |  | 产出指标 | 数量指标 | 某某服务人次 | ≥5000人次 | 5230人次 | 40 | 40 |  | 满意度指标 "
                     "| 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 50 | 50 |  | 四、自评结论 经自评，我局2024年度"
                     "部门整体支出绩效自评得分99.80分，自评等级为优。\n")


def test_a_projects_head_at_the_end_of_a_run_on_piece_tells_a_projects_table() -> None:
    evaluation = read_page(PROJECTS_ONE_LINE)
    assert evaluation.indicators[0].stated_score == Decimal("9.80")
    assert not errors(evaluation) & {"SCORE_OVER_WEIGHT", "EXECUTION_RATE_MISMATCH"}
