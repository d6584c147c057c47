"""Shapes the held-out pages of stop 83 showed (docs/reader-corpora/held-83.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.lexicon import pattern


def test_a_years_treasury_money_for_the_units_work_named_before_a_colon() -> None:
    """"(三)2019年财政绿化养护经费:560万元" in a unit's report on its own special funds, run together by a document
    site: the year's money from the treasury for its work, the fund's budget (before, no budget was read)."""
    read = _read("戊市绿化管理所专项资金绩效评价报告根据市财政局关于2019年度专项资金绩效评价的通知要求,我所对2019年"
                 "绿化所专项资金进行了绩效评价,现报告如下:一、部门概况(一)部门职能。戊市绿化管理所是市城管局的下属"
                 "单位。(二)人员情况。2019年底编制人数40人,实有人数为36人。(三)2019年财政绿化养护经费:560万元。"
                 "二、社会效益全面完成\n")
    assert read.budget.adjusted == Decimal("560")


def test_the_treasury_money_phrasing_wants_a_colon_or_wei_after_it() -> None:
    """The lexicon line holds on "…经费为N万元" and 年度; a fund named in a sentence's run ("2019年财政养护经费
    560万元用于…", no colon) is left to the other phrasings."""
    allocated = pattern("project_allocation")
    found = allocated.search("2020年度财政公园管护经费为320万元")
    assert found is not None and found.group(0) == "财政公园管护经费"
    assert allocated.search("2019年财政养护经费560万元用于修剪") is None

