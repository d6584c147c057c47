"""A 绩效目标表 apart from the 自评表 (an invented report; invented unit, project and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_APART = (
    "某县农技推广服务项目2023年度绩效自评表\n\n"
    "表1 绩效目标表\n"
    "| 一级指标 | 三级指标 | 年度指标值 |\n"
    "| 产出指标 | 培训种植户人数 | ≥300人 |\n"
    "| 效益指标 | 种植户增收率 | ≥5% |\n\n"
    "表2 绩效自评表\n"
    "| 三级指标 | 实际完成值 | 分值 | 得分 |\n"
    "| 培训种植户人数 | 320人 | 50 | 50 |\n"
    "| 种植户增收率 | 6% | 40 | 38 |\n"
    "| 总分 | | 90 | 88 |\n"
)


def test_a_goal_table_without_a_level2_column_gives_levels_and_targets_by_name() -> None:
    """一级 | 三级 | 指标值 is no goal table to the indicator-table reader (it wants a 二级 or a 绩效目标 column), so
    goal_tables reads it: each row's 一级 and target go to the scored indicator of the same name, no row is an
    indicator of its own."""
    read = read_page(_APART, "report.txt").indicators
    assert [(i.name, i.level1, i.target.value if i.target else None, i.stated_score) for i in read] == [
        ("培训种植户人数", "产出指标", Decimal(300), Decimal(50)),
        ("种植户增收率", "效益指标", Decimal(5), Decimal(38)),
    ]
