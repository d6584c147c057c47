"""Shapes of the forty-fourth set (docs/reader-corpora/fortyfourth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_docx, read_page, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_CARDS = """某县农业农村局
2022年耕地地力保护补贴项目绩效自评报告

项目名称：2022年耕地地力保护补贴项目
主管部门：某县农业农村局
实施单位：某县农业技术推广中心

一、资金情况
年初预算：200.00万元
全年预算：200.00万元
全年执行：190.00万元
预算执行率：95.00%（分值10分，得分9.5分）

二、绩效指标完成情况

【产出指标 · 数量指标】
▌补贴发放农户数
指标值：≥5000户
完成值：5120户
分值/得分：30/30
▌补贴面积
指标值：≥8万亩
完成值：7.6万亩
分值/得分：20/19
偏差原因：部分耕地改为设施用地

【效益指标 · 社会效益指标】
▌耕地地力等级提升
指标值：≥0.2等
完成值：0.2等
分值/得分：20/20

【满意度指标 · 服务对象满意度指标】
▌农户满意度
指标值：≥90%
完成值：92%
分值/得分：20/20

三、自评结论
项目自评得分98.5分，等级为“优”。
"""


def test_a_indicator_cards_under_level_captions(tmp_path: Path) -> None:
    """A phone article's indicator cards — "【一级 · 二级】" captions, "▌名称", 指标值： / 完成值： lines and one
    "分值/得分：30/30" line — read as the form's rows, each card's levels from the caption above it; the caption
    after a 偏差原因 line is no wrapped part of it (before, one indicator named after the section, the rest lost)."""
    page = read_saved(tmp_path, _CARDS)
    rows = indicator_rows(page, "level1", "level2", "name", "weight", "stated_score")
    assert rows[1:] == [
        ("产出指标", "数量指标", "补贴发放农户数", Decimal(30), Decimal(30)),
        ("产出指标", "数量指标", "补贴面积", Decimal(20), Decimal(19)),
        ("效益指标", "社会效益指标", "耕地地力等级提升", Decimal(20), Decimal(20)),
        ("满意度指标", "服务对象满意度指标", "农户满意度", Decimal(20), Decimal(20))]
    assert page.indicators[2].deviation_note == "部分耕地改为设施用地"
    assert page.indicators[2].actual is not None and page.indicators[2].actual.value == Decimal("7.6")
    assert page.stated_total == Decimal("98.5")
    assert not [f.code for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_a_joined_label_needs_a_value_for_each_of_its_labels(tmp_path: Path) -> None:
    """"分值/得分：20" (one value for two labels) is not split: no score is made up from it."""
    page = read_saved(tmp_path, _CARDS.replace("分值/得分：20/19", "分值/得分：20"))
    assert all(ind.name != "补贴面积" or ind.stated_score != Decimal(19) for ind in page.indicators)


def test_b_goal_told_as_year_start_goal_and_completion() -> None:
    """"年初目标：…" then "完成情况：…" lines: the project's goal and what was done (before, neither was read)."""
    page = read_page("某县卫生健康委员会\n2022年免费婚检项目绩效自评报告\n项目名称：2022年免费婚检项目\n"
                     "二、年度目标完成情况\n年初目标：全年为新婚夫妇免费婚检1800对以上。\n"
                     "完成情况：全年完成免费婚检1862对。\n三、自评结论\n项目自评得分96分，等级为优。\n")
    assert page.project is not None
    assert page.project.goal_expected == "全年为新婚夫妇免费婚检1800对以上。"
    assert page.project.goal_actual == "全年完成免费婚检1862对。"


def test_b_a_question_on_the_goal_is_no_goal() -> None:
    """"年初目标是否明确：…" / "总体目标是否明确：…" ask whether the goal is clear; 是否 is no "是" linking a goal
    (before, "否明确：…" was read as the goal)."""
    for asked in ("年初目标", "总体目标"):
        page = read_page(f"某县某局2023年度某某项目支出绩效自评报告\n一、项目概况\n{asked}是否明确：本项目目标明确。\n"
                         "完成情况：已完成全部建设任务。\n")
        assert page.project is None or page.project.goal_expected is None


def test_b_goal_heads_behind_the_forms_section_cell(tmp_path: Path) -> None:
    """The Sichuan form's "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况" (the section's cell
    merged down, the numbered label next), the texts in the row below: the goal and its outcome (before, neither)."""
    page = read_docx(tmp_path, [
        "部门预算项目支出绩效自评表（2023年度）",
        [["项目名称", "", "某县乡村文化活动补助资金", ""],
         ["主管部门", "", "某县文化广播电视和旅游局", ""],
         ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况"],
         ["项目基本情况", "1.项目年度目标完成情况", "全年开展乡村文化活动60场以上。", "全年开展乡村文化活动64场。"]]])
    assert page.project is not None
    assert page.project.goal_expected == "全年开展乡村文化活动60场以上。"
    assert page.project.goal_actual == "全年开展乡村文化活动64场。"
