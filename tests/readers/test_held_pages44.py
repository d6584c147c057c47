"""Shapes the held-out pages of stop 44 showed (docs/reader-corpora/held-44.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a whole-unit form as web-copied cells: the 项目名称 cell names the unit's whole spending, the 主管部门 cell keeps a
# budget code, each amount is followed by a stray "?" and no unit is stated; the rate sits on the fund row
_WHOLE_UNIT_CELLS = (
    "2023年度部门整体绩效自评表 | ||||||\n"
    "项目名称: | 某市某县文学艺术界联合会整体监控 | 项目编码: | 50022900011P000012 | 自评总分: | 96.40 | ||\n"
    "项目主管部门: | 612-某市某县文学艺术界联合会 | 财政归口处室: | 部门联系人: | 张某 | ||\n"
    "资金情况 | ||||||\n"
    "年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | ||\n"
    "年度总金额 | 2,150,000.00? | 2,400,000.00? | 2,280,000.00? | |||\n"
    "其中:财政拨款 | 2,150,000.00? | 2,400,000.00? | 2,280,000.00? | 95.00 | 10.00 | 9.50? | |\n"
)


def test_a_whole_unit_forms_project_name_cell_names_no_project() -> None:
    """"项目名称: | 某联合会整体监控" under a 部门整体绩效自评表 heading: a whole unit's form, no project; the
    主管部门 cell's name, without its cell bar and budget code, is the unit."""
    read = _read(_WHOLE_UNIT_CELLS)
    assert read.kind == "整体支出"
    assert read.project is None or read.project.name in ("", None)
    assert read.unit.name == "某市某县文学艺术界联合会"


def test_a_stray_mark_after_each_amount_is_dropped() -> None:
    """"2,150,000.00?": the "?" a page left after each figure is dropped; amounts of millions in a table stating
    no unit are 元; the fund row carries the rate, weight and score the total row left blank."""
    read = _read(_WHOLE_UNIT_CELLS)
    assert (read.budget.initial, read.budget.adjusted, read.budget.executed) == (
        Decimal("215"), Decimal("240"), Decimal("228"))
    assert read.budget.stated_execution_rate == Decimal("95.00")
    rate = next(i for i in read.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (Decimal("10.00"), Decimal("9.50"))


def test_a_firms_final_score_sentence_is_the_stated_total() -> None:
    """"最终评分结果为88分,绩效评价等级为“良”": a commissioned firm's score of the project, the stated total."""
    read = _read("某区某局2022年某某补贴评价报告\n被评价单位:某市某区某局\n项目名称:2022年某某补贴\n"
                 "二、绩效评价结论\n评价小组通过查阅资料等方式进行了客观评价,最终评分结果为88分,绩效评价等级为“良”。\n")
    assert read.stated_total == Decimal("88")


def test_a_finance_bureaus_evaluation_names_the_body_before_its_fund() -> None:
    """"我们对某县某中心某某专项经费进行了绩效评价": the body evaluated (a guess) and its fund, apart."""
    read = _read("2020年度上级财政共下达我县某某专项补助经费120.50万元。按照有关要求,"
                 "我们对某县某某服务中心某某专项经费进行了绩效评价,现将评价结果报告如下:\n一、评价工作情况\n")
    assert read.unit.name == "某县某某服务中心"
    assert read.project.name == "某某专项经费"


def test_a_question_mark_that_is_no_pages_mark_is_kept() -> None:
    """One "?" after a figure may be the author's; an address's query is no figure's mark."""
    from jixiao.readers.marked_figures import unmarked_figures

    assert unmarked_figures("某某数量是否达到12?\n") == ("某某数量是否达到12?\n", 0)
    assert unmarked_figures("见 index.php?id=12 与 page?no=3 |\n")[1] == 0
    assert unmarked_figures("| 12.00? | 30.5? |\n") == ("| 12.00 | 30.5 |\n", 2)


def test_a_web_row_opening_on_a_bar_keeps_its_empty_first_cell() -> None:
    """Rows of " |" cells under a header that opens on a cell: "| 产出时效 | 某某完成及时 | 某日前 | 某日前 |" has
    its 一级 cell empty (merged above), so the words stay in their columns and the text values are read."""
    read = _read("一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 |\n"
                 "产出指标 | 产出数量 | 培训某某人员人数 | 300人 | 310人 |\n"
                 "| | 完成某某考核验收 | 6所 | 6所 |\n"
                 "| 产出时效 | 培训任务完成及时 | 2022.3.1-11.30 | 2022.3.1-11.30 |\n"
                 "| | 考核任务完成及时 | 各期结束后及时考核 | 前两期未及时考核 |\n"
                 "| 产出成本 | 某某补贴标准 | 2000元/人 | 1800元/人 |\n"
                 "效益指标 | 社会效益 | 学员就业率 | 60% | 62.5% |\n"
                 "| 经济效益 | 减轻学员负担 | 明显减轻 | 明显减轻 |\n")
    by_name = {i.name: i for i in read.indicators}
    assert by_name["某某补贴标准"].level1 == "产出指标"
    assert by_name["某某补贴标准"].level2 == "产出成本"
    assert by_name["培训任务完成及时"].level2 == "产出时效"
    assert by_name["考核任务完成及时"].actual.text == "前两期未及时考核"
    assert by_name["减轻学员负担"].level1 == "效益指标"
    assert by_name["减轻学员负担"].actual.text == "明显减轻"
