"""Shapes the held-out pages of stop 86 showed (docs/reader-corpora/held-86.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

# a form's goal rows as a page prints them, each row on one line with single spaces: the row's label, then the two
# heads of the columns under it ("年初设定目标 | 年度总体目标完成情况综述")
_FORM_HEAD = ("某省文化厅项目支出绩效评价表(2022年度)——某省戏曲扶持专项资金\n"
              "项目名称 某省戏曲扶持专项资金\n"
              "主管部门 某省文化厅 实施单位 某省文化厅机关\n"
              "资金情况\n(万元)\n"
              "  全年预算数(A 全年执行数(B 分值 执行率(B/A) 得分\n"
              "年度资金总额: 120 118 10 98.33% 9.83\n"
              " 其中:本年财政拨款 120 118 -   -\n"
              "年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述\n")


def test_one_goal_text_under_the_set_goal_and_its_completion_heads_is_the_set_goal_only() -> None:
    """"年度总体目标完成情况 年初设定目标 年度总体目标完成情况综述" over one text (the page cut inside it): the text
    stands under 年初设定目标; what was done is not stated (before, the same text was read as both)."""
    read = _read(_FORM_HEAD + "   扶持全省戏曲院团新编剧目演出,丰富群众文化生活,打造一批\n")
    assert read.project.goal_expected == "扶持全省戏曲院团新编剧目演出,丰富群众文化生活,打造一批"
    assert read.project.goal_actual is None


def test_two_goal_texts_under_the_set_goal_and_its_completion_heads_stay_apart() -> None:
    """The same heads over the goal and what was done, one space apart: each under its head (guard)."""
    read = _read(_FORM_HEAD + "   扶持全省戏曲院团新编剧目演出,丰富群众文化生活 "
                 "全年扶持新编剧目6部,演出120场,观众满意\n")
    assert read.project.goal_expected == "扶持全省戏曲院团新编剧目演出,丰富群众文化生活"
    assert read.project.goal_actual == "全年扶持新编剧目6部,演出120场,观众满意"
