"""Shapes of the real pages the earlier helpers left (docs/reader-corpora/left-pages-35.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page


def test_scoring_sheet_told_in_numbered_paragraphs() -> None:
    """"一、投入" / "(一)资金落实" / "(1)资金到位率:…。得2分。": each numbered paragraph closing on its one score is an
    indicator under the two headings above it (weight unstated); an item split into parts, each scored, is not."""
    read = read_page("某县2021年某某示范工程绩效评价自评报告\n"
                     "我局对照评分标准进行自评,总分值为100分,自评分为98分。\n"
                     "一、项目投入\n(一)、项目立项\n"
                     "(1)政策依据充分性:县政府印发了某某扶持办法,明确了补助对象和标准,得5分\n"
                     "(2)申报程序规范性:1、制定了实施方案,得2分;2、材料齐全,得1分。\n"
                     "(二)资金落实\n(1)资金到位率:收到上级下达的某某资金80万元,资金在拨付中。得3分。\n"
                     "(2)资金到位及时率得2分。\n")
    named = {i.name: i for i in read.indicators}
    assert set(named) == {"政策依据充分性", "资金到位率", "资金到位及时率"}
    assert named["资金到位率"].level1 == "项目投入"
    assert named["资金到位率"].level2 == "资金落实"
    assert named["政策依据充分性"].level2 == "项目立项"
    assert named["资金到位及时率"].stated_score == Decimal("2")
    assert named["政策依据充分性"].weight is None


def test_project_fund_with_its_project_word_and_spending_parts() -> None:
    """"某年某某制作经费项目60万元,实际到位60万元" is the project's budget; under 执行情况 the same amount "其中:商品和
    服务支出A万元…;其他资本性支出B万元", its parts adding up to it, tells all of it was spent (a guess)."""
    read = read_page("2019年度项目绩效自评报告\n(某某宣传片制作经费项目)\n一、项目基本情况\n某某中心负责宣传片制作。\n"
                     "(一)项目资金情况\n1.项目资金到位情况\n2019年某某宣传片制作经费项目60万元,实际到位60万元,到位率100%。\n"
                     "2.项目资金执行情况\n2019年某某宣传片制作经费项目60万元,其中:商品和服务支出45.5万元(其中:办公费3万元),"
                     "占总支出的75.83%;其他资本性支出14.5万元(其中:设备购置14.5万元)。\n")
    assert read.budget.adjusted == Decimal("60")
    assert read.budget.executed == Decimal("60")
    assert read.provenance["budget.executed"].guessed
