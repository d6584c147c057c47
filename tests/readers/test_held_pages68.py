"""Shapes the held-out pages of stop 68 showed (docs/reader-corpora/held-68.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

_ONE_LINE_FORM = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 某某村务经费 主管部门 101-某县某镇人民政府 "
                  "实施单位 101001-某县某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 "
                  "得分 年度资金总额: 50 50 48 10 96% 9.6 年度总体目标 预期目标 实际完成情况 {goals} 绩效指标 一级指标 "
                  "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 "
                  "补助村数量 =6个 6 10 10\n")


def test_a_one_line_forms_goal_texts_broken_at_a_space_are_joined() -> None:
    """A form flattened onto one line, its goal cells broken by a space mid-sentence and dotted filler between
    them: each goal is its pieces up to its 。 (before, the first goal's two pieces were read as the goal and what
    was done)."""
    read = _read(_ONE_LINE_FORM.format(goals="本项目共申请资金50万元,其中村务运转30万元,村民小组长 报酬20万元。 "
                                             ".. ........ 本项目共支出资金48万元,其中村务运转30万元,村民小组长 "
                                             "报酬18万元。"))
    assert read.project.goal_expected == "本项目共申请资金50万元,其中村务运转30万元,村民小组长报酬20万元。"
    assert read.project.goal_actual == "本项目共支出资金48万元,其中村务运转30万元,村民小组长报酬18万元。"


def test_two_goal_texts_a_space_apart_stay_two() -> None:
    """The goal and what was done, one space apart, the first not closed by its 。: two cells, as before."""
    read = _read(_ONE_LINE_FORM.format(goals="保障村务正常运转,提高服务水平 全部用于村务运转。"))
    assert read.project.goal_expected == "保障村务正常运转,提高服务水平"
    assert read.project.goal_actual == "全部用于村务运转。"


def test_a_body_then_its_activity_before_the_titles_report_words() -> None:
    """"健身活动项目支出" / "绩效自评报告" over the unit's own line (read as the title's head): the body's name, then
    the activity it carries out; the unit and the project (before, the whole head was the project, no unit)."""
    read = _read("健身活动项目支出\n绩效自评报告\n某市某区老年体育协会\n一、绩效自评工作开展情况\n"
                 "某区老年体育协会现有在职人员3人,健身活动专项经费12万元,用于全年健身推广。\n")
    assert read.unit.name == "某市某区老年体育协会"
    assert read.project.name == "健身活动项目"


def test_an_activity_with_no_body_before_it_is_the_project_alone() -> None:
    """"某某专项调查项目支出绩效自评报告": no body's name before the activity; the project, no unit, as before."""
    read = _read("某某农业专项调查项目支出绩效自评报告\n一、项目基本情况\n本项目年初预算12万元。\n")
    assert read.project.name == "某某农业专项调查"
    assert not read.unit.name
