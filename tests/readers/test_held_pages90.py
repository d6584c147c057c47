"""Shapes the held-out pages of stop 90 showed (docs/reader-corpora/held-90.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a portal's metadata rows over a report with no title, its bureau the publisher
_PORTAL_HEAD = "索引号 | 000123/2022-00011 | 发文字号 | |\n关键词 | 发布机构 | 某县文化旅游局 | |\n"


def test_a_special_funds_money_said_to_have_arrived_in_full() -> None:
    """"某某培训项目等专项资金36.5万元,全额拨付到位" in a body's report on its special funds: the year's money (before,
    no budget); nothing is said of its spending."""
    read = _read("中共某县委党校2022年度专项支出绩效评价报告\n一、项目基本概况\n我单位设3个内设机构。\n"
                 "二、绩效评价指标分析情况\n1、项目资金到位情况分析\n2022年干部轮训项目等专项资金36.5万元,全额拨付到位。\n"
                 "2.项目资金管理情况\n财务制度健全。\n")
    assert read.budget.adjusted == Decimal("36.5")
    assert read.budget.executed is None


def test_money_arrived_in_full_is_no_spending_beside_a_stated_budget() -> None:
    """A guard: a budget stated the usual way stays; the arrival after it is no second budget nor a spending."""
    read = _read("某县某某站2022年度某某维护项目绩效自评报告\n一、项目基本情况\n项目预算资金20万元。\n"
                 "二、项目资金情况\n上级资金18万元已全额到位。\n")
    assert read.budget.adjusted == Decimal("20")
    assert read.budget.executed is None


def test_the_money_an_evaluation_covers_before_its_parts() -> None:
    """"2020年度专项资金绩效评价资金总计42.6万元,其中A工程监理费10万元,…": the fund's whole (before, none: the
    parts after 其中 left it unread)."""
    read = _read("某县水务局2020年度某河治理工程监理费专项资金绩效评价报告\n一、专项资金基本情况\n(一)专项资金概况。\n"
                 "2020年度专项资金绩效评价资金总计42.6万元,其中某河一期工程监理费10万元,测绘费2.6万元;"
                 "某河二期工程监理费20万元,测绘费10万元。\n")
    assert read.budget.adjusted == Decimal("42.6")


def test_a_portals_responsible_department_over_its_publisher() -> None:
    """"发布机构 | 某县文化旅游局 | … | 责任部门 | 某县文化馆 |" over a report with no title: the department that
    answers for the page wrote it, the publisher (its bureau) may publish for others (before, the publisher)."""
    read = _read(_PORTAL_HEAD + "公开形式 | 主动公开 | 责任部门 | 某县文化馆 |\n一、单位基本情况\n(一)部门职能\n"
                 "1.组织群众文化活动。\n(二)机构情况\n某县文化馆为股级事业单位。\n二、部门整体支出绩效自评情况分析\n"
                 "2021年财政拨款80.5万元,预算支出80.5万元,全年支出80.5万元,执行率100%。\n")
    assert read.unit.name == "某县文化馆"


def test_a_responsible_office_of_the_publisher_is_not_the_unit() -> None:
    """"责任部门 | 办公室 |", "| 计划财务处 |": the publisher's own office or division answers for the page, no body of
    its own (no place opens its name): the publisher stays the guessed unit (before, the office's name was taken as the
    unit, and "办公室" lost the unit altogether: review-52)."""
    for office in ("办公室", "计划财务处"):
        read = _read(_PORTAL_HEAD + f"公开形式 | 主动公开 | 责任部门 | {office} |\n一、单位基本情况\n(一)部门职能\n"
                     "1.组织群众文化活动。\n二、部门整体支出绩效自评情况分析\n2021年财政拨款80.5万元,全年支出80.5万元。\n")
        assert read.unit.name == "某县文化旅游局", office


def test_a_publisher_stays_the_guess_with_no_responsible_department() -> None:
    """A guard: the same page with no 责任部门 keeps the publisher as its guessed unit, as before."""
    read = _read(_PORTAL_HEAD + "一、单位基本情况\n(一)部门职能\n1.组织群众文化活动。\n"
                 "二、部门整体支出绩效自评情况分析\n2021年财政拨款80.5万元,全年支出80.5万元。\n")
    assert read.unit.name == "某县文化旅游局"
