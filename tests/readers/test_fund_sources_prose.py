"""A project report that states its money only as a list of 资金来源 with their 合计: the 合计 is the budget;
a list without a 合计 gives none (the reader does not add the sources up on its own)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

REPORT = """某县示范医院2024年度项目支出绩效自评报告
项目名称：示范胸痛中心建设项目
一、项目资金情况
项目资金来源：中央资金60万元、省级资金40万元、县级资金25.5万元，合计125.5万元；全年支出120.48万元，执行率96%。
二、绩效目标完成情况
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 购置设备 | ≥6台 | 6台 | 50 | 50 |
| 满意度指标 | 服务对象满意度指标 | 患者满意度 | ≥90% | 93% | 50 | 50 |
"""


def test_the_sources_total_is_the_budget() -> None:
    evaluation = read_page(REPORT, "report.txt")
    assert evaluation.budget.adjusted == Decimal("125.5")
    assert evaluation.budget.executed == Decimal("120.48")


def test_sources_without_a_total_give_no_budget() -> None:
    text = REPORT.replace("，合计125.5万元", "")
    evaluation = read_page(text, "report.txt")
    assert evaluation.budget.adjusted is None
