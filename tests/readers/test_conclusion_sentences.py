"""The report's own verdict sentence in the phrasings ordinary reports use: the stated total and grade, never a
part's score, never the scoring rule's bands (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

_HEAD = "某县农机服务中心2023年度项目支出绩效自评报告\n一、项目概况\n项目预算60万元，实际支出57万元。\n二、自评结论\n"


def _verdict(sentence: str) -> tuple[Decimal | None, str | None]:
    evaluation = read_page(_HEAD + sentence, "report.txt")
    grade = evaluation.stated_grade.value if evaluation.stated_grade is not None else None
    return evaluation.stated_total, grade


@pytest.mark.parametrize(("sentence", "total", "grade"), [
    # a 合计得分 over listed blocks, the grade after it (the grade was cut off as a label's cell)
    ("经自评，决策、过程、产出、效益指标合计得分87.5分，评价等级为良。", "87.5", "良"),
    ("经自评，决策、过程、产出、效益指标合计得分87.5分，评价等级为“良”。", "87.5", "良"),
    # each block's score, then their sum: the sum is the total
    ("产出指标得分37分，效益指标得分27分，满意度指标得分9分，执行率得分9.5分，合计82.5分，等级为良。", "82.5", "良"),
    ("产出指标得分37分，效益指标得分27分，满意度指标得分9分，执行率得分9.5分，总得分82.5分，等级为良。", "82.5", "良"),
    # a total with the full mark in brackets is no indicator
    ("本次自评，项目总得分94.00分（满分100分），绩效评价等级为优。", "94.00", "优"),
    # 自评分 for 自评得分, and the grade before its 等级 word
    ("项目自评分为92分，等级优。", "92", "优"),
    ("自评结果：综合得分为90.6分，属于“优”等级。", "90.6", "优"),
    ("经自评，项目得分84分，为良好等次。", "84", "良"),
    ("本项目自评得分93分，达到优秀等级。", "93", "优"),
])
def test_the_verdict_sentence_gives_total_and_grade(sentence: str, total: str, grade: str) -> None:
    assert _verdict(sentence) == (Decimal(total), grade)


def test_the_rules_bands_are_no_grade() -> None:
    """"90分（含）以上为优秀等级，80-89分为良好等级": how grades are given, not the one this report got."""
    sentence = "评价结果分为四个等级：90分（含）以上为优秀等级，80-89分为良好等级，60分以下为差等级。项目自评得分91分。"
    assert _verdict(sentence) == (Decimal(91), None)


def test_a_works_acceptance_grade_is_no_grade() -> None:
    assert _verdict("项目竣工验收，质量鉴定为合格等级。")[1] is None
