"""Shapes found by the twenty-fifth real-page probe (docs/reader-corpora/real-probe-25.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page as _read


def test_a_last_row_cut_after_its_actual_is_an_indicator_with_no_weight() -> None:
    """"| 产出指标 | 数量指标 | 名称(次) | ≥ | 2 | 次 | 3" and the excerpt ends: the row ran on to its actual, its
    分值 and 得分 lost with the page's end — an indicator whose weight stays unstated."""
    read = _read("项目支出绩效自评表(2022年度) | | | | | | | | | | |\n"
                 "项目名称 | | 示范林管护工作经费 | | | | | | | | |\n"
                 "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 "
                 "| 得分 | 未完成原因分析 |\n"
                 "| 产出指标 | 数量指标 | 巡护检查次数(次) | ≥ | 2 | 次 | 3 ")
    found = [i for i in read.indicators if i.name.startswith("巡护检查次数")]
    assert len(found) == 1
    assert found[0].weight is None
    assert found[0].level2 == "数量指标"
    assert found[0].target is not None and found[0].target.value == Decimal("2")
    assert found[0].actual is not None and found[0].actual.value == Decimal("3")


# "总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||||" on a line of its own, the texts in the next line's cells;
# "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | | | 年度目标完成情况 | |" over a table whose first row holds
# them, merged cells left empty
_GOAL_ROWS = (
    "专项资金项目绩效自评表 | |||||||\n(2022年度) | |||||||\n项目名称 | 某县乡村健身广场项目 | ||||||\n"
    "总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||||\n"
    "新建乡村健身广场3处,配套健身器材40件。 | 建成健身广场3处,配套健身器材42件。 | ||||||\n",
    "项目名称 | | 某县乡村健身广场项目 | | | |\n主管部门 | | 某县体育局 | | | |\n"
    "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | | | 年度目标完成情况 | |\n"
    "| | 新建乡村健身广场3处,配套健身器材40件。 | | | 建成健身广场3处,配套健身器材42件。 | |\n"
    "| 2.项目实施内容及过程概述 | 新建乡村健身广场3处,配套健身器材40件。 | | | | |\n",
)


@pytest.mark.parametrize("text", _GOAL_ROWS)
def test_a_goal_header_row_left_outside_its_table(text: str) -> None:
    """The header names the goal and what was done: the two long texts below it, in that order."""
    read = _read(text)
    assert read.project is not None
    assert read.project.goal_expected == "新建乡村健身广场3处,配套健身器材40件。"
    assert read.project.goal_actual == "建成健身广场3处,配套健身器材42件。"
