"""Numbered prose indicators "N．二级：“名称”指标，年度目标值…，实际完成…，权重W分，自评得分S分。" and the
budget paragraph that scores its own 执行率 ("…预算执行率X%，该项权重W分，自评得分S分。")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.model import Evaluation

_TITLE = "农村饮水安全巩固提升专项资金绩效自评报告\n"


def _read(body: str) -> Evaluation:
    return read_page(_TITLE + body)


@pytest.mark.parametrize(
    "name",
    ["供水", "集中供水工程水质检测合格率", "农村集中供水工程管网改造延伸覆盖行政村数量"],  # short to long
)
def test_quoted_name_under_its_level2_label_whatever_its_length(name: str) -> None:
    body = ("（二）产出指标完成情况\n"
            "1．数量指标：“新建蓄水池座数”指标，年度目标值≥40座，实际完成42座，权重20分，自评得分20分。\n"
            f"2．质量指标：“{name}”指标，年度目标值≥98%，实际完成96.2%，权重15分，自评得分13.5分。\n")
    evaluation = _read(body)
    by_name = {i.name: i for i in evaluation.indicators}
    assert set(by_name) == {"新建蓄水池座数", name}
    item = by_name[name]
    assert (item.level1, item.level2) == ("产出指标", "质量指标")
    assert (item.weight, item.stated_score) == (Decimal(15), Decimal("13.5"))
    assert item.target is not None and (item.target.comparator, item.target.value) == ("≥", Decimal(98))
    assert item.actual is not None and item.actual.value == Decimal("96.2")


def test_quoted_name_without_a_level_label() -> None:
    body = ("（三）效益指标完成情况\n"
            "1．“受益群众饮水保障人数”指标，年度目标值≥3.2万人，实际完成3.5万人，权重20分，自评得分20分。\n")
    [item] = _read(body).indicators
    assert item.name == "受益群众饮水保障人数"
    assert (item.level1, item.weight, item.stated_score) == ("效益指标", Decimal(20), Decimal(20))


def test_a_name_with_quoted_words_inside_keeps_them() -> None:
    body = "（一）产出指标完成情况\n1．“放管服”改革事项办结率（10分）：目标≥95%，实际完成97%，得10分。\n"
    [item] = _read(body).indicators
    assert item.name == "“放管服”改革事项办结率"


def test_budget_paragraph_scoring_its_execution_rate_is_the_execution_indicator() -> None:
    body = ("一、项目基本情况\n该资金由某县水利局组织实施。\n"
            "二、资金投入和使用情况\n"
            "2023年上级财政下达本项目预算资金2,480.00万元，实际支出2,390.60万元，预算执行率96.40%，"
            "该项权重10分，自评得分9.6分。\n"
            "三、绩效目标完成情况\n"
            "1．数量指标：“新建蓄水池座数”指标，年度目标值≥40座，实际完成42座，权重90分，自评得分88分。\n")
    evaluation = _read(body)
    by_name = {i.name: i for i in evaluation.indicators}
    assert set(by_name) == {"预算执行率", "新建蓄水池座数"}
    execution = by_name["预算执行率"]
    assert (execution.weight, execution.stated_score) == (Decimal(10), Decimal("9.6"))
    assert execution.actual is not None and execution.actual.value == Decimal("96.40")


def test_unquoted_name_before_its_target_under_a_level2_label() -> None:
    body = ("（二）产出指标完成情况\n"
            "1．质量指标：农村集中供水工程水质检测合格率，年度目标值≥98%，实际完成96.2%，权重15分，自评得分13.5分。\n")
    [item] = _read(body).indicators
    assert (item.name, item.level2, item.weight, item.stated_score) == (
        "农村集中供水工程水质检测合格率", "质量指标", Decimal(15), Decimal("13.5"))
