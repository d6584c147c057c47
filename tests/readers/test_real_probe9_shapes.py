"""Shapes found by the ninth real-page probe (docs/reader-corpora/real-probe-9.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_STARRED = (
    "2023年度某某救助资金绩效自评表\n"
    "一级指标 |\n二级指标 |\n三级指标 |\n分值 |\n年度指标值 |\n全年实际值 |\n得分 |\n|\n"
    "产出指标(20分) |\n数量指标 |\n★★★某某救助人数(≥**人) |\n10 |\n>=300人 |\n320人 |\n10 |\n|\n"
    "|\n|\n※※某某补助户数 |\n5 |\n>=40户 |\n42户 |\n5 |\n|\n"
    "|\n质量指标 |\n★救助准确率 |\n5 |\n100% |\n100% |\n5 |\n|\n")


def test_a_run_of_key_indicator_marks_leaves_the_name() -> None:
    """"★★★某某救助人数": the whole run of ★/☆/※ marks before a name is a key-indicator mark, not part of
    the name (one ★ was removed, two were left)."""
    read = _read(_STARRED)
    assert [i.name for i in read.indicators] == ["某某救助人数(≥**人)", "某某补助户数", "救助准确率"]
    assert all(i.core for i in read.indicators)


_PAID_IN_YUAN = (
    "2022年某某临时救助资金项目绩效自评报告\n一、项目基本情况\n"
    "已兑现困难家庭基本生活救助资金25630元。\n二、绩效目标完成情况\n")


def test_money_paid_out_in_yuan_is_what_was_spent() -> None:
    """"已兑现…救助资金25630元": what the project spent, in 元 (2.563 万元)."""
    assert _read(_PAID_IN_YUAN).budget.executed == Decimal("2.563")


_SPENT_FUNDS = (
    "2021年某某会议经费项目支出绩效自评报告\n一、项目概况\n"
    "会议经费严格按照会议费管理办法使用，支出资金0.42万元，执行率100%。\n")
_SPENT_PART = (
    "2021年某某会议经费项目支出绩效自评报告\n一、项目概况\n"
    "项目共下达资金9万元，其中，培训经费支出资金0.42万元。\n")


def test_funds_spent_in_prose_are_what_was_spent_unless_a_part() -> None:
    """"支出资金0.42万元，执行率100%": what was spent and its rate; after 其中, a named sub-fund's spending
    stays that part's."""
    read = _read(_SPENT_FUNDS)
    assert (read.budget.executed, read.budget.stated_execution_rate) == (Decimal("0.42"), Decimal("100"))
    assert _read(_SPENT_PART).budget.executed is None


_INITIAL_NAMING_PROJECT = (
    "某某县公路养护中心2022年某某农村公路建设工程绩效自评报告\n一、项目概况\n"
    "年初预算安排我中心2022年“某某农村公路”建设工程项目236万元，实际下达预算指标235.40万元。\n")


def test_an_initial_budget_naming_its_project_before_the_amount() -> None:
    """"年初预算安排我中心…建设工程项目236万元": the project named between the phrase and the amount."""
    assert _read(_INITIAL_NAMING_PROJECT).budget.initial == Decimal("236")


_BULLET_PUBLISHER = (
    "• 索引号\n  • 11223344-5-/2022-0101001\n  • 发布机构\n  • 某某市体育局\n  • 发布日期\n  • 2022-05-06\n"
    "某某市全民健身补助2021年度专项资金绩效自评报告\n\n一、绩效目标完成情况\n项目按计划实施。\n")


def test_a_bullet_list_publisher_names_the_unit_a_titles_fund_name_does_not() -> None:
    """"• 发布机构" then "• 某某市体育局" on the next bullet: the publisher; a title naming a fund and no body
    ("某某市全民健身补助…专项资金") gives way to it, as a guess."""
    read = _read(_BULLET_PUBLISHER)
    assert read.unit.name == "某某市体育局"
    assert read.provenance["unit.name"].guessed


def test_a_bracket_after_the_title_names_the_project_with_its_year() -> None:
    """"某镇2022年度部门预算项目支出绩效自评报告 (2022年某某救助备用金)": the bracket is the project, its year kept."""
    read = _read("某县某镇2022年度部门预算项目支出绩效自评报告 (2022年困难群众救助备用金)\n"
                 "一、项目概况\n项目按计划实施。\n")
    assert read.project is not None and read.project.name == "2022年困难群众救助备用金"
