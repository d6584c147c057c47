"""Shapes of the real pages still below 90 % after stop 35 (docs/reader-corpora/left-pages-38.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name, read_page

# results written on the line of their level's heading, after its full stop: a transfer-payment outline's prose
_LED_LEVELS = """二、绩效目标完成情况分析
(三)绩效指标完成情况分析。
1.产出指标完成情况分析。
(1)数量指标。基本完成整治河道长度12.6km,其中清淤4.2km,护岸8.4km。
(2)质量指标。工程暂未验收。
2.效益指标完成情况分析。
(1)经济效益。户均增收0.35万元。
(2)生态效益。整治后水质达标率92.5%;新增绿地面积3.2亩。
3.满意度指标完成情况分析。沿岸群众满意度96%。
三、偏离绩效目标的原因和下一步改进措施
"""


def test_results_led_by_their_level_are_indicators() -> None:
    read = by_name(read_page(_LED_LEVELS))
    assert set(read) == {"整治河道长度", "户均增收", "水质达标率", "新增绿地面积", "沿岸群众满意度"}
    length = read["整治河道长度"]
    assert (length.level1, length.level2, length.weight) == ("产出指标", "数量指标", None)
    assert length.actual is not None and (length.actual.value, length.actual.unit) == (Decimal("12.6"), "km")
    assert (read["户均增收"].level1, read["户均增收"].level2) == ("效益指标", "经济效益")
    assert read["水质达标率"].actual is not None and read["水质达标率"].actual.value == Decimal("92.5")
    assert (read["沿岸群众满意度"].level1, read["沿岸群众满意度"].level2) == ("满意度指标", None)


def test_a_level_line_with_no_figure_gives_no_indicator() -> None:
    line = "(1)数量指标。基本完成整治河道长度12.6km,其中清淤4.2km,护岸8.4km。"
    text = _LED_LEVELS.replace(line, "(1)数量指标。工程在建。")
    assert "整治河道长度" not in by_name(read_page(text))


# a transfer's outline with no title: the project named opening a paragraph on its approval, its owner named in prose
_OWNER_NAMED = """一、绩效目标分解下达情况
(二)省内资金安排、分解下达预算和绩效目标情况。
中央水利发展资金某某河(某某县)河道综合整治项目立项批复312.40万元,其中300万元为中央资金,其余为地方自筹。
二、绩效目标完成情况分析
(一)资金投入情况分析。
该项目已支付资金88.5万元,某某县水利建设投资有限公司作为项目业主单位,资金管理规范。
"""


def test_a_project_named_on_its_approval_and_its_owner() -> None:
    read = read_page(_OWNER_NAMED)
    assert read.project is not None
    assert read.project.name == "中央水利发展资金某某河(某某县)河道综合整治项目"
    assert read.project.implementing_unit == "某某县水利建设投资有限公司"


def test_a_body_named_before_its_short_name_carries_the_project_out() -> None:
    text = ("某某省2021年某某服务经费绩效自评报告\n一、项目概况\n根据安排,省某某协会康复服务中心(以下简称“康复中心”)"
            "具体组织实施了某某服务项目。\n")
    read = read_page(text)
    assert read.project is not None and read.project.implementing_unit == "省某某协会康复服务中心"


def test_a_paragraph_opening_on_its_year_keeps_its_grade() -> None:
    """A long paragraph opening on "2024年度…" is prose, not a form's rows carried on: the whole's grade stays read
    beside its bodies' project grades."""
    text = ("一、自评结论\n2024年度某市某某局部门整体支出绩效自评项目总数为30个,其中:某某局本级20个项目、某某站6个项目"
            "、某某所4个项目,经过本次绩效自评工作,形成项目和部门自评报告,大部分项目达到预期绩效指标。整体而言,某某局2024年"
            "支出绩效完成情况自评分96分,综合评价等级为“优”,其中:某某局本级20个项目评价等级为“优”有17个、评价等级为“良”有"
            "3个;某某站6个项目评价等级为“优”;某某所4个项目评价等级为“优”有3个、评价等级为“中”有1个。\n")
    read = read_page(text)
    assert (read.stated_total, read.stated_grade) == (Decimal(96), "优")


def test_a_whole_units_budget_named_as_its_figure_with_the_spending_cut() -> None:
    text = "2024年度某县某某局部门整体支出绩效自评报告\n1.执行率情况。\n部门整体支出总额预算数12,345,678.90元,执行\n"
    read = read_page(text)
    assert read.budget is not None and read.budget.adjusted == Decimal("1234.56789")


def test_a_budget_before_what_was_added_and_what_was_paid() -> None:
    text = ("2023年度某县某某部部门整体绩效自评报告\n(二)项目资金情况\n2023年预算资金320.50万元,项目调剂增加80.20万元,"
            "实际到位资金400.70万元,已支付300.25万\n")
    read = read_page(text)
    assert read.budget is not None
    assert (read.budget.initial, read.budget.adjusted, read.budget.executed) == \
        (Decimal("320.50"), None, Decimal("300.25"))
