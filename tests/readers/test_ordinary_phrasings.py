"""Budget and staff sentences in phrasings ordinary whole-unit reports use (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.model import Evaluation


def _read(sentence: str) -> Evaluation:
    text = f"某县图书馆2023年度部门整体支出绩效自评报告\n一、基本情况\n{sentence}\n二、自评结论\n自评得分93分，等级优。"
    return read_page(text)


def test_a_budget_adjusted_to_a_figure() -> None:
    budget = _read("年初预算316.4万元，年中调整预算至342.7万元，全年实际支出338.5万元。").budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("316.40"), Decimal("342.70"),
                                                                  Decimal("338.50"))


def test_the_establishment_the_unit_has() -> None:
    unit = _read("单位现有编制27名，其中行政编制6名、事业编制21名；年末实有人员25人。").unit
    assert (unit.staff_establishment, unit.staff_total) == (27, 25)


def test_staff_on_the_establishment_and_at_work() -> None:
    unit = _read("核定人员编制27人，在编在岗25人，编外聘用人员4人。").unit
    assert (unit.staff_establishment, unit.staff_total) == (27, 25)


def test_staff_within_the_establishment_is_no_establishment() -> None:
    """"现有编制内人员30人" counts people, it does not state the establishment."""
    assert _read("单位现有编制内人员22人，编外人员3人。").unit.staff_establishment is None
