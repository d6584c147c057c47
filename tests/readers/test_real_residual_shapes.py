"""Shapes of the real pages the third and fourth probes left under 90 % (docs/reader-corpora/real-residual.md),
each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page as _read

from jixiao.readers.stream_rows import stream_rows

# a web table copied one cell a line, each cell closed by its rule, a row's empty cells on a line of rules
_STREAMED = ("评价类型:项目实施过程评价□项目完成结果评价□\n项目名称:某县乡村公路养护\n项目单位:某县公路养护中心\n"
             "主管部门:某县交通运输局\n报告日期:2021年06月10日\n某县财政局(制)\n"
             "一、项目基本概况 |\n||||||||||\n"
             "项目负责人 |\n张三 |\n联系电话 |\n12345678 |\n||||||||\n"
             "计划安排资金 (万元) |\n450 |\n实际到位资金 (万元) |\n4,50.0,12 |\n实际支出 (万元) |\n4,50.0,12 |\n"
             "结余 (万元) |\n0 |\n||||||\n"
             "其中:县财政 |\n450 |\n其中:县财政 |\n4,50.0,12 |\n其中:县财政 |\n4,50.0,12 |\n其中:县财政 |\n|\n||||||\n")


@pytest.mark.parametrize("text", [_STREAMED, _STREAMED.replace(" |\n", " |\n\n")], ids=["packed", "blank lines"])
def test_a_table_copied_one_cell_a_line_is_rebuilt_row_by_row(text: str) -> None:
    """The lines between two lines of rules are one row: the bare "450 |" is the budget's cell, no page number."""
    evaluation = _read(text)
    assert evaluation.budget.adjusted == 450


# the same web copy of a grid form: every row opens on an empty cell, the header has an empty cell after its label
_GRID = ("|\n项目支出绩效自评表 (2023年度) |\n||||||||\n|\n项目名称 |\n某镇便民服务车辆租赁 |\n|||||||\n"
         "|\n项目资金 (万元) |\n|\n年初预算数 |\n全年预算数 |\n全年执行数 |\n分值 |\n执行率(%) |\n得分 |\n||||\n"
         "|\n年度资金总额 |\n0 |\n6.40 |\n6.40 |\n10 |\n100 |\n10 |\n|||||\n"
         "|\n其中:财政拨款 |\n0 |\n2.10 |\n2.10 |\n—— |\n100 |\n—— |\n|||||\n"
         "|\n其他资金 |\n0 |\n4.3 |\n4.3 |\n—— |\n100 |\n—— |\n|||||\n")


def test_a_grid_copied_one_cell_a_line_is_read_by_its_header() -> None:
    """From the row of column headings on, the rows are not rebuilt by position (the header's empty cell after
    项目资金 would shift every figure one column): the figures go where the header's words say."""
    assert "年度资金总额" not in " ".join(cell for cells in stream_rows(_GRID.splitlines()).values() for cell in cells)
    evaluation = _read(_GRID)
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (0, Decimal("6.40"),
                                                                                                 Decimal("6.40"))
    assert evaluation.budget.stated_execution_rate == 100


def test_a_garbled_figure_is_not_read() -> None:
    """"4,50.0,12" (a comma after the point, a group of two): the page garbled the amount spent; nothing is read."""
    evaluation = _read(_STREAMED)
    assert evaluation.budget.executed is None
    assert all(row.executed is None for row in evaluation.budget.fund_rows)


def test_level_cells_over_a_line_of_rules_among_pipe_rows_stay_text() -> None:
    """One such row among a pipe table's rows ("效益指标 |" / "经济效益指标 |" / "|||||"): no table of its own."""
    lines = ["种植成活率 | 5 | 95% | 96% | 5 | ||||", "效 益 指 标 (30分) |", "经济效益 指标 |", "||||||||||",
             "带动农户增收 | 20 | 15万元 | 16万元 | 20 | ||||"]
    assert stream_rows(lines) == {}


def test_money_done_in_the_results_not_in_the_goal() -> None:
    """"绩效目标:…资金完成120万元" states the goal; "1.…资金完成86.5万元" under the results what was spent."""
    text = ("村级养老服务站项目\n绩效自评报告\n一、项目概况\n(二)项目绩效目标。\n"
            "绩效目标:村级养老服务站资金完成120万元。\n"
            "二、项目资金管理\n申报预算资金120万元,已完成批复。\n三、项目绩效情况 (一)项目完成情况。\n"
            "1.村级养老服务站资金完成86.5万元。群众满意度达92%。\n")
    evaluation = _read(text)
    assert evaluation.budget.adjusted == 120
    assert evaluation.budget.executed == Decimal("86.5")


def test_one_fund_done_is_not_what_was_spent() -> None:
    text = ("某某项目绩效自评报告\n一、项目概况\n申报预算资金300万元。\n二、项目完成情况\n"
            "1.中央资金完成180万元,省级资金完成95万元。\n")
    evaluation = _read(text)
    assert evaluation.budget.executed is None


def test_a_date_under_the_stamp_line_is_no_unit() -> None:
    text = ("某某中心项目\n绩效自评报告\n一、项目概况\n申报预算资金50万元。\n四、评价结论\n评价得分及绩效等级为(良)。\n"
            "项目单位(盖章) 2021年3月9日\n")
    evaluation = _read(text)
    assert evaluation.unit.name in ("", None)
    assert evaluation.project is None or evaluation.project.implementing_unit is None


