"""What held84's real pages still left (docs/reader-corpora/left-pages-63.md): each test an invented snippet
(invented units, funds, figures and wording)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page


@pytest.mark.parametrize(("title", "name"), [("2023年县本级福彩公益金绩效使用自评报告", "福彩公益金"),
                                             ("2021年度市本级河道保洁专项资金绩效自评报告", "河道保洁专项资金")])
def test_a_budget_level_before_a_titles_fund(title: str, name: str) -> None:
    """"2023年县本级某某公益金…": 县本级 is the budget level that carries the money, no part of the project's name
    (before, the name kept it: "县本级福彩公益金")."""
    read = read_page(title + "\n2023年,财政拨付某敬老院运行经费为45万元,用于日常运行。\n")
    assert read.project.name == name


def test_a_lone_level_word_stays_in_the_name() -> None:
    """A guard: 本级 with no level before it ("本级财政配套资金") stays part of the fund's name."""
    read = read_page("2022年本级财政配套资金绩效自评报告\n2022年,该资金安排30万元。\n")
    assert read.project.name == "本级财政配套资金"


_SPENT = ("2022年度重点项目绩效评价结果\n一、项目支出基本情况\n2022年我单位某某河道维护项目支出预算共120.5万元,"
          "实际支出{spent}万元(日常运行经费20.05万元、设备维修经费80.2万元、其他经费万元),涵盖项目3个。\n")


def test_a_bracket_after_the_spending_holding_its_parts() -> None:
    """"实际支出A万元(某某经费B万元、某某经费C万元…)": the bracket lists the spending's parts, which add up to it: the
    spending items (before, the bracket was blanked as an aside and no item read)."""
    items = read_page(_SPENT.format(spent="100.25")).budget.expenditure_items
    assert [(i.name, i.amount) for i in items] == [("日常运行经费", Decimal("20.05")),
                                                   ("设备维修经费", Decimal("80.2"))]


def test_a_bracket_whose_amounts_do_not_make_up_the_spending_stays_an_aside() -> None:
    """A guard: amounts in the bracket that do not add up to the spending are no parts of it (no items, as before)."""
    assert not read_page(_SPENT.format(spent="130.25")).budget.expenditure_items
