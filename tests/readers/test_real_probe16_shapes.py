"""Shapes found by the sixteenth real-page probe (docs/reader-corpora/real-probe-16.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page
from page_reading import read_page as _read

_NUMBERED_SENTENCES = (
    "2022年某某设备补助经费项目支出绩效自评报告\n"
    "一、自评结论\n(一)自评得分\n本项目自评得分95分,自评等级为优秀。\n(二)绩效目标完成情况\n"
    "1.设备检修覆盖率,年初目标值≥85%,实际完成值≥85%,自评得分30分;\n"
    "2.检修事故发生数,年初目标值=0起,实际完成值=0起,自评得分30分;\n"
    "3.使用单位满意度,年度目标值≥92%,实际完成值96%,自评得分35分;\n"
    "二、佐证材料\n")


def test_numbered_sentences_each_stating_target_actual_and_score() -> None:
    """"1.名称,年初目标值V,实际完成值V,自评得分S分;": the name ends on the comma before the target's label (the label's
    "年初" is no name), and the score stated in the clause is kept."""
    read = _read(_NUMBERED_SENTENCES)
    by_name = {i.name: i for i in read.indicators}
    assert set(by_name) == {"设备检修覆盖率", "检修事故发生数", "使用单位满意度"}
    first = by_name["设备检修覆盖率"]
    assert first.target is not None and first.target.value == Decimal(85) and first.target.comparator == "≥"
    assert first.actual is not None and first.actual.value == Decimal(85)
    assert first.stated_score == Decimal(30)
    assert first.weight is None  # no weight is stated
    assert by_name["检修事故发生数"].target.value == Decimal(0)  # type: ignore[union-attr]
    assert by_name["使用单位满意度"].actual.value == Decimal(96)  # type: ignore[union-attr]


_TASK_AND_DONE = (
    "某某补助资金2023年度绩效自评报告\n二、绩效情况分析\n(四)绩效指标完成情况分析。\n1.产出指标。\n"
    "数量指标。参保补助人数年初任务数5200人,全年完成值5310人;培训场次年初任务数40场,全年完成值38场。\n"
    "2.效益指标。\n社会效益指标。待遇按时发放。\n")


def test_task_and_done_figures_under_a_level_label_ending_on_a_full_stop() -> None:
    """"数量指标。名称年初任务数V,全年完成值V;…" under "1.产出指标。": each clause is an indicator of that 二级, its
    一级 the label line above."""
    read = _read(_TASK_AND_DONE)
    by_name = {i.name: i for i in read.indicators}
    assert set(by_name) == {"参保补助人数", "培训场次"}
    people = by_name["参保补助人数"]
    assert (people.level1, people.level2) == ("产出指标", "数量指标")
    assert people.target is not None and people.target.value == Decimal(5200)
    assert people.actual is not None and people.actual.value == Decimal(5310)
    assert by_name["培训场次"].actual.value == Decimal(38)  # type: ignore[union-attr]


def test_a_title_opening_on_its_year_then_a_fund_names_no_unit() -> None:
    """"2021年度某某补贴项目绩效自评报告": what follows the year is the fund evaluated, not the unit; the 项目单位 the
    page names is the unit."""
    read = _read("2021年度乡村某某员工作补贴项目绩效自评报告\n项目名称 乡村某某员工作补贴 项目单位 某市某某协会\n"
                 "一、项目基本情况\n")
    assert read.unit.name != "乡村某某员工作补贴项目"
    body = _read("2021年某某县教育局部门整体支出绩效自评报告\n一、部门基本情况\n")
    assert body.unit.name == "某某县教育局"  # a body after the year is still the unit


def test_the_years_allocation_and_a_funds_budget_and_spending_in_prose() -> None:
    """"2023年度安排专项资金3,200万元" is the fund's budget (a part's "县本级预算安排的资金为40万元" is not);
    "某某补助经费预算数5000万元" and "资金执行总量4800万元,预算执行率为96%" its budget and spending."""
    read = _read("2023年度某省某某专项资金绩效自评报告\n一、基本情况\n2022年度县本级预算安排的资金为40万元。\n"
                 "2023年度安排专项资金3,200万元,支持项目数量为120个。\n")
    assert read.budget.adjusted == Decimal(3200)
    spent = _read("某某补助资金2023年度绩效自评报告\n一、绩效目标分解下达情况\n2023年某某补助经费预算数5000万元,"
                  "其中:中央补助资金3000万元,地方资金2000万元。\n二、绩效情况分析\n(一)资金投入情况分析。"
                  "2023年某某资金执行总量4800万元,预算执行率为96%。\n")
    assert spent.budget.adjusted == Decimal(5000)
    assert spent.budget.executed == Decimal(4800)
    assert spent.budget.stated_execution_rate == Decimal(96)


def test_a_total_stated_as_评价分() -> None:
    """"综上,评价分96分,自评等级为优秀": 评价分 is the report's score (评价分值 would be a weight)."""
    read = _read("2022年某某经费项目支出绩效自评报告\n一、自评结论\n(一)自评得分\n综上,评价分96分,自评等级为优秀。\n")
    assert read.stated_total == Decimal(96)


