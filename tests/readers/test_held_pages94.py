"""Shapes the held-out pages of stop 94 showed (docs/reader-corpora/held-94.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a county centre's report on a central transfer: the title names the centre and the transfer's kind, who gave it to
# whom ("中央对地方专项转移支付"); the fund and its whole are told in the first sentence under the budget's heading
_TITLE = "某县文化服务中心中央对地方专项转移支付2020年度绩效自评报告\n"
_BUDGET = ("一、绩效目标分解下达情况\n(一)中央转移支付预算\n"
           "2020年中央补助地方某某文化服务建设专项资金共计812万元,其中:某某设备运行维护12.5万元;"
           "某某平台建设40万元;某某系统建设760万元。\n(二)绩效目标情况\n1.某某设备运行维护:保证设备正常运行。\n")


def test_a_transfers_kind_naming_who_gave_it_to_whom_is_no_project() -> None:
    """"某中心中央对地方专项转移支付2020年度…报告": the words after the centre are the kind of money, no fund's name
    (before, "中央对地方专项转移支付" was read as the project's name); the centre is the unit."""
    read = _read(_TITLE + _BUDGET)
    assert read.unit.name == "某县文化服务中心"
    assert read.project is not None and "转移支付" not in read.project.name


def test_a_year_and_a_funds_name_opening_the_sentence_of_its_whole() -> None:
    """"2020年某某专项资金共计812万元,其中:A…;B…;C…": the fund's whole is the budget and the fund, as the sentence
    names it with its year, the project (before, neither: the name was not the title's)."""
    read = _read(_TITLE + _BUDGET)
    assert read.budget.adjusted == Decimal("812")
    assert read.project is not None
    assert read.project.name == "2020年中央补助地方某某文化服务建设专项资金"


def test_a_years_fund_told_without_its_whole_is_no_budget() -> None:
    """A guard: "2020年某某专项资金用于…" names the fund but no 共计 whole follows it: no budget is read from it."""
    read = _read(_TITLE + "一、绩效目标分解下达情况\n2020年中央补助地方某某文化服务建设专项资金用于设备运行维护,"
                 "资金已全部到位。\n")
    assert read.budget.adjusted is None


def test_a_level_of_governments_transfer_still_ends_a_units_name() -> None:
    """A guard: "某县某局中央转移支付2020年度…" (no 对地方) still cuts the unit at the transfer's words."""
    read = _read("某县某局中央转移支付2020年度绩效自评报告\n一、绩效目标分解下达情况\n"
                 "2020年某某设施建设补助资金共计300万元,其中中央资金200万元,县级资金100万元。\n")
    assert read.unit.name == "某县某局"
    assert read.budget.adjusted == Decimal("300")
