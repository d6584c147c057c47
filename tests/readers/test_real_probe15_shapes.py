"""Shapes found by the fifteenth real-page probe (docs/reader-corpora/real-probe-15.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


_SLOT_HEADLINE = (
    "当前位置: 首页 / 政务公开 / 绩效评价\n"
    "2023年度部门(单位)整体支出 绩效自评报告\n"
    "来源:某区侨联 发布时间:2024-05-06\n\n"
    " 2023年度某市某区归国华侨联合会部门(单位)整体支出绩效自评报告\n\n"
    "一、部门(单位)基本情况\n本部门共有编制人数4人,实有人数4人。\n")


def test_a_headline_naming_no_unit_gives_way_to_the_restated_title() -> None:
    """A page's headline keeps the form's slot "部门(单位)" where the unit goes and names none; the document's
    own title a few lines down names it, the slot word after it dropped. "部门(单位)" is never a unit."""
    read = _read(_SLOT_HEADLINE)
    assert read.unit.name == "某市某区归国华侨联合会"
    assert read.year == 2023
    headline_only = _read("2023年度部门(单位)整体支出绩效自评报告\n一、部门(单位)基本情况\n")
    assert headline_only.unit.name != "部门(单位)"


_SCORE_UNDER_HEADING = (
    "项目支出绩效自评报告\n项目名称:某某设备维护经费\n"
    "一、项目基本情况\n某某设备维护经费用于设备维修。\n"
    "三、绩效指标分析情况\n(一)自评分数。\n对照评分表逐项自评打分,自评分数96.5。\n"
    "(二)评价指标分析。\n1. 过程。项目资金预算88.20万元,到位88.20万元,实际支出80.50万元,执行率91.27%。\n")


def test_a_score_under_its_heading_and_a_project_budget_in_prose() -> None:
    """"(一)自评分数。" over "…自评分数96.5。" states the report's score; "项目资金预算88.20万元,到位…,实际支出
    80.50万元" is the budget the spending is measured on (a guess, kept when the stated rate fits it)."""
    read = _read(_SCORE_UNDER_HEADING)
    assert read.stated_total == Decimal("96.5")
    assert read.budget.adjusted == Decimal("88.20")
    assert read.budget.executed == Decimal("80.50")
    misfit = _read(_SCORE_UNDER_HEADING.replace("91.27%", "60%"))
    assert misfit.budget.adjusted is None  # the stated rate was worked out on another figure


_BUDGET_PLUS_ADDITION = (
    "2023年度某县某协会部门整体支出绩效自评报告\n一、部门基本情况\n本部门共有编制人数5人,实有人数5人。\n"
    "二、一般公共预算支出情况\n"
    "2023年预算收入120.50万元,其中年初预算100.30万元,调整追加20.20万元。\n"
    "2023年支出118.40万元,其中基本支出110.40万元,项目支出8万元。\n")


def test_a_budget_stated_with_its_addition_and_the_years_spending() -> None:
    """"预算收入T,其中年初预算A,调整追加B" with A + B = T: T is the adjusted budget; "2023年支出X万元,其中…"
    is the year's spending total and its parts."""
    read = _read(_BUDGET_PLUS_ADDITION)
    assert read.budget.initial == Decimal("100.30")
    assert read.budget.adjusted == Decimal("120.50")
    assert read.budget.expenditure_total == Decimal("118.40")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("基本支出", Decimal("110.40")), ("项目支出", Decimal("8"))]
    unequal = _read(_BUDGET_PLUS_ADDITION.replace("调整追加20.20", "调整追加25.00"))
    assert unequal.budget.adjusted is None  # the parts do not add up: not said which figure is the whole
