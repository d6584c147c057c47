"""The ways people write scores, weights, targets, grades, headings and amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page, read_page_and_warnings

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.extract.numbering_markers import split_marker
from jixiao.readers.extract.scores import stated_deduction, stated_score, weight_in
from jixiao.readers.extract.values import parse_actual, parse_target
from jixiao.readers.source_text import decode, text_to_document
from jixiao.readers.textnorm import match_text
from jixiao.scoring import load_pack


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("该指标绩效评价得分为8.19分。", "8.19"),
        ("得14分", "14"),
        ("评分9.37分", "9.37"),
        ("自评得分：12.5分", "12.5"),
        ("该项得满分", "10"),
        ("按每低1个百分点扣0.5分计算，得分为7分", "7"),
        ("本指标不得分。", "0"),
    ],
)
def test_score_phrases(text: str, score: str) -> None:
    value, _ = stated_score(match_text(text), Decimal(10))
    assert value == Decimal(score)


@pytest.mark.parametrize(
    ("text", "deduction"),
    [("扣2分", "2"), ("扣除1.5分", "1.5"), ("不扣分", "0"), ("每低1个百分点扣0.5分，扣完为止", None)],
)
def test_deduction_phrases(text: str, deduction: str | None) -> None:
    value, _ = stated_deduction(match_text(text))
    assert value == (Decimal(deduction) if deduction is not None else None)


@pytest.mark.parametrize(
    ("text", "weight"),
    [("（5分）", "5"), ("(分值10分)", "10"), ("（权重15%）", "15"), ("（分值：２０分）", "20"),
     ("该指标分值为8分", "8")],
)
def test_weight_phrases(text: str, weight: str) -> None:
    value, _ = weight_in(match_text(text))
    assert value == Decimal(weight)


@pytest.mark.parametrize(
    ("cell", "comparator", "value", "unit"),
    [
        ("≥95%", "≥", "95", "%"),
        ("不低于90%", "≥", "90", "%"),
        ("不少于300人次", "≥", "300", "人次"),
        ("≤1500元", "≤", "1500", "元"),
        ("控制在7个工作日以内", "≤", "7", "个工作日"),
        ("不超过5万元", "≤", "5", "万元"),
        ("0次", "=", "0", "次"),
        ("100%", "≥", "100", "%"),
        ("＜３次", "<", "3", "次"),
        ("≥2万亩", "≥", "2", "万亩"),
    ],
)
def test_targets(cell: str, comparator: str, value: str, unit: str) -> None:
    assert parse_target(cell) == {"comparator": comparator, "value": Decimal(value), "unit": unit}


@pytest.mark.parametrize(
    ("cell", "unit"),
    [("≥12台（套）", "台(套)"), ("5个(处)", "个(处)"), ("≥3项（个）以上", "项(个)")],
)
def test_a_unit_with_its_alternative_counting_word(cell: str, unit: str) -> None:
    value = parse_target(cell)
    assert value is not None and value["unit"] == unit
    actual = parse_actual(cell.lstrip("≥"))
    assert actual is not None and actual["unit"] == unit and "value" in actual


@pytest.mark.parametrize("cell", ["95%（抽样）", "12人（含线上）"])
def test_a_note_in_brackets_is_not_a_unit(cell: str) -> None:
    target = parse_target(cell)
    assert target is not None and "(" not in target["unit"]


def test_qualitative_target_and_actual() -> None:
    assert parse_target("明显提升") == {"text": "明显提升"}
    assert parse_actual("部分达成") == {"tier": "部分达成"}
    assert parse_actual("９８．５％") == {"value": Decimal("98.5"), "unit": "%"}
    assert parse_actual("基本完成，个别延后") == {"text": "基本完成，个别延后"}


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("一、基本情况", "cn", 1), ("十二．其他", "cn", 12), ("（三）预算", "pcn", 3), ("(一) 目的", "pcn", 1),
        ("第二部分 绩效情况", "part", 2), ("1. 职能", "num", 1), ("10、问题", "num", 10), ("1) 机构", "rnum", 1),
        ("（1）预算执行率", "pnum", 1), ("②满意度", "circ", 2), ("１．受益人数", "num", 1), ("2024年度", None, None),
        ("1.5万元", None, None),
    ],
)
def test_heading_markers(line: str, kind: str | None, number: int | None) -> None:
    found_kind, found_number, _ = split_marker(match_text(line))
    assert (found_kind, found_number) == (kind, number)


def test_grades_and_units_in_prose() -> None:
    text = (
        "某某县财政局\n2023年度部门整体支出绩效自评报告\n一、预算情况\n"
        "年初预算2.5亿元，全年预算调整为3亿元，全年执行数为28,500,000.00元。\n"
        "二、评价结论\n本次评价综合得分为82.6分，评价等级为良好。\n"
    )
    evaluation, warnings = read_page_and_warnings(text, "x.txt")
    assert evaluation.budget.initial == Decimal("25000")
    assert evaluation.budget.adjusted == Decimal("30000")
    assert evaluation.budget.executed == Decimal("2850")
    assert evaluation.stated_total == Decimal("82.6")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "良"
    assert "找不到绩效指标" in warnings


def test_gbk_text_decodes() -> None:
    text = "重庆市璧山区大兴镇人民政府２０２４年度整体支出绩效自评报告"
    assert decode(text.encode("gbk"), "x") == text
    assert decode(text.encode("utf-8-sig"), "x") == text
    assert decode(text.encode("utf-16"), "x") == text


def test_markdown_pipe_table_and_markup() -> None:
    document = text_to_document("# 标题\n[bookmark: _GoBack]**正文**\n| a | b |\n|---|---|\n| 1 | 2 |\n", "x.md")
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs] == ["标题", "正文"]
    assert paragraphs[0].heading_level == 1
    assert document.tables[0].rows == [["a", "b"], ["1", "2"]]
    assert document.tables[0].cell_location(1, 1) == "表1第2行第2列"


def test_tab_separated_table_in_text() -> None:
    text = ("某县文化馆\n2023年度整体支出绩效自评报告\n评分表\n"
            "一级指标\t三级指标\t分值\t得分\n产出\t免费开放率\t40\t40\n\t活动场次\t60\t55\n合计\t\t100\t95\n")
    evaluation = read_page(text, "x.txt")
    assert [(i.name, i.level1, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("免费开放率", "产出", Decimal(40), Decimal(40)), ("活动场次", "产出", Decimal(60), Decimal(55))]
    assert evaluation.stated_total == Decimal(95)


def test_table_copied_from_a_web_page_one_cell_per_line() -> None:
    cells = ["项目支出绩效自评表（2023年度）", "项目名称", "乡村道路养护", "一级指标", "三级指标", "指标值", "完成值",
             "分值", "得分", "产出指标", "养护里程", "≥100公里", "120公里", "60", "60", "效益指标", "通行条件",
             "改善", "明显改善", "40", "36", "合计", "100", "96"]
    evaluation = read_page("\n".join(f"{c} |" for c in cells), "web.txt")
    assert evaluation.project is not None and evaluation.project.name == "乡村道路养护"
    assert [(i.name, i.stated_score) for i in evaluation.indicators] == [
        ("养护里程", Decimal(60)), ("通行条件", Decimal(36))]
    assert evaluation.stated_total == Decimal(96)


def test_letter_signature_names_the_unit_and_other_years_are_not_totals() -> None:
    text = ("某府〔2024〕3号\n关于2023年度部门整体支出绩效自评情况的报告\n县财政局：\n"
            "一、上年结果应用\n2022年度我镇整体支出绩效自评得分91.00分，等级为优。\n"
            "二、自评结论\n我镇2023年度整体支出绩效自评得分78.50分，等级为中。\n\n某县某某镇人民政府\n2024年3月1日\n")
    evaluation = read_page(text, "x.txt")
    assert evaluation.year == 2023
    assert evaluation.unit.name == "某县某某镇人民政府"
    assert evaluation.stated_total == Decimal("78.50")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "中"


def test_deduction_only_implies_a_score_marked_as_a_guess() -> None:
    text = "某局\n2023年度整体支出绩效自评报告\n一、指标\n1. 办结率（10分）\n实际完成92%，扣0.8分。\n"
    evaluation = read_page(text, "x.txt")
    indicator = evaluation.indicators[0]
    assert indicator.stated_deduction == Decimal("0.8") and indicator.stated_score == Decimal("9.2")
    assert evaluation.provenance["indicators[0].stated_score"].guessed
    assert not evaluation.provenance["indicators[0].stated_deduction"].guessed


@pytest.mark.parametrize(("cell", "value", "unit"), [("460万人次左右", "460", "万人次"), ("30天上下", "30", "天")])
def test_an_about_word_after_the_number_is_not_part_of_the_unit(cell: str, value: str, unit: str) -> None:
    target = parse_target(cell)
    assert target is not None and (target["value"], target["unit"]) == (Decimal(value), unit)


def test_an_about_target_missed_with_full_score_is_only_a_warning() -> None:
    """"460万人次左右" writes no comparison sign: 455 with the full score holds under ≤, so no error."""
    form = "\n".join([
        "某县示范项目2024年度项目支出绩效自评表",
        "| 项目名称 | 某县示范公交补助 |  |  |  |  |  |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| 产出指标 | 数量指标 | 年客运量 | 460万人次左右 | 455万人次 | 50 | 50 |",
        "| 满意度指标 | 服务对象满意度指标 | 乘客满意度 | ≥90% | 93% | 50 | 50 |",
        "| 总分 |  |  |  |  | 100 | 100 |",
    ])
    evaluation = read_page(form, "form.txt")
    found = [f for f in run_checks(evaluation, load_pack(evaluation.rule_pack)) if f.code == "FULL_SCORE_BELOW_TARGET"]
    assert found and all(f.severity == Severity.WARNING for f in found)
