"""Shapes the held-out pages of stop 45 showed (docs/reader-corpora/held-45.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a whole unit's evaluation going through its projects one paragraph each, the first marker alone on its line
_PROJECTS_ONE_EACH = (
    "本单位按要求对2022年部门整体支出开展绩效自评,各项目完成情况良好。\n"
    "1. 项目绩效目标完成情况。\n"
    "(1)\n"
    "某某补贴项目绩效目标完成情况综述。项目全年预算数3.15万元,执行数为3.15万元,完成预算的100%。\n"
    "(2)某某宣传(印刷费)项目绩效目标完成情况综述。项目全年预算数6万元,执行数为6万元,完成预算的100%。\n"
    "(3)某某业务项目绩效目标完成情况综述。项目全年预算数12万元,执行数为11.4万元,完成预算的95%。\n"
)


def test_a_whole_units_projects_one_paragraph_each_are_not_its_budget() -> None:
    """"(2)某某项目绩效目标完成情况综述。项目全年预算数6万元,执行数为6万元": each paragraph is one project's;
    none is the unit's budget, and two projects' different figures are no contradiction."""
    read = _read(_PROJECTS_ONE_EACH)
    assert read.kind == "整体支出"
    assert (read.budget.adjusted, read.budget.executed, read.budget.stated_execution_rate) == (None, None, None)
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_a_title_broken_over_two_lines_under_a_publishers_metadata_names_the_unit() -> None:
    """"某市某某馆2023年度部门整体和项目" over "支出绩效自评报告", under a bulleted metadata list whose 发布机构 is the
    bureau that publishes for it: one title, whose body is the unit, not the publisher."""
    read = _read("• 某市某某局\n  • 索引号\n    abc/2024-00012\n  • 发布机构\n    某市某某局\n  • 文号\n"
                 "  • 发布日期\n    2024-05-20\n  • 时效性\n    有效\n\n某市某某馆2023年绩效自评\n\n"
                 "某市某某馆2023年度部门整体和项目\n\n支出绩效自评报告\n\n\n"
                 "根据有关要求,我单位对2023年部门整体和项目支出绩效情况进行了自评,现将情况报告如下:\n\n"
                 "一、部门基本情况\n\n(一)部门概况\n\n某市某某馆承办全市某某服务。\n")
    assert read.unit.name == "某市某某馆"
    assert read.year == 2023


def test_a_bylines_source_unit_is_the_unit_the_text_speaks_as() -> None:
    """"来源单位:某区某某局 发布时间:…", the text saying 我局: the unit (a guess); "…进行了认真的自我评价,自评得分
    93分" in the opening sentence is the stated total."""
    read = _read("某区2021年某某救助民生工程绩效自评报告\n\n来源单位:某区某某局 发布时间:2022-01-10 09:30 访问量:\n\n"
                 "区民生办:\n\n对照《某市某某民生工程绩效评价得分表》,对我区2021年某某救助民生工程进行了认真的自我评价,"
                 "自评得分93分,现将自评情况报告如下:\n\n一、投入(分值20分,自评得20分)\n\n"
                 "(一)项目立项(分值10分,自评得10分)\n\n我局根据有关要求下发了实施办法。\n")
    assert read.unit.name == "某区某某局"
    assert read.stated_total == 93


def test_offices_listed_before_their_count_and_staff_in_post_and_on_the_books() -> None:
    """"馆内现设A、B、C、D4个部门" lists the unit's own offices before their count; "编制数12人,实有在职在编9人,劳务
    派遣5人": the establishment and the staff (劳务派遣 are no staff)."""
    read = _read("某市某某馆2022年度部门整体支出绩效自评报告\n一、部门基本情况\n2.机构设置及人员情况\n"
                 "某市某某馆为公益一类事业单位,隶属于市某某局。馆内现设业务一部门、业务二部门、办公室、财务室4个部门,"
                 "事业单位编制数12人,实有在职在编9人,劳务派遣5人。\n")
    assert read.unit.internal_bodies == ["业务一部门", "业务二部门", "办公室", "财务室"]
    assert read.unit.internal_bodies_count == 4
    assert (read.unit.staff_establishment, read.unit.staff_total) == (12, 9)


def test_offices_named_right_after_their_count_with_no_colon() -> None:
    """"内设5个职能科室办公室、某某部、…": the count and its noun, then the names run on with no colon."""
    read = _read("某市某某中心2019年度整体支出绩效评价报告\n一、部门基本概况\n"
                 "(一)主要职能及组成:开展某某服务。内设5个职能科室办公室、甲业务部、乙业务部、某某保护中心、某某书画院。\n")
    assert read.unit.internal_bodies == ["办公室", "甲业务部", "乙业务部", "某某保护中心", "某某书画院"]
    assert read.unit.internal_bodies_count == 5


def test_a_count_before_offices_that_do_not_match_it_lists_none() -> None:
    """"内设3个科室办公室、甲科": two names for a count of three is no list run on after its count."""
    read = _read("某县某某站2020年度整体支出绩效自评报告\n一、基本情况\n内设3个科室办公室、甲科。\n")
    assert read.unit.internal_bodies != ["办公室", "甲科"]


# a cover's planned / arrived / spent / balance pairs one cell a line, each level's row written under all four
_PLANNED_PAIRS = (
    "某县财政支出项目绩效评价自评报告\n\n项目名称    某某防治专项\n\n项目单位    某县某某局\n\n"
    "主管部门   某县某某局\n\n"
    "一、项目基本概况\n\n项目起止时间\n\n2022年1月起至2022年12月止\n\n"
    "计划安排资金\n\n(万元)\n\n48\n\n实际到位资金\n\n(万元)\n\n48\n\n"
    "实际支出\n\n(万元)\n\n46.5\n\n结余(万元)\n\n1.5\n\n"
    + "".join(f"{name}\n\n" * 4 for name in ("其中:中央财政", "省财政", "市财政"))
    + "县市区财政\n\n48\n\n县市区财政\n\n48\n\n县市区财政\n\n46.5\n\n县市区财政\n\n1.5\n\n"
    + "其它\n\n" * 4 + "二、项目支出明细情况\n\n"
)


def test_a_covers_level_rows_under_planned_and_spent_pairs_are_fund_rows() -> None:
    """"计划安排资金" / "(万元)" / "48" … "结余(万元)" / "1.5", then "其中:中央财政" four times with no figure and
    "县市区财政" / "48" four times: the filled level's row is the budget's one fund row (its fourth figure the 结余)."""
    read = _read(_PLANNED_PAIRS)
    assert (read.budget.adjusted, read.budget.executed) == (48, Decimal("46.5"))
    assert [(row.name, row.adjusted, row.executed) for row in read.budget.fund_rows] == [
        ("县市区财政", 48, Decimal("46.5"))]
