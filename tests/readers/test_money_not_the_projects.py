"""Money a project report states that is not the project's budget or spending, though a phrasing read for those
matches it (review-52): what the evaluation itself cost, one source's money arrived in full, a part's spending
named by its own short name. Invented snippets: invented units, places and figures."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

_ROAD = "2023年度柏溪县农村公路建设项目绩效自评报告\n"


def test_what_the_evaluation_cost_is_no_budget() -> None:
    """"本次评价委托第三方机构实施,评价经费3万元" is the evaluation's own cost (before, read as the project's budget
    and its 114 万元 spending said to exceed it: a false error); the money an evaluation covers, "…评价资金总计…",
    still is the budget."""
    read = _read(_ROAD + "一、评价工作开展情况\n本次评价委托第三方机构实施,评价经费3万元。\n"
                 "二、项目资金情况\n项目全年支出114万元,预算执行率95%。\n")
    assert read.budget.adjusted is None
    assert read.budget.executed == Decimal("114")
    assert not errors(read)
    covered = _read(_ROAD + "一、项目资金情况\n2023年度专项资金绩效评价资金总计120万元,其中路面工程100万元,"
                    "监理费20万元。\n")
    assert covered.budget.adjusted == Decimal("120")


def test_one_sources_money_arrived_in_full_is_no_budget() -> None:
    """"中央某某资金30万元,已全额拨付到位;县级配套资金20万元,已到位": another fund's amount later in the sentence
    makes the first one source's money (before, 30 万元 was read as the budget and the 48 万元 spent said to exceed
    it); a fund alone arrived in full is still the year's money."""
    read = _read(_ROAD + "一、项目资金情况\n中央车购税资金30万元,已全额拨付到位;县级配套资金20万元,已到位。"
                 "全年支出48万元,预算执行率96%。\n")
    assert read.budget.adjusted != Decimal("30")
    assert not errors(read)
    alone = _read(_ROAD + "一、项目资金情况\n2023年农村公路养护等专项资金50万元,全额拨付到位。全年支出48万元,"
                  "预算执行率96%。\n")
    assert alone.budget.adjusted == Decimal("50")


def test_one_sources_money_passed_down_in_full_is_no_budget() -> None:
    """The same with the money passed down ("…全部在规定时限内下达拨付给…"): another fund's amount later in the
    sentence makes it one source's money; alone it is the year's budget."""
    read = _read(_ROAD + "一、项目资金情况\n中央车购税资金30万元,全部在规定时限内下达拨付给县交通运输局;"
                 "县级配套资金20万元,已到位。全年支出48万元,预算执行率96%。\n")
    assert read.budget.adjusted != Decimal("30")
    assert not errors(read)
    alone = _read(_ROAD + "一、项目资金情况\n2023年农村公路养护补助资金50万元,全部在规定时限内下达拨付给县交通运输局。"
                  "全年支出48万元,预算执行率96%。\n")
    assert alone.budget.adjusted == Decimal("50")


_SPENT = _ROAD + "一、项目资金情况\n项目预算100万元,预算执行率95%。截至年末,{who}项目资金已使用{spent}万元。\n"


def test_a_parts_short_name_before_its_spending_is_no_total() -> None:
    """"截至年末,一期项目资金已使用60万元" (a phase's, a section's spending, the name before 项目 none of the
    report's own) is not what the project spent (before, read so, and the stated 95 % said to be wrong)."""
    for who in ("一期", "柏溪段"):
        read = _read(_SPENT.format(who=who, spent=60))
        assert read.budget.executed is None, who
        assert not errors(read), who


def test_the_projects_own_short_name_before_its_spending_is_the_total() -> None:
    """A guard: "农村公路项目资金已使用95万元" names the report's own project (its title holds the words), and
    "该项目资金已使用…" is the report's own: both are what the project spent."""
    for who in ("农村公路", "该"):
        assert _read(_SPENT.format(who=who, spent=95)).budget.executed == Decimal("95"), who
