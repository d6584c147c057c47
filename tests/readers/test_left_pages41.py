"""Shapes the real pages still below 90 % showed at stop 36's second round (docs/reader-corpora/left-pages-41.md),
each as an invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.model import Comparator

# a form whose cells run together row by row, each row on its own line, under the goal rows
_FUSED_ROWS = ("财政项目支出绩效自评表\n"
               "2022年度\n"
               "项目名称河道保洁养护\n"
               "主管部门某区某镇人民政府实施单位某区某镇人民政府\n"
               "年度总体目标预期目标实际完成情况\n"
               "完成全镇河道日常保洁,改善水环境质量。\n"
               "全年完成情况良好\n"
               "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
               "产出指标数量指标河道保洁覆盖率100%100%2020 \n"
               "保洁频次达标率100%95%1515 \n"
               "质量指标保洁验收合格率100%90%1010管理不够到位\n"
               "满意度指标服务对象满意度指标沿河居民满意度≧90%≧85%1010宣传不够\n"
               "总分:96\n")


def test_a_goal_result_over_the_indicator_header_is_no_header_cell() -> None:
    """"全年完成情况良好" (the goal row's result) on the line above "…年度指标值实际完成值分值得分…": it begins with a
    完成情况 head word, but the header names that column itself; the header starts after it and its rows are read."""
    read = _read(_FUSED_ROWS)
    rows = {i.name: i for i in read.indicators}
    assert rows["河道保洁覆盖率"].level1 == "产出指标"
    assert (rows["河道保洁覆盖率"].weight, rows["河道保洁覆盖率"].stated_score) == (Decimal(20), Decimal(20))
    assert rows["保洁频次达标率"].actual is not None and rows["保洁频次达标率"].actual.value == Decimal(95)
    assert rows["保洁验收合格率"].deviation_note == "管理不够到位"


def test_a_look_alike_comparison_sign_is_read_as_its_sign() -> None:
    """"≧90%" (U+2267, a font's look-alike of ≥) in a fused row: the sign, not a character of the name."""
    row = next(i for i in _read(_FUSED_ROWS).indicators if i.name == "沿河居民满意度")
    assert row.target is not None and (row.target.comparator, row.target.value) == (Comparator.GE, Decimal(90))
    assert row.actual is not None and row.actual.value == Decimal(85)
    assert (row.weight, row.stated_score) == (Decimal(10), Decimal(10))


def test_a_qualitative_target_and_its_qualified_actual_are_cut_off_the_name() -> None:
    """"某某及时性及时较及时77" and "某某程度达标基本达标55" in fused rows: the name, the target word and the same
    word after a degree word (较, 基本) as the actual."""
    rows_after = "时效指标清运及时性及时较及时55 \n生态效益指标水面整洁程度达标基本达标55 \n"
    read = _read(_FUSED_ROWS.replace("总分:96\n", rows_after + "总分:96\n"))
    rows = {i.name: i for i in read.indicators}
    timely, tidy = rows["清运及时性"], rows["水面整洁程度"]
    assert timely.target is not None and timely.target.text == "及时"
    assert timely.actual is not None and timely.actual.text == "较及时"
    assert tidy.target is not None and tidy.target.text == "达标"
    assert tidy.actual is not None and tidy.actual.text == "基本达标"
    assert (tidy.weight, tidy.stated_score) == (Decimal(5), Decimal(5))


def test_a_goal_written_again_word_for_word_as_its_result_under_a_detached_header() -> None:
    """"总体目标完成情况 | 总体目标 | 全年实际完成情况 |" on a line of its own, then a pipe line whose two cells hold
    the same text: a pipe line writes each cell once, so the copy is the result, not a merged cell's echo."""
    goal = "完成某某乡村卫生室标准化改造5所,配套诊疗设备30台。"
    read = _read("专项资金项目绩效自评表 | |||||||\n(2023年度) | |||||||\n项目名称 | 某县乡村卫生室改造项目 | ||||||\n"
                 "总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||||\n"
                 f"{goal} | {goal} | ||||||\n")
    assert read.project is not None
    assert (read.project.goal_expected, read.project.goal_actual) == (goal, goal)


def test_a_satisfaction_rate_told_in_passing_is_the_reports_one_result() -> None:
    """A project report whose only indicator result is "…社会效益较显著,受益农户满意度98%。": an indicator with the
    rate reached (no target, weight or score stated); "满意度目标≥90%" is a target, no result."""
    report = ("某乡2023年某某灌渠改造项目绩效目标自评报告\n一、项目基本情况\n安排项目资金48万元,用于某某灌渠改造。\n"
              "三、绩效目标完成情况\n项目已验收,灌溉条件改善,社会效益较显著,{}\n")
    read = _read(report.format("受益农户满意度98%。"))
    assert [(i.name, i.weight) for i in read.indicators] == [("受益农户满意度", None)]
    assert read.indicators[0].actual is not None and read.indicators[0].actual.value == Decimal(98)
    assert not _read(report.format("受益农户满意度目标≥90%。")).indicators


def test_a_carried_row_of_text_values_is_read() -> None:
    """"保洁台账完整性完整完整55 " under the row above's merged level cells: no figure or sign before the fused points,
    so the name, the text target and the text actual are cut off the words run together before them."""
    read = _read(_FUSED_ROWS.replace("总分:96\n", "保洁台账完整性完整完整55 \n总分:96\n"))
    row = next(i for i in read.indicators if i.name == "保洁台账完整性")
    assert row.target is not None and row.target.text == "完整"
    assert row.actual is not None and row.actual.text == "完整"
    assert (row.weight, row.stated_score) == (Decimal(5), Decimal(5))
