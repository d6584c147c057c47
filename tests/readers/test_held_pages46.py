"""Shapes the held-out pages of stop 46 showed (docs/reader-corpora/held-46.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a project report whose background tells how a larger works was paid for before the fund it evaluates
_BACKGROUND_PAYMENT = (
    "某市某某局2022年某某馆扩建工程经费项目绩效自评报告\n"
    "一、项目基本情况\n"
    "原某某馆设计面积3000平方米,经争取扩至8000平方米,增加投资由地方承担,已申请专项债券资金支付5200万元,"
    "还需拨付180万元,市级预算安排70%计126万元。\n"
    "二、项目绩效实现情况\n"
    "(一)项目资金情况\n"
    "根据有关批复,市财政下达某市某某局某某馆扩建工程经费126万元。\n"
    "某某局2022年6月1日拨某某公司80万元,6月9日拨46万元。\n"
)


def test_a_payment_told_before_the_funds_allocation_and_larger_than_it_is_not_its_spending() -> None:
    """"…已申请专项债券资金支付5200万元…市财政下达…经费126万元": the bond's payment for the larger works, told in
    the background before the fund's allocation, is not what the fund spent (no 4127 % execution rate); "由地方
    承担" names a level of government, no body."""
    read = _read(_BACKGROUND_PAYMENT)
    assert read.budget.adjusted == Decimal("126")
    assert read.budget.executed is None
    assert "EXECUTION_RATE_OVER_100" not in errors(read)
    assert read.project is None or read.project.implementing_unit != "地方"
    assert read.unit.name != "地方"


def test_a_payment_after_the_allocation_is_still_the_funds_spending() -> None:
    """"下达某某经费126万元…已支付120万元": told after the allocation, the payment is what the fund spent."""
    read = _read("某市某某局2022年某某经费项目绩效自评报告\n一、项目资金情况\n市财政下达某某经费126万元。\n"
                 "截至年底,资金支付120万元,支付率95.24%。\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("126"), Decimal("120"))


def test_a_units_special_funds_received_in_all_are_the_budget_not_a_listed_projects() -> None:
    """"共收到各类专项资金860.5万元,实施项目12个" then "(2)提前下达某某补助资金75.2万元": the whole received is the
    budget, not the first listed project's allocation."""
    read = _read("某县某某局\n2021年度某某专项资金项目自评报告\n一、基本情况\n(一)项目概况\n"
                 "2021年,县某某局共收到各类专项资金860.5万元,实施项目12个,具体情况是:\n"
                 "1.某某服务项目资金120万元,实施项目3个,分别为:(1)某某团运转资金20万元。"
                 "(2)提前下达2021年中央补助地方某某专项资金75.2万元。(3)某某配套资金24.8万元。\n")
    assert read.budget.adjusted == Decimal("860.5")


def test_a_projects_year_budget_spending_balance_and_use_rate_in_one_sentence() -> None:
    """"该项目2021年度资金预算88.5万元,支出88.4万元,余额1000元,年度资金使用完成比率99.89 %": budget, spending and
    the stated rate."""
    read = _read("某市某某局2021年某某经费项目绩效自评报告\n一、基本情况\n(二)资金预算情况\n"
                 "根据市财政局2021年预算安排,该项目2021年度资金预算88.5万元,支出88.4万元,余额1000元,"
                 "年度资金使用完成比率99.89 %。\n")
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == \
        (Decimal("88.5"), Decimal("88.4"), Decimal("99.89"))


def test_a_projects_spending_parts_named_as_its_fund_rows_are_the_rows_spending() -> None:
    """"收到财政资金共A万元,其中:中央资金…;…支出B万元,其中中央资金…" in a transfer's report: B is what the project
    spent and each part its fund row's spending, no unit's expenditure total and items."""
    read = _read("某某补助经费转移支付2022年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2022年收到中央下达某某补助资金300万元,自治区下达20万元,地方匹配80万元。\n"
                 "(一)资金投入情况分析\n2022年收到财政资金共400万元,其中:中央资金300万元,地方资金20万元,"
                 "其他资金80万元2022年支出390.5万元,其中中央资金290.5万元,地方资金20万元,其他资金80万元\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("400"), Decimal("390.5"))
    assert [(r.name, r.executed) for r in read.budget.fund_rows] == \
        [("中央资金", Decimal("290.5")), ("地方资金", Decimal("20")), ("其他资金", Decimal("80"))]
    assert read.budget.expenditure_total is None
