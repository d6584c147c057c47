"""Shapes the held-out pages of stop 55 showed (docs/reader-corpora/held-55.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

_SCORING = (
    "某某区2021年度部门整体支出绩效评价自评报告.docx\n"
    "1、某某区2021年度部门(单位)整体支出绩效评价自评报告部门(单位)名称某某市某某区某某局预算编码012003"
    "部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值评价标准指标说明得分"
    "投入15预算配置10财政供养人员控制率4以100%为标准。控制率100%,计4分;每超过一个百分点扣0.5分。3"
    "“三公”经费变动率6变动率至0,计6分;\n"
    "2、每超过一个百分点扣0.5分,扣完为止。变动率=(本年-上年)/上年X100%5过程50预算执行12预算完成率4100%计满分,"
    "每低于5%扣1分,扣完为止。完成率=支出/预算X100%.4结余率4结余率为0,计4分o2某某投资控制"
)


def test_the_rows_after_the_first_of_a_run_on_scoring_table() -> None:
    """"…扣0.5分。3“三公”经费变动率6…X100%5过程50预算执行12预算完成率4100%计满分…": each row's score closes the
    notes before the next row's name and weight; a new block and group stand before a row where they change; a
    weight run onto the criteria's "100%" is its head that fits under the group's 12. Every such cell is a guess."""
    read = _read(_SCORING)
    rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in read.indicators]
    assert rows == [("财政供养人员控制率", "投入", "预算配置", 4, 3),
                    ("“三公”经费变动率", "投入", "预算配置", 6, 5),
                    ("预算完成率", "过程", "预算执行", 4, 4),
                    ("结余率", "过程", "预算执行", 4, 2)]
    assert read.stated_block_weights == {"投入": 15, "过程": 50}
    assert read.provenance["indicators[1].weight"].guessed
    assert read.provenance["indicators[0].stated_score"].guessed


def test_a_figure_in_the_notes_over_the_rows_weight_is_no_score() -> None:
    """"…扣0.5分。9某某…": a figure after the notes larger than the row's weight closes no row."""
    read = _read(_SCORING.replace("扣0.5分。3", "扣0.5分。9"))
    assert read.indicators[0].stated_score is None
    assert [i.name for i in read.indicators] == ["财政供养人员控制率"]


def test_a_later_rows_block_weight_is_a_guess_and_raises_no_error() -> None:
    """"…X100%5过程90预算执行12…": a block's weight read off a later row is a guess with its own source, so the
    blocks' sum over the full mark (15 + 90) is a prompt to check, never an error (it was cited as the first row)."""
    read = _read(_SCORING.replace("过程50", "过程90"))
    assert read.stated_block_weights == {"投入": 15, "过程": 90}
    assert read.provenance["stated_block_weights.过程"].guessed
    assert not read.provenance["stated_block_weights.投入"].guessed
    assert "BLOCK_WEIGHTS_VS_RULE" not in errors(read)


_GRADED_GROUPS = (
    "某市某某局关于2023年度项目绩效自评工作的报告\n"
    "一、绩效自评工作组织开展情况\n"
    "2023年预算安排我局专项资金项目共计40个,财政资金1200.5万元。至年底我局项目执行金额1100.25万元,执行率91.65%。\n"
    "二、绩效目标实现情况\n"
    "我局专项资金项目共计40个,财政资金1200.5万元。其中绩效自评“优”的项目30个财政资金1000.5万元;"
    "绩效自评“良”的项目8个财政资金150万元,绩效自评“差”的项目2个财政资金50万元,分别是:\n"
)


def test_a_bureaus_projects_counted_then_their_money_is_the_budget() -> None:
    """"2023年预算安排某局专项资金项目共计40个,财政资金1200.5万元": the money of the projects counted is the budget
    their spending and rate are of."""
    read = _read(_GRADED_GROUPS)
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == (
        Decimal("1200.5"), Decimal("1100.25"), Decimal("91.65"))


def test_projects_grouped_by_their_grades_are_no_income_items() -> None:
    """"其中绩效自评“优”的项目30个财政资金A万元;…“良”的项目8个财政资金B万元": groups of projects by grade, each
    with its money, are no sources of income."""
    assert _read(_GRADED_GROUPS).budget.income_items == []


def test_what_counted_projects_spent_is_an_item() -> None:
    """"其中：基本支出300万元，5个项目支出200万元": a count of projects before 支出 names what they spent, an item (a
    group counted with its money was the rule's aim; dropping this one left the items 200 short of the whole)."""
    for item in ("5个项目支出", "实施项目5个支出"):
        read = _read("某县某局2023年度部门整体支出绩效自评报告\n"
                     f"2023年度支出合计500万元，其中：基本支出300万元，{item}200万元。")
        assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [("基本支出", 300), (item, 200)]
