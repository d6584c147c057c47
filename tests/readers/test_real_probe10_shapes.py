"""Shapes found by the tenth real-page probe (docs/reader-corpora/real-probe-10.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def _rate(text: str):  # type: ignore[no-untyped-def]
    return next(i for i in _read(text).indicators if i.name == "预算执行率")


_POINTS_ABOVE_MONEY = (
    "2023年度项目支出绩效自评表\n\n项目名称\n\n某某镇饮水管网维修项目\n\n\n\n\n\n主管部门\n\n某某县水务局\n\n\n\n\n\n"
    "预算执行情况(万元)\n\n(15分)\n\n\n预算数(A)\n\n执行数(B)\n\n执行率(B/A)\n\n得分\n\n(15分*执行率)\n\n\n\n\n\n"
    "年度财政资金总额\n\n80\n\n60\n\n75\n\n11.25\n\n\n\n\n\n"
    "年度绩效目标\n\n(85分)\n\n一级指标\n\n二级指标\n\n三级指标\n\n年初目标值(A)\n\n实际完成值(B)\n\n得分\n\n\n\n\n\n"
    "产出指标(50分)\n\n数量指标\n\n维修管网长度(≥**公里)\n\n12\n\n12\n\n10\n\n\n\n\n\n")


def test_the_points_over_a_money_block_are_the_rate_s_weight() -> None:
    """"预算执行情况（万元）" then "（15分）" on a line of their own over the money block: the execution-rate
    indicator's weight, as when the form writes them in the block's caption cell."""
    rate = _rate(_POINTS_ABOVE_MONEY)
    assert (rate.weight, rate.stated_score) == (Decimal(15), Decimal("11.25"))


def test_points_over_an_indicator_table_are_not_the_rate_s() -> None:
    """The "（85分）" over the indicator table is that table's block, not the execution rate's weight."""
    text = _POINTS_ABOVE_MONEY.replace("预算执行情况(万元)\n\n(15分)\n\n\n", "")
    assert _rate(text).weight is None
