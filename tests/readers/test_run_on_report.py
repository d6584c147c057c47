"""A whole report run into one line, a space for each break (found by ``flat_shapes.py``'s one-line shape): its
paragraphs, the headings before them and a table's cells between them are lines again. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.readers.run_on_report import split_run_on_report

_META = "admin 2024ab01 1 2025-02-11T09:30:00Z 2025-02-12T03:15:20Z 12.00"
_DUTY = ("负责全县水利工程建设管理、农田水利建设、水资源保护和防汛抗旱，"
         "内设办公室、规划股、建管股3个股室，下属水利站2个。")


def test_headings_and_a_table_before_a_paragraph_are_lines_of_their_own() -> None:
    line = " ".join([
        _META, "某县水利局2024年度部门整体支出绩效自评报告", "一、部门基本情况", _DUTY,
        "二、预算执行情况", "2024年年初预算820万元，调整后预算846.5万元，全年支出830.2万元。",
        "三、绩效指标完成情况", "一级指标：产出指标（60分）",
        "二级指标“数量指标”下设“堤防加固长度”，年度指标值≥12公里，得30分。",
        "表1", "效益指标完成情况", "三级指标", "分值", "得分", "灌溉面积增加", "40", "38",
        "四、自评结论", "经自评，综合得分96.2分，等级为优。"])
    assert split_run_on_report(line).split("\n") == [
        _META, "某县水利局2024年度部门整体支出绩效自评报告", "一、部门基本情况", _DUTY,
        "二、预算执行情况", "2024年年初预算820万元，调整后预算846.5万元，全年支出830.2万元。",
        "三、绩效指标完成情况", "一级指标：产出指标（60分）",
        "二级指标“数量指标”下设“堤防加固长度”，年度指标值≥12公里，得30分。",
        "表1 效益指标完成情况", "三级指标", "分值", "得分", "灌溉面积增加", "40", "38",
        "四、自评结论", "经自评，综合得分96.2分，等级为优。"]


def test_a_line_with_a_space_inside_a_sentence_is_left_as_it_is() -> None:
    # "预算 300 万元，…": the space may sit inside the sentence, so the line is not cut at all (never half of it)
    pieces = ["项目概况 项目年初预算 300 万元，全年执行296万元。", "二、绩效目标 完成全年任务。",
              "三、自评结论 得分95分。", "四、问题 无。", "五、附件 " + _DUTY * 4]
    assert split_run_on_report(" ".join(pieces)) == " ".join(pieces)


def test_a_short_or_prose_line_is_left_as_it_is() -> None:
    text = "一、概况 本单位负责全县供水。 二、预算 年初预算100万元。 三、结论 得分90分。"
    assert split_run_on_report(text) == text


def test_a_report_run_into_one_line_reads_its_indicator_paragraphs(tmp_path: Path) -> None:
    line = " ".join([
        _META, "某县城管局2024年度部门整体支出绩效自评报告", "部门基本情况", _DUTY,
        "绩效指标完成情况", "道路清扫面积", "该指标分值40分，年度目标≥120万平方米，实际完成126万平方米，自评得40分。",
        "垃圾无害化处理率", "该指标分值30分，年度目标≥98%，实际完成97%，自评得29分。",
        "群众满意度", "该指标分值30分，年度目标≥90%，实际完成93.5%，自评得30分。",
        "自评结论", "综合自评得分99分，等级为优秀。"])
    evaluation = read_saved_rows(tmp_path, [line])
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators][:2] == [
        ("道路清扫面积", 40, 40), ("垃圾无害化处理率", 30, 29)]
    assert evaluation.stated_total == Decimal("99")
