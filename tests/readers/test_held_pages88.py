"""Shapes the held-out pages of stop 88 showed (docs/reader-corpora/held-88.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_SCHOOL = ("某某专项资金绩效评价自评报告\n一、项目概况\n"
           "青石区河湾小学系青石区教育局主办的农村小学,在校学生600多人。{we}共有八位学生享受此项补助。\n")


def test_a_school_introducing_itself_and_speaking_as_our_school() -> None:
    """"某某小学系某局主办的农村小学" opening the 概况, the text saying 我校: the school is the unit (before, none:
    a 小学 was heard only as 我学 / 我小学)."""
    assert _read(_SCHOOL.format(we="我校")).unit.name == "青石区河湾小学"


def test_a_school_the_text_never_speaks_as_is_no_unit() -> None:
    """A guard: the same opening with the text never saying 我校 / 本校 names no unit by it."""
    assert _read(_SCHOOL.format(we="全区")).unit.name != "青石区河湾小学"


def test_the_money_planned_for_a_fund_is_its_budget() -> None:
    """"计划使用金额2400元,实际拨付金额2400元…实际使用金额2400元": the planned money is the budget (before, only
    what was spent was read)."""
    read = _read("某某助学专项资金绩效评价自评报告\n二、项目资金落实情况\n每位学生每学期补助200元,共可补助2400元。"
                 "计划使用金额2400元,实际拨付金额2400元,资金到位率100%。学校实际使用金额2400元,资金使用率100%。\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("0.24"), Decimal("0.24"))


def test_self_in_the_reports_words_is_no_part_of_the_fund() -> None:
    """"某某专项资金自我绩效评价报告": 自我 is the self of the self-evaluation, not the fund's (before, the project was
    read "某某专项资金自我")."""
    assert _read("卫生专项资金自我绩效评价报告\n一、项目概况\n").project.name == "卫生专项资金"
    assert _read("2021年卫生专项资金自我绩效评价报告\n一、项目概况\n").project.name == "卫生专项资金"


def test_a_quoted_programme_after_the_district_is_the_project() -> None:
    """"2023年度松岭区“文化进千村”绩效评价报告": the name in quotes before the report's words is the programme
    evaluated, a project (before, a whole-unit report of a unit named "松岭区“文化进千村”")."""
    read = _read("2023年度松岭区“文化进千村”绩效评价报告\n根据省市工作部署,结合我区实际情况,现报告如下:\n")
    assert (read.kind, read.project.name) == ("项目支出", "文化进千村")
    assert "文化进千村" not in (read.unit.name or "")


def test_a_quote_inside_a_projects_name_is_no_programme_of_its_own() -> None:
    """A guard: "2023年度松岭区“双拥”模范城创建项目绩效自评报告": the quote opens the project's name, words follow it
    before the report's; the quoted word alone is not the project."""
    read = _read("2023年度松岭区“双拥”模范城创建项目绩效自评报告\n一、基本情况\n")
    assert read.kind == "项目支出" and read.project is not None and read.project.name != "双拥"
