"""Shapes the held-out pages of stop 56 showed (docs/reader-corpora/held-56.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

# A viewer's OCR of a form run into one line, reading order garbled: the expected goal stands between the two goal
# labels, the completion after the second ("年初设定目标 GOAL 年度总体目标完成情况 RESULT").
_GOAL_BETWEEN_LABELS = ("1、某市本级部门项目支出绩效自评表(2023年)项目名称某某校舍维护经费主管部门某市教育局"
                        "自评得分96年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)20.520.520.5100%"
                        "年度总体年初设定目标保障校舍安全正常使用年度总体目标完成情况校舍全年安全使用"
                        "一级指标二级指标三级指标"
                        "分值指标值(A)全年实际值(B)得分项目产出(30分)数量指标(10分)维护面积101200平方米1200平方米10\n")


def test_a_goal_between_its_two_labels_is_the_expected_one() -> None:
    """"年初设定目标 GOAL 年度总体目标完成情况 RESULT": the text after the completion label is what was done, the
    one after the expected label the goal."""
    project = _read(_GOAL_BETWEEN_LABELS).project
    assert project.goal_expected == "保障校舍安全正常使用"
    assert project.goal_actual == "校舍全年安全使用"


def test_garbage_after_the_completion_label_is_no_goal() -> None:
    """An OCR'd stub after the completion label ("公,4") is neither the goal nor what was done."""
    project = _read(_GOAL_BETWEEN_LABELS.replace("校舍全年安全使用", "公,4")).project
    assert project.goal_expected == "保障校舍安全正常使用"
    assert project.goal_actual is None


# The same OCR'd form's score rows: an empty 指标值 cell's dash "—" read as 一, alone in one row, glued before the
# actual's words in another.
_DASH_AS_ONE = ("1、某市本级部门项目支出绩效自评表(2023年)项目名称某某校舍维护经费主管部门某市教育局"
                "一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
                "项目决策(10分)项目目标完整性5一目标明确、内容细化5项目立项相关性5一符合学校发展规划5"
                "项目管理(20分)投入管理预算执行率10一100%9财务管理财务管理制度有效性10一财务制度健全10\n")


def test_a_lone_one_in_a_target_cell_is_a_dash() -> None:
    """"预算执行率 10 一 100% 9": the 一 is the empty target's dash, no target."""
    rate = next(i for i in _read(_DASH_AS_ONE).indicators if i.name == "预算执行率")
    assert rate.target is None


def test_a_dash_glued_before_the_actual_is_cut_off() -> None:
    """"完整性 5 一目标明确、内容细化 5" in a table writing its dashes as 一: the actual is 目标明确、内容细化."""
    read = _read(_DASH_AS_ONE)
    whole = next(i for i in read.indicators if i.name == "完整性")
    assert whole.actual is not None and whole.actual.text == "目标明确、内容细化"
