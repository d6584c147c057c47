"""Review of the stop's second round of reader changes (rev14): invented snippets each of which the merged round
(1c3ef705) read wrong."""

from __future__ import annotations

from page_reading import read_page

# a budget named in one sentence, and the next saying of it "全部支出" in a way that is no spending: not done yet,
# planned, or the noun "all spending" (1c3ef705 read each as the budget spent in full)
_HEAD = ("某某奖励资金项目支出绩效评价自评报告\n一、项目基本情况\n县财政局下达某某镇奖励资金12.5万元。\n"
         "二、项目资金情况\n项目资金12.5万元于2024年9月1日下达某某镇。")


def test_money_not_yet_spent_in_full_is_no_spending() -> None:
    for said in ("截至年底尚未全部支出,结余资金按规定收回。", "因工程未完工,资金没有全部支出。",
                 "计划于2025年6月底前全部支出。", "全部支出用于道路维修。", "全部支出均符合财务制度规定。"):
        read = read_page(_HEAD + said + "\n")
        assert read.budget is not None and read.budget.adjusted == 12.5 and read.budget.executed is None, said


def test_money_spent_in_full_is_still_the_budget() -> None:
    # a guard: held73's reading stays (guessed)
    read = read_page(_HEAD + "我镇于2024年12月31日之前全部支出,做到了专款专用。\n")
    assert read.budget is not None and read.budget.executed == 12.5
    assert read.provenance["budget.executed"].guessed


# a goal row of one cell ending "。全部完成": the goal read whole by the label reader, and (1c3ef705) the same words
# cut out of it again as what was done, the result standing inside the goal beside it
_GOAL_ROW = """某县某某局2024年度某某项目支出绩效自评表
| 年度总体目标 | 维修道路5公里。全部完成 |
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 道路维修长度 | ≥5公里 | 5.2公里 | 50 | 50 |
| 总分 |  |  |  |  | 50 | 50 |
"""


def test_a_goal_read_whole_gives_no_result_cut_out_of_it() -> None:
    read = read_page(_GOAL_ROW)
    assert read.project is not None and read.project.goal_expected == "维修道路5公里。全部完成"
    assert read.project.goal_actual is None


# a spaced form whose targets carry their % joined and whose actuals have it spaced off ("≥90% 98 %"): the lone sign
# is the actual's (1c3ef705 kept it a cell of its own, as a 计量单位 column's: 98 became the weight, the score was
# lost, and the weights' sum 231 raised WEIGHTS_NOT_100)
_SPACED_SIGNS = """某县某某局2024年度某某项目支出绩效自评表
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 道路维修长度 ≥5公里 5.2公里 40 40
产出指标 质量指标 验收合格率 ≥90% 98 % 30 30
满意度指标 服务对象满意度指标 群众满意度 90% 93 % 30 28
总分 100 98
"""


def test_a_sign_spaced_off_an_actual_after_a_joined_target_is_the_actuals() -> None:
    found = {i.name: i for i in read_page(_SPACED_SIGNS).indicators}
    for name, actual, weight, score in (("验收合格率", 98, 30, 30), ("群众满意度", 93, 30, 28)):
        assert found[name].actual is not None and (found[name].actual.value, found[name].actual.unit) == (actual, "%")
        assert (found[name].weight, found[name].stated_score) == (weight, score)
