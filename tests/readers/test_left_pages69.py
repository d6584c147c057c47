"""What the real pages of stops 90 and 91 left (docs/reader-corpora/left-pages-69.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

_RECEIVED_FIRST = ("某某就业服务示范项目绩效自评报告\n一、项目资金使用及管理情况\n"
                   "截至2023年末,示范项目资金已到位1,850.5万元,其中:中央财政补助资金900万元,"
                   "地方财政配套补助资金720.5万元,其他资金渠道230万元。\n"
                   "示范项目总预算2,000万元,经调整后资金的来源为:中央财政补助900万元,省级财政补助500万元,"
                   "地市财政补助400万元,其他资金渠道200万元。\n"
                   "截至2023年末,示范项目资金已使用1,760.2万元,主要用于某某服务平台建设。\n")


def test_money_received_before_the_budget_is_no_budget() -> None:
    """"资金已到位A万元,其中:…" written before "总预算B万元,经调整后资金的来源为:…": B is the budget and its
    sources the fund rows; the money received is neither (before, A was read as the budget, its parts as the fund
    rows, and the text was said to state two budgets: a false error)."""
    read = _read(_RECEIVED_FIRST)
    assert read.budget.adjusted == Decimal("2000")
    assert read.budget.executed == Decimal("1760.2")
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("中央财政补助", Decimal("900")), ("省级财政补助", Decimal("500")), ("地市财政补助", Decimal("400")),
        ("其他资金渠道", Decimal("200"))]
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_money_received_with_no_budget_stated_stands_guessed() -> None:
    """With no budget stated, the money received and its sources stand for the budget, as before, but guessed:
    no error-level check rests on a figure read from a 到位 sentence."""
    read = _read("某某就业服务示范项目绩效自评报告\n一、项目资金使用及管理情况\n"
                 "截至2023年末,示范项目资金已到位1,850.5万元,其中:中央财政补助资金900万元,"
                 "地方财政配套补助资金720.5万元,其他资金渠道230万元。\n"
                 "截至2023年末,示范项目资金已使用1,900.2万元,主要用于某某服务平台建设。\n")
    assert read.budget.adjusted == Decimal("1850.5")
    assert read.provenance["budget.adjusted"].guessed
    assert [row.name for row in read.budget.fund_rows] == ["中央财政补助资金", "地方财政配套补助资金", "其他资金渠道"]
    assert not errors(read)


def test_money_passed_down_in_full_is_the_years_money() -> None:
    """"…补助资金860万元,已全部按时下达拨付给区某某主管部门" in a transfer's report stating no budget the
    usual way: the year's money (before, nothing was read), nothing said of its spending."""
    read = _read("柏溪区2023年度转移支付财政某某振兴补助资金绩效评价自评报告\n区财政局:\n"
                 "我局对资金开展了自评,自评得分100分。\n一、绩效目标分解下达情况\n"
                 "按某某振兴补助资金管理办法,资金随项目安排,"
                 "2023年中央、省、市财政某某振兴补助资金860万元,已全部按时下达拨付给区某某主管部门。\n")
    assert read.budget.adjusted == Decimal("860")
    assert read.budget.executed is None


def test_the_titles_place_the_report_calls_its_own() -> None:
    """"柏溪县乡村学校提升工程项目绩效评价自评报告" (no year after the county to cut the name at) whose text says
    "我县乡村学校提升工程项目…": the project's name without the county; a text naming it with the county keeps it."""
    own = _read("柏溪县乡村学校提升工程项目绩效评价自评报告\n一、项目基本情况\n"
                "我县乡村学校提升工程项目于今年春季开工,现将自评情况报告如下。\n")
    assert own.project is not None and own.project.name == "乡村学校提升工程项目"
    kept = _read("柏溪县乡村学校提升工程项目绩效评价自评报告\n一、项目基本情况\n"
                 "柏溪县乡村学校提升工程项目于今年春季开工,现将自评情况报告如下。\n")
    assert kept.project is not None and kept.project.name == "柏溪县乡村学校提升工程项目"


def test_a_source_line_with_the_pages_controls_run_on() -> None:
    """"发布时间:2024-03-02 10:15信息来源:柏溪区农业农村局文字大小:[ ] 背景色:" (a portal's metadata line, its
    reading controls run onto the source's name): the bureau is the unit, a guess, as a 来源 line naming a body in
    the title's place gives it."""
    read = _read("柏溪区2023年度某某补助资金绩效评价自评报告\n"
                 "发布时间:2024-03-02 10:15信息来源:柏溪区农业农村局文字大小:[    ] 背景色:\n"
                 "区财政局:\n我局对2023年度某某补助资金开展了自评,自评得分95分。\n")
    assert read.unit.name == "柏溪区农业农村局"
    assert read.provenance["unit.name"].guessed
