"""Shapes the held-out pages of stop 64 showed (docs/reader-corpora/held-64.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_spending_with_its_sources_in_a_bracket_gives_the_fund_rows() -> None:
    """"全省执行数A(含中央资金B万元,地方资金C万元,其他资金D万元)": the year's spending and the sources it came from,
    the figure's unit left off and confirmed by the parts' sum (before, neither the spending nor a row was read)."""
    read = _read("某省某某补助资金转移支付2022年度绩效自评报告\n"
                 "一、绩效目标完成情况分析\n"
                 "(一)资金投入情况分析。2022年,某省某某补助全年预算数5000.50万元,"
                 "全省执行数4800.25(含中央资金3000.00万元,地方资金1700.25万元,其他资金100.00万元),"
                 "总预算执行率95.99%。\n")
    assert read.budget.adjusted == Decimal("5000.50")
    assert read.budget.executed == Decimal("4800.25")
    assert [(row.name, row.executed) for row in read.budget.fund_rows] == [
        ("中央资金", Decimal("3000.00")), ("地方资金", Decimal("1700.25")), ("其他资金", Decimal("100.00"))]


def test_a_bracket_whose_parts_do_not_make_up_the_figure_gives_no_rows() -> None:
    """The same bracket whose parts fall short of the figure: only some of its sources, no rows and no spending."""
    read = _read("某县某某补助资金2022年度绩效自评报告\n"
                 "全年预算数900万元,全县执行数800(含中央资金500万元,地方资金200万元)。\n")
    assert read.budget.fund_rows == []
    assert read.budget.executed is None
