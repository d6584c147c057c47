"""Readings the last stop left wrong (misread-42): invented snippets, each reading test failing on the reader
before; the others guard what must stay."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_PROJECT_HEAD = "某县某某局2023年度某某道路养护项目支出绩效自评报告\n一、项目基本情况\n"


def _budget(sentence: str) -> tuple[Decimal | None, Decimal | None]:
    read = read_page(_PROJECT_HEAD + sentence + "全年实际支出46.20万元，预算执行率95.06%。\n")
    return read.budget.initial, read.budget.adjusted


def test_an_addition_to_an_initial_budget_of_nothing_is_the_years_budget() -> None:
    assert _budget("该项目年初预算为0,年中追加安排资金48.60万元，") == (Decimal(0), Decimal("48.60"))
    read = read_page(_PROJECT_HEAD + "该项目年初预算为0,年中追加安排资金48.60万元，全年实际支出46.20万元。\n")
    assert read.provenance["budget.adjusted"].guessed


def test_no_initial_budget_arranged_is_an_initial_budget_of_nothing() -> None:
    assert _budget("该项目年初未安排预算，年中追加48.60万元，") == (Decimal(0), Decimal("48.60"))
    assert _budget("该项目年初未安排预算，2023年8月县财政局追加下达资金48.60万元，") == (Decimal(0), Decimal("48.60"))


def test_an_adjusted_budget_after_an_initial_budget_of_nothing_stays() -> None:
    assert _budget("该项目年初预算为0,调整预算48.60万元，") == (Decimal(0), Decimal("48.60"))


def test_an_addition_with_another_change_in_its_sentence_is_not_the_whole() -> None:
    initial, adjusted = _budget("该项目年初预算为0,年中追加安排资金48.60万元，年底收回2.00万元，")
    assert initial == Decimal(0) and adjusted != Decimal("48.60")
    initial, adjusted = _budget("该项目年初预算为0,年中追加安排资金30万元、年底追加18.60万元，")
    assert initial == Decimal(0) and adjusted != Decimal("30")


def test_projects_without_an_initial_budget_described_are_no_zero() -> None:
    read = read_page("某县某某局2023年度部门整体支出绩效自评报告\n一、基本情况\n"
                     "2023年部门全年预算800万元,全年执行780万元。年初未安排预算的项目,年中追加安排50万元。\n")
    assert read.budget.initial is None and read.budget.adjusted == Decimal("800.00")
