"""Shapes the held-out pages of stop 37 showed (docs/reader-corpora/held-37.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_founding_clauses_year_is_not_the_reports() -> None:
    """"于1996年5月成立，2008年独立建制", "2018年机构改革后": the unit's history; with no other year the report's
    year stays unread (a warning), never guessed from it."""
    history = ("一、部门基本情况\n(一)机构概况\n某县某某服务中心于1996年5月成立,2008年独立建制,2018年机构改革后,"
               "内设办公室、业务科2个科室。\n")
    assert _read(history).year is None
    stated = history + "二、2022年度预算执行情况\n全年支出86.5万元。\n"
    assert _read(stated).year == 2022


def test_each_office_carrying_a_task_out_is_no_unit() -> None:
    """"由各科室结合项目实施情况收集信息" names no body (各 + a department word, then a verb); "由某县某某局负责实施"
    still names the implementing unit."""
    offices = _read("2022年度某某项目绩效自评报告\n一、自评工作开展情况\n及时将项目分解到相关科室,由各科室"
                    "结合项目实施情况收集信息并填报自评表。\n")
    assert offices.project is None or not offices.project.implementing_unit
    assert not offices.unit.name
    named = _read("2022年度某某项目绩效自评报告\n该项目由某县某某局负责实施。\n")
    assert named.project.implementing_unit == "某县某某局"


def test_several_allocations_adding_up_to_a_stated_total() -> None:
    """"…下达某某资金预算A万元;…下达…预算B万元;某年某某资金合计A+B万元": the 合计 is the fund's budget, not the
    first 下达; parts after it ("其中…任务资金合计…") are not."""
    text = ("2022年度某某发展资金绩效自评报告\n一、资金下达情况\n2021年11月,上级以某文件下达我县某某发展专项资金预算"
            "3200万元;2022年5月,上级以某文件下达我县某某发展专项资金预算1150万元;2022年某某发展资金合计4350万元。"
            "其中,约束性任务资金合计4000万元,指导性任务资金合计350万元。\n")
    read = _read(text)
    assert read.budget.adjusted == Decimal(4350)
    single = _read("2022年度某某发展资金绩效自评报告\n上级下达我县某某发展专项资金预算3200万元,"
                   "其中约束性任务资金合计3000万元。\n")
    assert single.budget.adjusted == Decimal(3200)


def test_results_strung_in_one_sentence_under_a_level_heading() -> None:
    """"(1)数量指标。" then "办理某某事项52件;开展培训活动18场。": each "；"-part a name and its count, one indicator
    each (no target, weight null); a sentence with any part that is no name-and-count is prose, none."""
    text = ("2022年度某镇某某工作经费绩效自评报告\n(三)绩效指标完成情况分析。\n1.产出指标完成情况分析。\n"
            "(1)数量指标。\n"
            "办理某某事项52件;开展培训活动18场;走访服务对象数量230户。\n")
    read = _read(text)
    assert [(i.name, i.actual.value, i.actual.unit) for i in read.indicators] == [
        ("办理某某事项", Decimal(52), "件"), ("开展培训活动", Decimal(18), "场"),
        ("走访服务对象数量", Decimal(230), "户")]
    assert {(i.level1, i.level2, i.weight) for i in read.indicators} == {("产出指标", "数量指标", None)}
    prose = _read(text.replace("走访服务对象数量230户", "工作总体推进顺利"))
    assert not prose.indicators
