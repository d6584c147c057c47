"""Shapes the held-out pages of stop 81 showed (docs/reader-corpora/held-81.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.extract.values import parse_actual


def test_a_funds_bracketed_purpose_before_transfer_in_a_title() -> None:
    """"某省2022年度某某补助资金（某某示范）转移支付绩效自评报告": 转移支付 after the fund's bracketed purpose is
    still the kind of money, no part of the name (before, the name kept it)."""
    read = _read("丁省2022年度农村供水保障补助资金（乡镇水厂提标示范）转移支付绩效自评报告\n"
                 "一、绩效目标分解下达情况\n中央财政下达丁省该项资金共计1.2亿元。\n")
    assert read.project.name == "农村供水保障补助资金（乡镇水厂提标示范）"


def test_a_transfer_after_a_bracket_with_no_fund_word_keeps_its_name() -> None:
    """A guard: "某某改革（二期）转移支付" names no 资金 before its bracket: 转移支付 heads the name, kept."""
    read = _read("丁省2022年度农村综合改革（二期）转移支付绩效自评报告\n"
                 "一、绩效目标分解下达情况\n中央财政下达丁省该项资金共计3000万元。\n")
    assert read.project.name is not None and read.project.name.endswith("转移支付")


def test_an_actual_per_unit_of_something_counted() -> None:
    """"每亩300" / "每亩280": a rate per 亩 in the actual as in the target, its figure the value (before, the actual
    stayed words while the target read 300)."""
    assert parse_actual("每亩280") == {"value": Decimal("280"), "unit": ""}
    assert parse_actual("每株1.5元") == {"value": Decimal("1.5"), "unit": "元"}


def test_an_actual_per_month_stays_a_deadline() -> None:
    """A guard: "每月10日前" is a deadline, no figure 10 of a unit 日."""
    assert parse_actual("每月10日前") == {"text": "每月10日前"}


# A one-cell-a-line project form whose excerpt ends inside the table: a worded row (target and actual words), the
# template's "……" placeholder row with its blank cells, then a cut level cell.
_WORDED_TAIL = (
    "项目支出绩效自评表\n\n（2022年度）\n\n项目名称\n\n乙县苗圃管护经费\n\n项目资金\n\n（万元）\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n"
    "分值\n\n执行率\n\n得分\n\n年度资金总额\n\n80万元\n\n80万元\n\n76万元\n\n10\n\n95%\n\n9.5\n\n一级指标\n\n二级指标\n\n"
    "三级指标\n\n年度\n\n指标值\n\n实际\n\n完成值\n\n分值\n\n得分\n\n偏差原因\n\n分析及\n\n改进措施\n\n产出指标\n\n（50分）\n\n数量\n"
    "\n指标\n\n育苗面积\n\n200亩\n\n200亩\n\n20\n\n20\n\n \n\n质量\n\n指标\n\n苗木合格率\n\n90%\n\n92%\n\n20\n\n"
    "20\n\n \n\n效益指标\n\n30分) \n\n经济效\n\n益指标\n\n苗木销售收入\n\n40万元\n\n38万元\n\n10\n\n9\n\n \n\n社会效\n"
    "\n益指标\n\n带动农户务工\n\n 明显\n\n 明显\n\n10\n\n10\n\n \n\n……\n\n \n\n \n\n \n\n生态\n\n"
)


def test_a_worded_rows_value_word_is_no_name_before_a_cut_tail() -> None:
    """"社会效益指标 | 带动农户务工 | 明显 | 明显 | 10 | 10" then a placeholder "……" and a cut "生态": the row's value
    word "明显" is no indicator's name (before, the row slid one column: 社会效益指标 the 一级, the indicator "明显",
    its actual 10, no score, the cut cell its note)."""
    read = _read(_WORDED_TAIL)
    last = read.indicators[-1]
    assert (last.name, last.level2, last.weight, last.stated_score) == ("带动农户务工", "社会效益指标", 10, 10)
    assert last.target is not None and last.target.text == "明显"
    assert last.actual is not None and last.actual.text == "明显"
