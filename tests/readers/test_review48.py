"""Review of stop 47's largest new code (docs/reader-corpora/review-48-first.md): each test an invented snippet
(invented units, figures and wording) that the merged reader misread. The OFD reader's own are in
``test_ofd_placement.py``."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.lexicon import pattern


def test_the_units_nature_spending_from_the_treasury_is_no_projects_money() -> None:
    """A project report that first gives its unit's basic spending ("2024年度财政基本支出经费:320万元") and then the
    project's own money: the project's budget is its own 45万元 (before, held83's phrasing of a year's treasury
    money read the unit's 320万元 as the project's)."""
    read = read_page("某县某某站2024年度某某巡护项目绩效自评报告\n一、项目基本情况\n（一）2024年度财政基本支出经费:"
                     "320万元。\n（二）本项目2024年度财政资金45万元，已支出43.2万元。\n")
    assert read.budget.adjusted == Decimal("45")


def test_the_treasury_money_phrasing_still_names_a_fund_for_the_units_work() -> None:
    """The guard names the natures of spending only: a fund for the unit's work is read as before, and each nature
    (人员经费, 公用经费, 项目支出) is left."""
    allocated = pattern("project_allocation")
    found = allocated.search("2023年财政河道保洁经费:86万元")
    assert found is not None and found.group(0) == "财政河道保洁经费"
    for nature in ("人员经费", "公用经费", "项目支出经费"):
        assert allocated.search(f"2023年财政{nature}:86万元") is None
