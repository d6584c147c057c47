"""False errors under damage that trust53 left (stop 46, trust54): each a text damaged as a viewer or a search excerpt
gives it (a line dropped, lines joined into one), read as ``jixiao parse`` reads a txt. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

HEADLESS_UNIT = [
    "丁县气象服务站2025年度单位整体支出绩效自评报告",
    "一、预算执行情况",
    "2025年本单位年初预算320.00万元，全年预算356.40万元，全年执行341.15万元，预算执行率95.72%。",
    "二、单位整体支出绩效自评表",
    "预算执行 |  | 预算执行率 | 100% | 95.72% | 10 | 9.57 |  |",
    "产出指标 | 数量指标 | 气象预警信息发布次数 | ≥150次 | 162次 | 30 | 30 |  |",
    "产出指标 | 质量指标 | 预报准确率 | ≥85% | 80% | 30 | 24 | 强对流过程漏报，扣6分 |",
    "满意度指标 | 服务对象满意度指标 | 公众满意度 | ≥90% | 93% | 30 | 30 |  |",
    "合计 |  | 100 | 93.57 |  |",
    "经自评，本单位2025年度整体支出绩效自评得分93.57分。",
    "三、项目支出绩效自评情况",
    "附表1：人工增雨作业项目绩效自评表",
    "项目名称 | 人工增雨作业项目 |  |",
    "项目资金（万元） | 年初预算数 | 60.00 | 全年预算数 | 60.00 | 全年执行数 | 58.20 |  |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "产出指标 | 数量指标 | 增雨作业次数 | ≥20次 | 22次 | 50 | 50 |  |",
    "效益指标 | 社会效益指标 | 抗旱受益面积 | ≥3万亩 | 2.6万亩 | 50 | 42 | 降水条件不足，扣8分 |",
    "该项目自评得分92分。",
]


def test_a_unit_form_whose_indicator_header_was_dropped_is_a_form_of_its_own(tmp_path: Path) -> None:
    """A whole-unit form's indicator header dropped (a copy's lost line): its rows stand headless, but their levels
    still show the form had its indicator table, so the project's 项目名称 row below opens a form of its own; read as
    one, the project's indicators (92) were summed against the unit's stated total (93.57): a false TOTAL_MISMATCH."""
    evaluation = read_saved(tmp_path, "\n".join(HEADLESS_UNIT) + "\n")
    assert evaluation.stated_total == Decimal("93.57")
    assert not any(ind.name == "增雨作业次数" for ind in evaluation.indicators)
    assert "TOTAL_MISMATCH" not in errors(evaluation)
