"""Review of stop 43's second half (docs/reader-corpora/review-43-second.md): each cause as an invented snippet,
invented units, places and figures, no text of any page."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_docx
from page_reading import read_page as _read
from test_flat48 import _HEAD, _INDICATORS, _MONEY

# a project report: the goal paragraph under its own heading, its lead words closed by a colon
_GOAL_PARAGRAPH = "\n".join([
    "某市某某中心2024年某某项目绩效自评报告",
    "一、项目概况",
    "(一)项目基本情况",
    "某某项目由市财政安排资金36万元,用于开展某某巡查。",
    "(二)项目绩效目标",
    "本项目年度绩效目标为:全年完成某某巡查460次,整改问题不少于25处。",
    "二、绩效自评工作开展情况",
])


def test_a_goal_paragraphs_lead_words_closed_by_a_colon_are_left_out_with_it() -> None:
    """"…绩效目标为:X" (or "…绩效目标:X"): the colon closes the lead words, the goal is X and opens on no colon."""
    assert _read(_GOAL_PARAGRAPH).project.goal_expected == "全年完成某某巡查460次,整改问题不少于25处。"
    bare = _GOAL_PARAGRAPH.replace("绩效目标为:", "绩效目标:")
    assert _read(bare).project.goal_expected == "全年完成某某巡查460次,整改问题不少于25处。"


def test_a_goal_paragraph_naming_its_goal_with_no_link_word_stays_whole() -> None:
    """A guard: "…绩效目标完成…" with neither 为/是 nor a colon after the goal word leads into nothing."""
    text = _GOAL_PARAGRAPH.replace("本项目年度绩效目标为:全年完成", "年度绩效目标完成巡查,全年完成")
    assert _read(text).project.goal_expected == "年度绩效目标完成巡查,全年完成某某巡查460次,整改问题不少于25处。"


# a Word project form (test_flat48's money block and indicators) whose goal cell ends on an indicator-table word
_GOALS = [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
          ["年度总体目标", "按期完成各项考核指标", "", "", "已按期完成", "", "", ""]]


def test_a_goal_ending_on_an_indicator_word_is_the_goal(tmp_path: Path) -> None:
    """"按期完成各项考核指标" under 预期目标: a goal that ends on 指标 is no indicator table's header cell; only a
    row that heads an indicator table (一级指标 | … | 分值 | 得分) below a goal row of figures gives none."""
    project = read_docx(tmp_path, [*_HEAD, [*_MONEY, *_GOALS, *_INDICATORS]]).project
    assert (project.goal_expected, project.goal_actual) == ("按期完成各项考核指标", "已按期完成")