# a web page's results table whose first column (the levels' and the total's labels) was lost
_RESULTS = ("某县人民医院\n2019年度部门整体支出绩效评价报告\n绩效评价结果\n绩效等级 | |||\n20.00 | 良 | ||\n"
            "50.00 | 41.50 | 良 | |\n产出 | 20.00 | 18.00 | 优 |\n10.00 | 9.00 | 优 | |\n100.00 | 86.50 | 良 |\n"
            "注:优(≥90)\n")


def test_a_results_table_without_labels_gives_its_total_row() -> None:
    """The last row's full mark (100) is the sum of the full marks above it: that row is the total, guessed."""
    evaluation = _read(_RESULTS)
    assert evaluation.stated_total == Decimal("86.5")
    assert evaluation.stated_grade == "良"
    assert evaluation.provenance["stated_total"].guessed


def test_a_results_table_whose_marks_do_not_add_up_gives_nothing() -> None:
    evaluation = _read(_RESULTS.replace("100.00 | 86.50", "90.00 | 86.50"))
    assert evaluation.stated_total is None


def test_staff_label_run_on_with_its_figure() -> None:
    """"…单位 人数212单位地址…" (a viewer's run-together cover line): the label's figure, no 人 after it."""
    text = ("项目支出绩效自评表\n1、市级财政项目支出绩效自评表(2018年度) 项目名称: 某某经费 "
            "单位职能某局负责全市某某工作,"
            "维护社会稳定。单位 人数212单位地址某市某路8号邮政 编码123456项目基本情况\n")
    evaluation = _read(text)
    assert evaluation.unit.staff_total == 212


def test_a_whole_unit_budget_in_prose_is_read_guessed() -> None:
    """"部门预算财政安排…资金共X万元，实际支出Y万元": the year's budget, not said initial or adjusted: guessed."""
    text = ("2023年度某区妇联部门整体支出绩效自评报告\n一、部门基本情况\n核定编制8名。\n二、一般公共预算支出情况\n"
            "2023年部门预算财政安排公共财政拨款资金共96.30万元,实际支出95.10万元。其中基本支出80.00万元。\n")
    evaluation = _read(text)
    assert evaluation.budget.adjusted == Decimal("96.3")
    assert evaluation.budget.executed == Decimal("95.1")
    assert evaluation.provenance["budget.adjusted"].guessed


def test_a_whole_unit_budget_the_stated_rate_does_not_fit_is_left() -> None:
    text = ("2023年度某区妇联部门整体支出绩效自评报告\n二、一般公共预算支出情况\n"
            "2023年部门预算财政安排公共财政拨款资金共96.30万元,实际支出95.10万元。预算执行率为90%。\n")
    evaluation = _read(text)
    assert evaluation.budget.adjusted is None


# a PDF text layer of a score sheet by source of funds, its cells interleaved (one line, as the layer gives it)
_SHEET = ("某市财政预算支出项目绩效目标自评表 填报日期:2023 年 5 月 8 项目名称 项目主管单 位 自评总分: 92 "
          "项目实施单位 某市水务局 某市水务局 项目负责人 王五 1、常年性 2、延续性□ "
          "中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 80 40 120 "
          "来源 项目年度目 标 单位领导审签: 城区排水管网维护项目 项目属性 项目资金 日 108 90 % "
          "1.维护排水管网 50 公里; 2. 项目权重 评价内容 分值 自评分 项目决策 3 分 立项依据 3 3 "
          "复核分 评价标准及依据 有项目立项文件计 3 分,没有不得分。 1、资金管理办法 1 分; 资金管理 4 4 "
          "2、有支付凭证 3 分。没有不得分。 制度建设 项目管理 10 分 3 2 有管理制度的 3 分,缺一项扣 1 分 "
          "1、检查记录 2 分; 监督检查 3 3 2、整改报告 1 分。没有不得分。 — 1 — "
          "项目年度目标 1:城区排水管网维护项目 一级 指标 二级 指标名称\n")


def test_a_money_block_by_source_read_by_its_constraints() -> None:
    """The sources printed (80, 40) add up to the total (120); what was spent over it is the rate (108 / 120 = 90 %)."""
    evaluation = _read(_SHEET)
    assert evaluation.budget.adjusted == 120
    assert evaluation.budget.executed == 108
    assert evaluation.budget.stated_execution_rate == 90
    assert evaluation.provenance["budget.adjusted"].guessed


def test_a_money_block_by_source_that_does_not_add_up_is_left() -> None:
    evaluation = _read(_SHEET.replace("率 80 40 120", "率 80 30 120"))
    assert evaluation.budget.adjusted is None
    assert evaluation.budget.executed is None


def test_level_cells_between_score_rows_go_to_the_rows_their_weight_adds_up_to() -> None:
    """"项目决策 3 分" over one row of 3; "项目管理 10 分" printed inside a row, over the rows 4 + 3 + 3."""
    evaluation = _read(_SHEET)
    levels = {i.name: (i.level1, i.weight, i.stated_score) for i in evaluation.indicators}
    assert levels == {"立项依据": ("项目决策", 3, 3), "资金管理": ("项目管理", 4, 4), "制度建设": ("项目管理", 3, 2),
                      "监督检查": ("项目管理", 3, 3)}


def test_level_cells_whose_weights_fit_no_run_of_rows_are_left() -> None:
    evaluation = _read(_SHEET.replace("项目管理 10 分", "项目管理 12 分"))
    assert {i.name: i.level1 for i in evaluation.indicators} == {"立项依据": None, "资金管理": None, "制度建设": None,
                                                                   "监督检查": None}


def test_an_indicator_header_beside_the_goal_is_no_goal() -> None:
    evaluation = _read(_SHEET)
    assert evaluation.project is not None
    assert evaluation.project.goal_actual is None
