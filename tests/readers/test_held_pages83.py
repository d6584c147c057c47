"""Shapes the held-out pages of stop 83 showed (docs/reader-corpora/held-83.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.lexicon import pattern


def test_a_years_treasury_money_for_the_units_work_named_before_a_colon() -> None:
    """"(三)2019年财政绿化养护经费:560万元" in a unit's report on its own special funds, run together by a document
    site: the year's money from the treasury for its work, the fund's budget (before, no budget was read)."""
    read = _read("戊市绿化管理所专项资金绩效评价报告依据区财政局2019年度专项资金评价工作安排,本所对本年度专项经费开展"
                 "了绩效评价,报告如下:一、单位概况(一)主要职能。戊市绿化管理所隶属市城管局。(二)人员情况。年末编制"
                 "40人,实有36人。(三)2019年财政绿化养护经费:560万元。二、效益情况较好\n")
    assert read.budget.adjusted == Decimal("560")


def test_the_treasury_money_phrasing_wants_a_colon_or_wei_after_it() -> None:
    """The lexicon line holds on "…经费为N万元" and 年度; a fund named in a sentence's run ("2019年财政养护经费
    560万元用于…", no colon) is left to the other phrasings."""
    allocated = pattern("project_allocation")
    found = allocated.search("2020年度财政公园管护经费为320万元")
    assert found is not None and found.group(0) == "财政公园管护经费"
    assert allocated.search("2019年财政养护经费560万元用于修剪") is None


# A transfer form from a spreadsheet run into one line in storage order: its goal column's heading wrapped in two
# cells, the goal texts and their result interleaved with the form's other cells further on.
_STORED_ORDER_FORM = (
    "2021年度养老服务补助资金绩效目标自评表.xlsx\n附件1 养老服务补助资金绩效目标自评表 (2021年度) 转移支付(项目)"
    "名称 养老服务补助资金 中央主管部门 民政部 地方财政部门 己市庚 全年预算数(A) 全年执行数(B) 320.50 301.20 其中:"
    "中央财政资金 200.00 200.00 年度资金总额 资金投入情况 (万元) 地方主管部 门 己市庚区民政局 总体目标 总体目标完 "
    "成情况 全年实际 总体目标完 目标1:资金用于养老机构运营补贴、护理 成情况 人员培训等支出。 全区新增床位120张,完成\n")


def test_a_goal_headings_two_wrapped_halves_are_no_goal_texts() -> None:
    """"总体目标 | 总体目标完 | 成情况": the two cells after the goal label join into one column heading a sheet
    wrapped, so the row holds no goal texts (before, "总体目标完" was read as the goal and "成情况" as its result)."""
    read = _read(_STORED_ORDER_FORM)
    assert read.project.goal_expected is None and read.project.goal_actual is None
    assert read.budget.adjusted == Decimal("320.50") and read.budget.executed == Decimal("301.20")


def test_two_goal_sentences_after_the_label_are_still_read() -> None:
    """A guard: the goal and its result, two sentences after the label, join into no heading: both read."""
    read = _read("养老服务补助资金绩效目标自评表 转移支付(项目)名称 养老服务补助资金 全年预算数(A) 全年执行数(B) "
                 "320.50 301.20 总体目标 全年实际完成情况 资金用于养老机构运营补贴。 全区新增床位120张。\n")
    assert read.project.goal_expected == "资金用于养老机构运营补贴。"
    assert read.project.goal_actual == "全区新增床位120张。"
