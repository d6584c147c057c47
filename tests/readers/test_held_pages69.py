"""Shapes the held-out pages of stop 69 showed (docs/reader-corpora/held-69.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_STAGED_TARGETS = ("某县某某局2023年度项目支出绩效单位自评报告\n"
                   "2023年度项目支出绩效单位自评报告——(某财资指〔2023〕12号某县2023年某某河道生态治理项目经费)\n"
                   "一、基本情况\n"
                   "(一)项目概况。\n"
                   "根据某市财政局文件,2023年5月8日我县收到上级补助资金320万元,用于某某河道生态治理。\n"
                   "(二)项目绩效目标。\n"
                   "1.总体目标:完成河道治理,改善流域生态。\n"
                   "2.阶段性目标:数量指标-治理河道长度大于等于12公里;质量指标-治理后的河岸稳定程度提升;"
                   "时效指标-2023年完成治理方案编制;服务对象满意度指标-沿岸群众满意度大于等于85%。\n"
                   "(三)项目组织管理情况。\n")


def test_a_subtitles_bracketed_fund_after_its_document_number() -> None:
    """"2023年度项目支出绩效单位自评报告——(某财资指〔2023〕12号某县2023年某某…项目经费)" under the title: the fund
    named in the bracket, without the document number, the place and the year (before, no project name was read)."""
    assert _read(_STAGED_TARGETS).project.name == "某某河道生态治理项目经费"


def test_money_the_place_received_from_above_is_the_years_allocation() -> None:
    """"我县收到上级补助资金A万元,用于…": what the place itself received for the project, its budget (before, none
    was read)."""
    assert _read(_STAGED_TARGETS).budget.adjusted == Decimal("320")


def test_staged_targets_each_led_by_its_level_and_a_dash() -> None:
    """"阶段性目标:数量指标-名称大于等于12公里;质量指标-…提升;…;服务对象满意度指标-名称大于等于85%": each item
    its 二级 and a dash, the items with a figure are indicators with their targets, the others a goal's words
    (before, none was read)."""
    read = _read(_STAGED_TARGETS)
    named = {i.name: i for i in read.indicators}
    assert set(named) == {"治理河道长度", "沿岸群众满意度"}
    length = named["治理河道长度"]
    assert length.level2 == "数量指标"
    assert length.weight is None
    assert length.target is not None and (length.target.comparator, length.target.value, length.target.unit) == \
        ("≥", Decimal("12"), "公里")
    satisfaction = named["沿岸群众满意度"]
    assert satisfaction.level2 == "服务对象满意度指标"
    assert satisfaction.target is not None and (satisfaction.target.value, satisfaction.target.unit) == \
        (Decimal("85"), "%")


def test_a_ceiling_led_by_its_level_and_a_dash() -> None:
    """"成本指标-单位治理成本小于等于30万元": the words 小于等于 make the target a ceiling."""
    read = _read("某县某某局2023年度项目支出绩效自评报告\n一、基本情况\n(二)项目绩效目标。\n"
                 "阶段性目标:成本指标-单位治理成本小于等于30万元;数量指标-治理河道长度大于等于12公里。\n")
    named = {i.name: i for i in read.indicators}
    assert named["单位治理成本"].target is not None
    assert named["单位治理成本"].target.comparator == "≤"


def test_the_projects_spending_told_as_their_expenditure_count() -> None:
    """"我局2023年项目支出共9个,年初预算数A万元,支出数B万元": the projects' initial budget and their spending (before,
    the 支出数 was not read)."""
    read = _read("某州某某局2023年度项目支出绩效单位自评报告\n一、基本情况\n(一)项目概况。\n"
                 "我局2023年项目支出共9个,年初预算数860.5万元,支出数802.25万元,包括:某某经费300万元、某某补助500万元。\n")
    assert read.budget.initial == Decimal("860.5")
    assert read.budget.executed == Decimal("802.25")
