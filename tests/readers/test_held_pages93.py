"""Shapes the held-out pages of stop 93 showed (docs/reader-corpora/held-93.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a page of a county site cut inside a body's reports: the close of its whole-unit report, then its annexed project
# report, whose money is told in prose (the whole handed down, its sources after 其中, then what it was used for)
_CUT_PAGE = ("根据2021年部门整体支出绩效评价指标体系,某县某某局整体绩效自评分96分。\n(三)\n存在问题。\n"
             "绩效目标编制不够细化。\n附件2\n某县2021年度农村饮水安全维修养护资金项目绩效评价报告\n一、项目概况\n"
             "(一)项目基本情况。\n1.立项依据。根据上级两个资金文件,共下达我县2021年度维修养护资金860万元,其中:"
             "中央资金600万元,省级资金260万元;用于水源工程维修300万元、管网改造420万元、水质检测140万元,"
             "由县某某局编制了项目计划。\n")

# a county portal's project report whose money is told by the bureau that handed it down and what was paid out
_PAID_BY_CONTRACT = ("某县2022年退化林修复项目支出绩效自评报告\n发布时间:2023-05-10 来源:某县人民政府办公室\n"
                     "一、绩效目标完成情况分析\n(一)项目资金投入情况分析\n1.项目资金到位情况分析\n"
                     "某县财政局于2022年6月8日以(某财整合〔2022〕7号)文件拨付资金150万元,其中,直接补助费147万元,"
                     "间接费用3万元。2023年4月已完工并通过验收,已按施工合同支付项目资金148.2万元。\n"
                     "2.项目资金执行情况分析\n项目按照实施方案要求,涉及农户的部分由乡镇按实施方案指导督促农户自行"
                     "组织实施,其余部分公开招标。\n")


def test_a_page_opening_on_a_sentence_takes_no_title_from_it() -> None:
    """"根据某年某某指标体系,某县某局整体绩效自评分96分。" as the page's first line (the page cut inside a report):
    a sentence, no title — the annexed report's own title line below is (before, the unit was read as "根据")."""
    read = _read(_CUT_PAGE)
    assert read.unit.name != "根据"
    assert read.project.name == "农村饮水安全维修养护资金项目"
    assert read.year == 2021


def test_a_sentence_after_a_title_still_ends_it() -> None:
    """A guard: a title line with the body's opening sentence under it keeps the title (the sentence is no part)."""
    read = _read("某县某局2022年度部门整体支出绩效自评报告\n根据县财政局要求,现将我局2022年度整体支出自评情况"
                 "报告如下。\n一、部门概况\n")
    assert read.unit.name == "某县某局"
    assert read.year == 2022


def test_the_sources_after_a_figure_end_where_they_make_it_up() -> None:
    """"下达我县某年度某某资金860万元,其中:中央资金600万元,省级资金260万元;用于A300万元、B420万元…": the fund's
    sources are the two that make up the figure the 其中 follows; the uses after them are no income (before, all five
    were read as income items and no fund row)."""
    read = _read(_CUT_PAGE)
    assert read.budget.adjusted == Decimal("860")
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("中央资金", Decimal("600")), ("省级资金", Decimal("260"))]
    assert read.budget.income_items == []


def test_money_handed_down_by_a_document_and_paid_by_the_contract() -> None:
    """"某县财政局…以(某财〔2022〕7号)文件拨付资金150万元" is the project's allocation, "已按施工合同支付项目资金
    148.2万元" what was spent (before, neither was read)."""
    read = _read(_PAID_BY_CONTRACT)
    assert read.budget.adjusted == Decimal("150")
    assert read.budget.executed == Decimal("148.2")


def test_a_payment_already_made_is_no_allocation() -> None:
    """A guard: "已拨付资金" after a 文件 word is the unit's payment, not money handed down by the document."""
    read = _read("某县2022年某某项目支出绩效自评报告\n一、项目资金情况\n项目资金依据文件已拨付资金80万元。\n")
    assert read.budget.adjusted != Decimal("80")


def test_the_townships_are_no_implementing_unit() -> None:
    """"由乡镇按实施方案指导督促农户自行组织实施": the townships as a class, no one body named — no implementing unit
    (before, "乡镇" was read as it, and as the unit)."""
    read = _read(_PAID_BY_CONTRACT)
    assert read.project.implementing_unit != "乡镇"
    assert read.unit.name != "乡镇"
