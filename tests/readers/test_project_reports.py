"""Project reports: project name, implementing unit, overall goal (预期/实际) and the unit's name
without the project's, from text, Word and PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import facts_of, read_page

from jixiao.model import Evaluation
from jixiao.readers import read_any

UNIT = "山东省济南市历下区卫生健康委员会"
PROJECT = "基本公共卫生服务项目"


def read(text: str) -> Evaluation:
    evaluation = read_page(text, "x.txt")
    return evaluation


def test_labels_under_a_two_line_title_are_not_joined_to_it() -> None:
    evaluation = read(f"{UNIT}{PROJECT}\n2023年度项目支出绩效自评报告\n项目名称：{PROJECT}\n实施单位：{UNIT}\n"
                      "一、项目概况\n本项目由实施单位组织实施，旨在提升公共服务水平。\n"
                      "项目年度总体目标：为辖区常住居民建立健康档案5万份。\n"
                      "总体目标完成情况：全年建立健康档案4.8万份。\n")
    assert evaluation.kind.value == "项目支出"
    assert evaluation.unit.name == UNIT
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == (PROJECT, UNIT)
    assert evaluation.project.goal_expected == "为辖区常住居民建立健康档案5万份。"  # (its closing 。 kept)
    assert evaluation.project.goal_actual == "全年建立健康档案4.8万份。"


@pytest.mark.parametrize(
    ("title", "unit", "project"),
    [
        (f"{UNIT}{PROJECT}2023年度绩效自评报告", UNIT, PROJECT),
        ("关于某县人民医院医疗设备购置项目2022年度支出绩效自评报告", "某县人民医院", "医疗设备购置项目"),
        ("某市第一中学校园安全改造专项资金2024年度绩效自评报告", "某市第一中学", "校园安全改造专项资金"),
    ],
)
def test_title_naming_unit_and_project_together_is_split(title: str, unit: str, project: str) -> None:
    evaluation = read(f"{title}\n一、基本情况\n本项目按计划实施。\n")
    assert evaluation.unit.name == unit
    assert evaluation.project is not None and evaluation.project.name == project
    assert evaluation.provenance["project.name"].guessed


def test_implementing_unit_splits_the_title() -> None:
    evaluation = read(f"{UNIT}城乡环境整治专项\n2023年度绩效自评报告\n实施单位：{UNIT}\n一、基本情况\n按计划实施。\n")
    assert evaluation.unit.name == UNIT
    assert evaluation.project is not None and evaluation.project.name == "城乡环境整治专项"


def test_indicator_targets_are_not_the_overall_goal() -> None:
    evaluation = read(f"{UNIT}{PROJECT}\n2023年度项目支出绩效自评报告\n项目名称：{PROJECT}\n一、指标\n"
                      "1. 建档率（20分）\n年度目标为≥95%，实际完成96%，得20分。\n")
    assert evaluation.project is not None and evaluation.project.goal_expected is None


def _project(example: Evaluation) -> Evaluation:
    data = facts_of(example, "json")
    data.update(kind="项目支出", title=f"{UNIT}{PROJECT}2023年度项目支出绩效自评报告", year=2023)
    data["unit"] = {"name": UNIT, "supervising_department": "山东省济南市历下区人民政府"}
    data["project"] = {"name": PROJECT, "implementing_unit": UNIT,
                       "goal_expected": "为辖区常住居民建立健康档案5万份，高血压患者规范管理率达到70%。",
                       "goal_actual": "全年建立健康档案4.8万份，高血压患者规范管理率68%。"}  # closed, as units write
    for key in ("income_total", "income_items", "expenditure_total", "expenditure_items"):
        data["budget"].pop(key, None)
    return Evaluation.model_validate(data)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf", "xlsx", "md"])
def test_rendered_project_report_reads_back(fmt: str, example: Evaluation, tmp_path: Path) -> None:
    from jixiao.writers import render

    evaluation = _project(example)
    got = read_any(render(evaluation, fmt, tmp_path / f"p.{fmt}")).evaluation
    assert got.kind.value == "项目支出"
    assert got.unit.name == UNIT
    assert got.project is not None and evaluation.project is not None
    assert got.project.name == PROJECT
    assert got.project.implementing_unit == UNIT
    assert got.project.goal_expected == evaluation.project.goal_expected
    assert got.project.goal_actual == evaluation.project.goal_actual
    assert got.budget.executed == Decimal("7693.91")


def test_hard_wrapped_text_is_still_rejoined() -> None:
    """Text copied from a PDF, broken every 20 characters: the wraps are undone, the labels are not."""
    body = ("本项目年初预算1,000.00万元，全年调整预算1,200.00万元，全年执行1,150.00万元，预算执行率95.83%。"
            "项目实施过程中严格执行资金管理办法，按进度拨付资金，未发现挤占挪用情况。")
    wrapped = "\n".join(body[i:i + 20] for i in range(0, len(body), 20))
    evaluation = read(f"{UNIT}{PROJECT}\n2023年度项目支出绩效自评报告\n项目名称：{PROJECT}\n一、项目概况\n{wrapped}\n")
    assert evaluation.budget.executed == Decimal("1150.00")
    assert evaluation.budget.stated_execution_rate == Decimal("95.83")
    assert evaluation.project is not None and evaluation.project.name == PROJECT
