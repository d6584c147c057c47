"""Shapes of the thirty-eighth set (docs/reader-corpora/thirtyeighth.md), each rebuilt from an invented snippet of
the same shape (invented units, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_HEAD = "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 偏差（%） | 得分 |\n"


def test_a_the_unit_in_brackets_after_a_third_level_name_is_its_values_unit() -> None:
    """"新建机耕道里程（公里）" over bare values "≥6" / "6.3", "群众满意度（%）" over "≥90" / "94": the bracket is
    the values' unit (before, the values had none); every name stays as written."""
    page = read_page(
        "某乡2024年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n" + _HEAD
        + "| 产出指标 | 数量指标 | 新建机耕道里程（公里） | 30 | ≥6 | 6.3 | 5.0 | 30 |\n"
        "| 产出指标 | 质量指标 | 资金到位率（含上级资金） | 30 | 100% | 100% | 0 | 30 |\n"
        "| 效益指标 | 满意度指标 | 群众满意度（%） | 40 | ≥90 | 94 | 4.4 | 40 |\n")
    by_name = {i.name: i for i in page.indicators}
    assert set(by_name) == {"新建机耕道里程（公里）", "资金到位率（含上级资金）", "群众满意度（%）"}
    road = by_name["新建机耕道里程（公里）"]
    assert road.target is not None and road.actual is not None
    assert (road.target.value, road.target.unit, road.actual.value, road.actual.unit) == \
        (Decimal(6), "公里", Decimal("6.3"), "公里")
    pleased = by_name["群众满意度（%）"]
    assert pleased.actual is not None and pleased.actual.unit == "%"
    assert by_name["资金到位率（含上级资金）"].stated_score == Decimal(30)


def test_b_a_staff_tables_category_rows_are_the_staffs_parts() -> None:
    """人员类别 | 编制数（人） | 实有人数（人） | 退休人数（人） with 行政编制 / 事业编制 rows over 合计: the staff
    are the 合计's 实有 and its parts each category's 实有 (before, the parts were not read); retirees count in none."""
    page = read_page(
        "某区某局2024年度部门整体支出绩效自评报告\n（三）人员情况\n"
        "| 人员类别 | 编制数（人） | 实有人数（人） | 退休人数（人） |\n"
        "| 行政编制 | 20 | 18 | 9 |\n| 事业编制 | 12 | 11 | 4 |\n| 合计 | 32 | 29 | 13 |\n")
    assert (page.unit.staff_total, page.unit.staff_establishment) == (29, 32)
    assert [(p.name, p.count) for p in page.unit.staff_parts] == [("行政编制", 18), ("事业编制", 11)]


def test_b_category_rows_that_do_not_add_up_to_the_total_are_no_parts() -> None:
    page = read_page(
        "某区某局2024年度部门整体支出绩效自评报告\n（三）人员情况\n"
        "| 人员类别 | 编制数（人） | 实有人数（人） |\n"
        "| 行政编制 | 20 | 18 |\n| 事业编制 | 12 | 10 |\n| 合计 | 32 | 29 |\n")
    assert page.unit.staff_total == 29
    assert not page.unit.staff_parts


def test_c_the_full_mark_beside_a_labelled_score() -> None:
    """"自评得分：88.5分（满分100分）" on a line of its own under a plain heading, no 合计 row: 88.5 is the stated
    total and 100 the full mark (before, the full mark was not read)."""
    page = read_page("2024年度项目支出绩效自评报告\n项目名称：某村道路硬化项目\n四、结论\n"
                     "自评得分：88.5分（满分100分），等级为“良”。\n")
    assert (page.stated_total, page.full_mark) == (Decimal("88.5"), Decimal(100))
