"""Shapes the held-out pages of stop 76 showed (docs/reader-corpora/held-76.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page as _read


def test_batches_handed_down_with_the_part_in_a_bracket_then_their_sum() -> None:
    """"中央下达我省2批某某资金(某某部分),共计3500万元": the batches counted after 下达 and the part reported on in a
    bracket, then their 共计 (before, no budget)."""
    read = _read("某省中央林业防灾资金转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2023年,中央下达我省2批中央林业防灾资金(防火部分),共计3500万元。\n二、绩效目标完成情况分析\n"
                 "(一)资金投入情况分析。资金已全部分解到位,其中甲市400万元、乙市300万元。\n")
    assert read.budget.adjusted == Decimal("3500")


def test_money_said_to_be_executed_in_a_clause_of_its_own() -> None:
    """"目前,资金已执行2100万元,预算执行率60%": what the fund spent (before, no spending; the rate was read)."""
    read = _read("某省中央林业防灾资金转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2023年,中央下达某某林业防灾资金3500万元。\n二、绩效目标完成情况分析\n"
                 "资金已全部分解到位,其中甲市400万元。目前,资金已执行2100万元,预算执行率60%。\n")
    assert read.budget.executed == Decimal("2100")
    assert read.budget.stated_execution_rate == Decimal("60")


@pytest.mark.parametrize("province", ["甘宁省", "山西省", "某某自治区"])
def test_a_provinces_full_name_before_a_central_fund_in_the_title(province: str) -> None:
    """"某省中央某某资金转移支付2023年度…": the province the central money went to (any name, 省 or 自治区 after it) is
    no part of the fund's name (before, "甘宁省中央林业防灾资金")."""
    read = _read(f"{province}中央林业防灾资金转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2023年,中央下达我省中央林业防灾资金3500万元。\n")
    assert read.project.name == "中央林业防灾资金"


def test_the_object_of_an_evaluation_is_no_preposition() -> None:
    """"四、自评的对象及范围对某某经费进行自评": the 对 of 对象 opens nothing (before, the project "象及范围对…")."""
    read = _read("某县城市管理局2020年度项目绩效评价报告\n一、项目概况\n2020年下达街道保洁经费80万元。\n"
                 "四、自评的对象及范围对某县街道保洁经费进行自评。\n")
    assert read.project.name == "某县街道保洁经费"


def test_a_titles_fund_head_named_again_by_a_sentence() -> None:
    """"青川市某某经费及城区某某经费绩效评价报告" with "对青川市某某经费及某某经费进行自评": the title's head names the
    funds and no body, so it is the project, not the unit (before, the unit the title's head, the project the
    sentence's shorter words)."""
    read = _read("青川市街道保洁经费及城区公厕管护经费绩效评价报告\n一、项目概况\n"
                 "2021年下达街道保洁经费80万元,公厕管护费12万元。\n"
                 "四、自评的对象及范围:对青川市街道保洁经费及公厕管护经费进行自评。\n")
    assert read.project.name == "青川市街道保洁经费及城区公厕管护经费"
    assert not read.unit.name


def test_a_body_before_its_fund_in_the_title_stays_the_unit() -> None:
    """A guard: "某县城市管理局2020年度某某经费绩效评价报告", a sentence naming the fund: the bureau stays the unit."""
    read = _read("某县城市管理局2020年度街道保洁经费绩效评价报告\n一、项目概况\n2020年下达街道保洁经费80万元。\n"
                 "四、自评范围:对某县街道保洁经费进行自评。\n")
    assert read.unit.name == "某县城市管理局"


def test_a_goal_label_inside_a_run_on_paragraph() -> None:
    """"…二、绩效目标项目总体目标:某某。某某。阶段性目标:…": the goal up to the 。 before the next label (before,
    none)."""
    read = _read("某县园林养护经费绩效评价报告\n某县园林养护经费绩效评价报告一、项目概况2021年下达园林养护经费60万元。"
                 "二、绩效目标项目总体目标:养护措施到位,苗木长势良好。提升城区环境。阶段性目标:按季度养护。"
                 "三、自评的目的了解经费使用情况。\n")
    assert read.project.goal_expected == "养护措施到位,苗木长势良好。提升城区环境。"


def test_a_goal_set_in_a_sentence() -> None:
    """"按照某某方案设定,制定项目绩效目标:1.某某;2.某某。": the goal the sentence sets (before, none)."""
    read = _read("某区某某路改造工程项目2021年度绩效自评报告\n一、绩效目标分解下达情况\n区财政安排资金300万元。\n"
                 "二、绩效目标完成情况分析\n(二)总体绩效目标完成情况分析。\n"
                 "按照某某路改造方案设定,制定项目绩效目标:1.按期完成道路改造;2.改善群众出行条件。\n"
                 "总体绩效目标基本完成。\n")
    assert read.project.goal_expected == "1.按期完成道路改造;2.改善群众出行条件。"