def test_a_budget_figure_whose_元_slipped_for_万元() -> None:
    """"全年预算数640元" beside "调整后全年预算资金640万元" and "执行数640万元": the same digits, a ten-thousandth
    of the others — the 元 slipped; read as 640万元, marked guessed. A figure truly in 元 (no twin) is left."""
    text = ("2023年某某补贴项目绩效自评报告\n一、资金投入情况分析\n1.项目资金到位情况分析。2023年某某补贴项目资金"
            "全年预算数640元:其中中央资金500万元,省级资金140万元。\n2.项目资金执行情况分析。2023年某某补贴项目资金"
            "调整后全年预算资金640万元,全年预算执行数合计640万元。\n")
    read = read_page(text, "page.txt")
    assert read.budget.adjusted == Decimal(640)
    assert read.provenance["budget.adjusted"].guessed
    alone = _read(text.replace("640万元", "650万元"))
    assert alone.budget.adjusted != Decimal(640)


_CHUNKED = (
    "下载本文档\n文档简介\n"
    "1、某市某区文化馆某区文化馆演出器材购置项目绩效自评报告一、项目概况某区文化馆演出器材购置项目属年度经常性"
    "业务经费,预算经费4万元,用于器材采购。二、评价过程及绩效分析项目自评综合得分92分,评价等次为优秀。"
    "逐项打分如下:1. 投入(得 28 分)( 1)时效情况:器材按计划月份完成采购。(得 5 分)( 2)项目立项:"
    "立项程序规范,目标清楚。(得 10 分)( 3)资金落实:资金按时足额到位,使用符合规定。"
    "(得 13 分)2. 过程(得 25 分)( 1)业务管理:制度健全、\n"
    "2、执行有效。\n")


def test_a_viewer_chunk_opening_on_the_title_and_items_run_together() -> None:
    """A sharing site's "1、" before the document's title, its first heading "一、" run on: the title on its own (unit
    and project read from it); "(k)名称:…(得S分)" items run together after "1. 投入(得28分)" are indicators with
    their scores; "预算经费4万元" the project's budget."""
    read = _read(_CHUNKED)
    assert read.unit.name == "某市某区文化馆"
    assert read.project.name == "某区文化馆演出器材购置项目"
    assert read.budget.adjusted == Decimal(4)
    scores = {i.name: i.stated_score for i in read.indicators}
    assert scores == {"时效情况": Decimal(5), "项目立项": Decimal(10), "资金落实": Decimal(13)}
    assert {i.level1 for i in read.indicators} == {"投入"}
    lone = _read(_CHUNKED.replace("( 2)项目立项", "项目立项").replace("( 3)资金落实", "资金落实"))
    assert not lone.indicators  # one such item alone is no list of them


def test_a_title_label_row_and_a_byline_under_the_headline() -> None:
    """"标题:某某报告 | |||" is the title, the empty cells after it dropped; "某某厅 时间:2023-05-06 10:00" under a
    headline is the page's byline, no part of the title: its body published the report."""
    labelled = _read("标题:某盟某某补助资金2022年度绩效自评报告 | |||\n索引号:123 | 发文字号: | ||\n"
                     "一、绩效目标分解下达情况\n")
    assert labelled.year == 2022
    assert labelled.project.name == "某盟某某补助资金"
    byline = _read("2022年度某省某某防治专项资金绩效自评报告\n某省某某管理厅 时间:2023-05-06 10:00\n"
                   "一、专项资金基本情况\n")
    assert byline.project.name == "某省某某防治专项资金"
    assert byline.unit.name == "某省某某管理厅"


def test_a_funds_budget_written_after_the_tail_of_its_name() -> None:
    """A title naming "某某公交学生半价乘车补贴专项资金" and the text "本公司每年获得的学生半价乘车补贴专项资金150万元,
    由区财政按季拨付": the tail of the fund's name, then the amount, is its budget; a tail after a level's word
    ("省级…") is one fund's part, not the budget."""
    text = ("2022年度某某公交学生半价乘车补贴专项资金绩效评价报告\n一、公司基本情况\n本公司运营城区公交线路6条。\n"
            "二、专项资金概况\n(一)资金来源:依据区政府专题会议纪要,本公司每年获得的学生半价乘车补贴专项资金150万元,"
            "由区财政按季拨付。\n")
    assert _read(text).budget.adjusted == Decimal(150)
    part = text.replace("本公司每年获得的学生半价", "其中省级学生半价")
    assert _read(part).budget.adjusted is None
