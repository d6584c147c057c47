"""False errors that damage makes and trust46 left (``perturb_checks.py --full``): an invented snippet of each
cause, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

from jixiao.checks import run_checks
from jixiao.model import Evaluation


def _codes(evaluation: Evaluation) -> set[str]:
    return {f.code for f in run_checks(evaluation)}


# an excerpt cut inside a clause: "某某率目标100%" lost its "，完成97%": the figure is the target, not the actual
CUT_CLAUSE = "\n".join([
    "某镇人民政府2024年度部门整体支出绩效自评报告",
    "2024年全年预算820.00万元，全年执行801.20万元，预算执行率97.71%。",
    "二、绩效目标完成情况",
    "（一）产出指标",
    "成本指标：预算执行率目标100%",
]) + "\n"


def test_a_figure_after_a_names_target_is_the_target(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, CUT_CLAUSE)
    [indicator] = evaluation.indicators
    assert indicator.name == "预算执行率"
    assert indicator.target is not None and indicator.target.value == Decimal(100)
    assert indicator.actual is None or indicator.actual.value == Decimal("97.71")  # (the stated rate, if any)
    assert "EXECUTION_RATE_MISMATCH" not in _codes(evaluation)


# a form whose rows run over two lines, its columns numbered (列次): the 其中 row kept only its first figure, so
# whether 52.80 is its 全年预算数 or its 全年执行数 is a guess, and the rows' sum only warns
LONE_FIGURE = "\n".join([
    "某县某某局2024年度某某补助资金绩效评价表",
    "年度:2024年",
    "资金投入情况", "(万元)",
    "行次 全年预算数", "(A)", "统筹整合资金数", "(B)", "扣除统筹整合资金后预算金额", "(C)", "全年到位资金", "(D)",
    "预算到位", "(D/C×100%)", "全年执行资金", "(E)", "预算执行", "(E/C×100%)", "佐证材料",
    "列次 0 1 2 3 4 5 6 7 所需材料 上传端口",
    "年度资金总额(万元): 1 64.500000",
    "64.500000 64.500000 100.00% 40.100000 62.17%",
    "其中:中央财政资金(万元) 2 64.500000",
    "地方财政资金(万元) 3",
    "其他资金(万元) 4",
    "资金管理情况",
]) + "\n"


def test_a_money_rows_lone_figure_is_placed_by_guess(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, LONE_FIGURE)
    assert evaluation.budget.executed == Decimal("40.10")
    assert "ROWS_NOT_SUM" not in errors(evaluation)


# a whole-unit report without its title: the sentences told of 该项目 are a project's, not the unit's
THIS_PROJECT = "\n".join([
    "某县某某镇人民政府",
    "一、部门概况",
    "某某镇辖18个行政村，全镇核定编制52名，实有在职人员50人。",
    "（一）村道养护经费项目",
    "该项目年初预算120.00万元，调整预算126.00万元，全年支出126.00万元，执行率100%。",
    "（二）农村供水保障项目",
    "该项目年初预算80.00万元，调整预算90.00万元，全年支出81.00万元，执行率90%。",
    "二、部门整体支出情况",
    "2024年度全镇部门整体支出年初预算2100.00万元，调整预算2300.00万元，决算支出2254.00万元，预算执行率98%。",
]) + "\n"


def test_sentences_of_this_project_are_no_units_figures(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, THIS_PROJECT)
    assert evaluation.budget.adjusted == Decimal("2300.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


# a heading over the blocks' summaries ("产出指标（共2项，分值50分，得分48分）："), the line that named the
# rate's own points lost: the heading is a section, no indicator worth its first block's points
BLOCK_HEADING = "\n".join([
    "某某街道办事处2024年度部门整体绩效自评报告",
    "一、部门整体支出情况",
    "全年预算1200.00万元，全年决算数1188.00万元，预算执行率99%。",
    "二、绩效目标实现情况",
    "产出指标（共2项，分值50分，得分48分）：",
    "三级指标 | 二级指标 | 年度目标 | 实际完成 | 分值 | 得分 |",
    "道路保洁面积 | 数量指标 | ≥30万平方米 | 31万平方米 | 25 | 25 |",
    "垃圾清运及时率 | 时效指标 | ≥98% | 96% | 25 | 23 |",
    "满意度指标（共1项，分值50分，得分45分）：",
    "三级指标 | 二级指标 | 年度目标 | 实际完成 | 分值 | 得分 |",
    "居民满意度 | 服务对象满意度指标 | ≥90% | 90% | 50 | 45 |",
]) + "\n"


def test_a_heading_over_block_summaries_is_no_indicator(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, BLOCK_HEADING)
    assert [i.name for i in evaluation.indicators] == ["道路保洁面积", "垃圾清运及时率", "居民满意度"]
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


# a form one cell a line: the money row lost its 分值 (the rate in whole percents, 86% of 37.24 ÷ 43.20 = 86.20 %,
# places 37.24 as the 执行数), and an indicator row lost one of its four figures (which one is a guess)
ONE_CELL = "\n".join([
    "某某学校校舍维修经费 绩效自评表",
    "项目支出绩效自评表",
    "项目名称", "某某学校校舍维修经费",
    "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
    "年度资金总额", "43.2", "43.2", "37.24", "86%", "9",
    "其中:当年财政拨款", "43.2", "43.2", "37.24",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
    "产出指标", "数量指标", "指标1维修资金金额", "43.2", "37.24", "9", "已完工，尾款未付。",
    "质量指标", "验收合格率", "100", "100", "30", "30",
    "时效指标", "完成及时率", "100", "100", "30", "30",
    "满意度指标", "服务对象满意度指标", "师生满意度", "100", "100", "20", "20",
    "总分", "100", "98",
]) + "\n"


def test_a_rate_in_whole_percents_places_the_amount_it_is_of(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, ONE_CELL)
    assert evaluation.budget.executed == Decimal("37.24")


def test_a_row_short_of_a_figure_in_a_one_cell_form_is_guessed(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, ONE_CELL.replace("37.24\n86%", "37.24\n10\n86%"))  # (the 分值 kept)
    at = next(k for k, i in enumerate(evaluation.indicators) if i.name == "维修资金金额")
    assert evaluation.provenance[f"indicators[{at}].weight"].guessed
    assert "WEIGHTS_NOT_100" not in errors(evaluation)
    assert "WEIGHTS_NOT_100" in _codes(evaluation)  # a warning, not silence


def test_a_one_cell_form_whose_rows_are_whole_is_read_as_written(tmp_path: Path) -> None:
    whole = ONE_CELL.replace("37.24\n86%", "37.24\n10\n86%").replace("37.24\n9\n", "37.24\n10\n9\n")
    evaluation = read_saved(tmp_path, whole)
    at = next(k for k, i in enumerate(evaluation.indicators) if i.name == "维修资金金额")
    assert evaluation.indicators[at].weight == Decimal(10)
    assert not evaluation.provenance[f"indicators[{at}].weight"].guessed


# an excerpt cut after the first line of a list of sub-projects' budgets: that line is still the part's, no stand-in
# for the project's own (stated above it)
SUB_PROJECT = "\n".join([
    "某某改善项目2024年度绩效自评报告",
    "一、项目概况",
    "项目年初预算900万元，调整后预算960万元，实际支出940.8万元，预算执行率98.00%。",
    "各子项目情况如下：",
    "（一）操场改造子项目：年初预算300万元，调整后预算320万元，实际支出316.8万元，执行率99.00%。",
]) + "\n"


def test_a_lone_sub_projects_line_is_the_parts(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, SUB_PROJECT)
    assert evaluation.budget.adjusted == Decimal(960)
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


# a form's cells run together into one line: "年度资金总额505010100%" is 50 | 50 | 10 | 100%, not 50 | 5010 | 10 | 0%
# (a whole-percent rate is fitted within half a percent only from 10 % up)
RUN_TOGETHER = ("1、项目支出绩效自评表(2020 年度)项目名称某某设备购置经费主管部门某区某某局实施单位某区某某中心"
                "项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额505010100%"
                "其中:当年财政拨款505050100%上年结转资金其他资金年度 总体 目标预期目标实际完成情况购置设备\n")


def test_a_low_whole_percent_is_no_rate_a_split_is_fitted_to(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, RUN_TOGETHER)
    assert evaluation.budget.adjusted == Decimal(50)
    assert evaluation.budget.stated_execution_rate == Decimal(100)
