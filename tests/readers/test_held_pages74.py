"""Shapes the held-out pages of stop 74 showed (docs/reader-corpora/held-74.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_TRANSFER = ("一、绩效目标分解下达情况\n(一)中央下达某省土壤污染防治资金预算和区域绩效目标情况\n"
             "2023年下达某省土壤污染防治资金共8200万元。具体分解二级指标3个、三级指标5个:\n")


def test_a_levels_targets_listed_after_its_count_between_enumeration_commas() -> None:
    """"1.数量指标3个:名称A4个、名称B820吨/年、名称C12.5平方公里。": three targets of the 二级 (before, none: the
    count before the colon, "、" between the items and units of three words or "/年" made the line no list)."""
    read = _read(_TRANSFER + "1.数量指标3个:受污染地块调查数量4个、新增土壤修复量820吨/年、"
                 "新增风险管控面积12.5平方公里。\n2.时效指标2个:项目开工率100%,项目完工率≥30%。\n")
    got = [(i.name, i.level2, i.target.value if i.target else None, i.target.unit if i.target else None)
           for i in read.indicators]
    assert got == [("受污染地块调查数量", "数量指标", Decimal(4), "个"),
                   ("新增土壤修复量", "数量指标", Decimal(820), "吨/年"),
                   ("新增风险管控面积", "数量指标", Decimal("12.5"), "平方公里"),
                   ("项目开工率", "时效指标", Decimal(100), "%"),
                   ("项目完工率", "时效指标", Decimal(30), "%")]


def test_a_levels_line_of_names_with_no_figures_lists_no_targets() -> None:
    """A guard: "生态效益指标2个:A比例、B比例2项指标达到国家下达的年度目标值。" states no figure of either item."""
    read = _read(_TRANSFER + "1.生态效益指标2个:土壤环境质量达标比例、受污染耕地安全利用比例2项指标"
                 "达到国家下达的年度目标值。\n")
    assert read.indicators == []


def test_a_comma_before_what_was_achieved_parts_no_list() -> None:
    """A guard: "名称≥6架,实际布防6架" stays one item, its actual after the comma (no indicator "实际布防")."""
    read = _read(_TRANSFER + "1.数量指标:布防无人机数量≥6架,实际布防6架。\n")
    assert [i.name for i in read.indicators] == ["布防无人机数量"]


def test_a_letters_title_with_no_year_names_its_author_and_fund() -> None:
    """"某局关于某某补助资金支出绩效的自评报告": the bureau is the unit, the fund the project (before, the unit ran on
    to "…支出绩效的" and the project was empty)."""
    read = _read("青石市体育局关于中央支持地方全民健身补助资金支出绩效的自评报告\n"
                 "根据《青石市财政局关于开展2023年度中央对地方转移支付绩效自评工作的通知》要求,现将自评情况报告如下:\n")
    assert read.unit.name == "青石市体育局"
    assert read.project.name == "中央支持地方全民健身补助资金"


def test_a_notice_cited_with_no_title_marks_gives_no_year() -> None:
    """"根据某省财政厅关于2022年某某事项的通知(某财预〔2022〕88号)": that year is the notice's; the year evaluated
    is the one the cited 自评 notice names (before, 2022 from the bare citation)."""
    read = _read("青石市体育局关于中央支持地方全民健身补助资金支出绩效的自评报告\n"
                 "根据《青石市财政局关于开展2023年度中央对地方转移支付绩效自评工作的通知》要求,现将自评情况报告如下:\n"
                 "一、绩效目标分解下达情况\n"
                 "1.根据某省财政厅关于2022年民生实事资金安排的通知(某财预〔2022〕88号)分配健身路径补助30万元。\n")
    assert read.year == 2023


def test_a_transfers_batches_summed_after_a_comma() -> None:
    """"2023年,中央分3批次下达我省某某资金,合计9,120万元。" then each batch: the sum is the fund's budget and names it
    (before, the first batch's amount and no name)."""
    read = _read("一、绩效目标分解下达情况\n(一)中央下达专项转移支付预算和区域绩效目标情况\n"
                 "2023年,中央分3批次下达我省中央专项彩票公益金支持残疾人事业资金,合计9,120万元。各批次下达情况如下:\n"
                 "2022年11月20日,某部门提前下达中央专项彩票公益金支持残疾人事业资金6,300万元。\n")
    assert read.budget.adjusted == Decimal("9120")
    assert read.project.name == "中央专项彩票公益金支持残疾人事业资金"


def test_a_handed_down_heading_with_the_regions_goals_names_the_fund_not_the_province() -> None:
    """"(一)中央下达广东某某资金预算和区域绩效目标情况": the fund (before, none; the province is who received it)."""
    read = _read("一、绩效目标分解下达情况\n(一)中央下达广东土壤污染防治资金预算和区域绩效目标情况\n"
                 "2023年下达土壤污染防治资金共8200万元。\n")
    assert read.project.name == "土壤污染防治资金"
