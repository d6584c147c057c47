"""Shapes found on ten real pages nobody had tuned the reader to (docs/reader-corpora/held-35.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name as _by_name
from page_reading import read_page as _read

_COMPLETION_ITEMS = (
    "某市青少年宫2023年度项目支出绩效自评报告(2023年某某活动补助经费)\n\n"
    "一、自评结论\n\n"
    "(二)绩效目标完成情况\n\n"
    "1.产出指标完成情况\n\n"
    "数量指标:年度开放活动天300天,指标完成率100%;年度开放活动12万人次,指标完成率100%。\n\n"
    "2.效益指标完成情况\n\n"
    "满足青少年课外活动需求有效提高,指标完成率100%。\n\n"
    "3.满意度指标完成情况\n\n"
    "家长满意度95%,指标完成率100%。\n"
)


def test_a_figure_in_a_three_character_unit_and_a_need_met_in_words_are_results() -> None:
    """"名称12万人次,指标完成率100%" after "名称天300天,…;" is a second result (its unit 万人次 has three characters),
    and "某某需求有效提高,指标完成率100%" under the 效益 lead is one told in words."""
    found = _by_name(_read(_COMPLETION_ITEMS))
    assert set(found) == {"年度开放活动天", "年度开放活动", "满足青少年课外活动需求", "家长满意度"}
    visits = found["年度开放活动"]
    assert (visits.level1, visits.level2, visits.actual.value, visits.actual.unit) == \
        ("产出指标", "数量指标", Decimal(12), "万人次")
    need = found["满足青少年课外活动需求"]
    assert (need.level1, need.actual.text) == ("效益指标", "有效提高")


def test_the_establishment_of_staff_in_post_and_the_year_end_count() -> None:
    """"核定编制在职人员为 N 人，年末实有在职人员为 M 人": N is the establishment, M the staff."""
    read = _read("某县公路事务中心2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n"
                 "截至2024年12月31日,本单位财政核定编制在职人员为 28 人,年末实有在职人员为 25 人,退休人员 40 人。\n")
    assert (read.unit.staff_establishment, read.unit.staff_total) == (28, 25)


def test_subordinate_units_listed_before_a_breakdown_of_their_kinds() -> None:
    """"下属二级预算单位:A、B、C、其中行政单位1个,其他事业单位3个": the names end where 其中 opens the breakdown."""
    read = _read("某区某某街道办事处关于2024年部门整体支出绩效自评的报告\n\n一、部门概况\n\n(一)机构组成\n\n"
                 "某某街道办事处下属二级预算单位:综合服务中心、便民服务中心、文化服务中心、其中行政单位1个,"
                 "参照公务员法管理的事业单位0个,其他事业单位3个。\n")
    assert read.unit.subordinate_bodies == ["综合服务中心", "便民服务中心", "文化服务中心"]


def test_a_project_spending_section_tells_the_kind_and_a_unit_s_parts_do_not() -> None:
    """A report whose title is lost (a viewer ran it into the page's first line) and that opens on
    "一、项目支出基本情况 / (一)项目支出资金概况" is a project's; "基本支出和项目支出基本情况" in a unit's report names
    one of its parts and tells nothing."""
    project = _read("文档简介\n\n第3页\n\n一、项目支出基本情况\n\n(一)项目支出资金概况\n\n"
                    "2021年我局某某道路养护项目支出预算共120.50万元,实际支出110.20万元。\n")
    assert (project.kind, project.budget.executed) == ("项目支出", Decimal("110.20"))
    unit = _read("某区交通局2021年度绩效评价结果\n\n一、基本支出和项目支出基本情况\n\n"
                 "2021年我局支出合计860.00万元,其中基本支出700.00万元,项目支出160.00万元。\n")
    assert unit.kind != "项目支出"
