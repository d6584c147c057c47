"""Shapes the held-out pages of stop 92 showed (docs/reader-corpora/held-92.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a county portal's transfer form, its cells apart by spaces: the title runs the bureau into its fund and the form's
# own words; the labels name the bureau and the fund
_FORM = ("当前位置:首页 财政资金 > 某县教育局学生营养餐补助资金转移支付区域(项目)绩效目标自评表\n"
         "发布时间:2022-05-10 来源:县教育局 点击量:301 [ 字体: ] 打印 分享:\n"
         "某县教育局学生营养餐补助资金转移支付区域(项目)绩效目标自评表\n(2021年度)\n"
         "转移(项目)名称 学生营养餐补助资金\n中央主管部门\n地方主管部门 某县教育局 资金使用单位 某县教育局\n"
         "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n年度资金总额: 120.50 120.50 100%\n")
_GOALS = ("总体目标完成情况 总体目标 全年实际完成情况\n"
          "按标准为农村义务教育学生提供营养膳食补助,改善学生营养状况。\n"
          "全年为全县12所学校3600名学生发放营养膳食补助120.5万元。\n")
_TABLE = ("一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施\n"
          "数量指标  指标1:受益学校数量。 12所 12所\n 指标2:受益学生人数 3600人 3600人\n")


def test_a_title_running_the_unit_into_its_fund_and_the_forms_words() -> None:
    """"某县教育局某某补助资金转移支付区域(项目)绩效目标自评表" over 地方主管部门 "某县教育局" and 项目名称
    "某某补助资金": the unit is the bureau the label names, the title's rest the fund and the form's own words
    (before, the unit ran on to "…转移支付区域(项目)")."""
    read = _read(_FORM + _GOALS + _TABLE)
    assert read.unit.name == "某县教育局"
    assert read.project.name == "学生营养餐补助资金"
    assert read.budget.adjusted == Decimal("120.50")


def test_a_goal_header_written_with_spaces_over_one_text_a_line() -> None:
    """"总体目标完成情况 总体目标 全年实际完成情况" on a line of its own, then the goal and what was done on the next
    two lines: the goal and its result (before, neither)."""
    read = _read(_FORM + _GOALS + _TABLE)
    assert read.project.goal_expected == "按标准为农村义务教育学生提供营养膳食补助,改善学生营养状况。"
    assert read.project.goal_actual == "全年为全县12所学校3600名学生发放营养膳食补助120.5万元。"


def test_a_sentence_of_prose_after_a_goal_heading_is_no_goal_header() -> None:
    """A guard: a line of prose that speaks of the goal and its completion is no header; the two lines under it are
    no goal and result."""
    read = _read("某县某局2021年度某某项目绩效自评报告\n一、项目基本情况\n"
                 "本项目总体目标完成情况良好 全年实际完成情况见下表\n"
                 "全年共组织技术培训班十二期培训农户六百人次。\n项目资金全部按进度拨付到位并按规定使用。\n")
    assert read.project.goal_expected is None
    assert read.project.goal_actual is None


def test_a_full_stop_typed_after_an_indicators_name() -> None:
    """"指标1:受益学校数量。" in the 三级指标 cell: the sentence's full stop is no part of the name (before, kept)."""
    read = _read(_FORM + _GOALS + _TABLE)
    names = [indicator.name for indicator in read.indicators]
    assert "受益学校数量" in names
    assert not any(name.endswith("。") for name in names)
