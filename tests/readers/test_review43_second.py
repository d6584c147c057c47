"""Review of stop 43's second half (docs/reader-corpora/review-43-second.md): each cause as an invented snippet,
invented units, places and figures, no text of any page."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_docx
from page_reading import read_page as _read

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


# a Word project form whose goal cell ends on an indicator-table word (cell_role reads it as a name column's head)
_MONEY = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["项目资金（万元）", "年度资金总额", "18.6", "18.6", "17.9", "10", "96.24%", "9.6"]]
_GOALS = [["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
          ["年度总体目标", "按期完成各项考核指标", "", "", "已按期完成", "", "", ""]]
_INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施"],
               ["产出指标", "数量指标", "指标1维修路灯数量", "≥60盏", "64盏", "20", "20", "无"]]
_HEAD = ["项目支出绩效自评表", "项目名称：某某路灯维修经费"]


def test_a_goal_ending_on_an_indicator_word_is_the_goal(tmp_path: Path) -> None:
    """"按期完成各项考核指标" under 预期目标: a goal that ends on 指标 is no indicator table's header cell; only a
    row that heads an indicator table (一级指标 | … | 分值 | 得分) below a goal row of figures gives none."""
    project = read_docx(tmp_path, [*_HEAD, [*_MONEY, *_GOALS, *_INDICATORS]]).project
    assert (project.goal_expected, project.goal_actual) == ("按期完成各项考核指标", "已按期完成")
