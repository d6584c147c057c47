"""Prose written by many hands: names starting with digits, "，权重X分" headings, scores without 分,
items joined by "；", qualitative targets behind a label, Markdown titles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page

from jixiao.model import Evaluation
from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.scores import stated_score
from jixiao.readers.source_text import text_to_document
from jixiao.readers.textnorm import match_text

_TITLE = "某省某市某县文化旅游局\n2023年度部门整体支出绩效自评报告\n二、绩效指标完成情况\n"


def _read(body: str, source: str = "x.txt", title: str = _TITLE) -> Evaluation:
    return read_page(title + body, source)


# A — an indicator name that starts with digits ----------------------------------------------------


@pytest.mark.parametrize("dot", [".", "．", "、", ". "])
@pytest.mark.parametrize(
    ("name", "target", "actual", "score"),
    [
        ("60岁以上老人免费体检覆盖率", "≥80%", "83.5%", "12"),
        ("120急救电话接通率", "=100%", "100%", "12"),
        ("12345便民热线按期回复率", "≥98%", "96.4%", "11.8"),
        ("110警情处置数量", "不少于18000起", "17520起", "11.68"),
    ],
)
def test_name_starting_with_digits_is_its_own_indicator(dot: str, name: str, target: str, actual: str,
                                                         score: str) -> None:
    body = (f"1{dot}资金到位率（8分）\n年度指标值为100%，实际完成值100%，得8分。\n"
            f"2{dot}{name}（12分）\n年度指标值{target}，实际完成值{actual}，得{score}分。\n"
            f"3{dot}游客满意度（10分）\n年度指标值≥90%，实际完成值93%，得10分。\n")
    indicators = _read(body).indicators
    assert [i.number for i in indicators] == [1, 2, 3]
    assert indicators[1].name == name
    assert indicators[1].weight == Decimal(12)
    assert indicators[1].stated_score == Decimal(score)
    assert indicators[0].stated_score == Decimal(8)  # not overwritten by the next indicator's score


def test_first_indicator_name_starting_with_digits() -> None:
    body = ("1.12345热线工单办结率（15分）\n目标值≥95%，实际完成值97.2%，得15分。\n"
            "2.群众满意度（10分）\n目标值≥90%，实际完成值91%，得10分。\n")
    indicators = _read(body).indicators
    assert [(i.number, i.name) for i in indicators] == [(1, "12345热线工单办结率"), (2, "群众满意度")]


def test_decimals_and_subheading_numbers_are_not_markers() -> None:
    text = ("1.决策（20分）\n1.1项目立项\n1.2绩效目标\n2.过程（20分）\n2.1资金管理\n2.2组织实施\n"
            "3.产出（40分）\n全年完成情况如下：\n1.预算执行率（10分）\n12.5%的资金于四季度支付。\n"
            "2.5万元用于设备维修。\n")
    lines = build_outline(text_to_document(text, "x.txt")).lines
    markers = {line.text: (line.marker_kind, line.number) for line in lines}
    for sub in ("1.1项目立项", "1.2绩效目标", "2.1资金管理", "2.2组织实施", "12.5%的资金于四季度支付。"):
        assert markers[sub] == (None, None), sub
    assert markers["2.5万元用于设备维修。"] == (None, None)
    assert markers["2.过程（20分）"] == ("num", 2)


def test_lone_subheading_under_its_parent_is_not_a_marker() -> None:
    text = "1.决策（20分）\n1.1项目立项规范性\n立项程序规范。\n2.过程（20分）\n资金管理规范。\n"
    lines = build_outline(text_to_document(text, "x.txt")).lines
    assert next(line for line in lines if line.text.startswith("1.1")).marker_kind is None


def test_wrapped_line_starting_with_a_decimal_stays_in_its_indicator() -> None:
    body = ("1.资金到位率（10分）\n年度指标值100%，实际完成值100%，得10分。\n"
            "2.路灯维修数量（10分）\n年度指标值≥40处，全年实际完成\n3.42处路灯更换，得10分。\n")
    indicators = _read(body).indicators
    assert [i.name for i in indicators] == ["资金到位率", "路灯维修数量"]
    assert indicators[1].actual is not None and indicators[1].actual.value == Decimal("3.42")


def test_heading_items_and_inline_items_mixed() -> None:
    body = ("1.资金到位率（10分）\n年度指标值100%，实际完成值100%，得10分。\n"
            "2.80岁以上高龄津贴发放率（15分）：年度指标值100%，实际完成值98%，得14.7分。\n"
            "3.2023年度重点项目开工率（10分）\n年度指标值≥90%，实际完成值95%，得10分。\n")
    indicators = _read(body).indicators
    assert [(i.number, i.name, i.stated_score) for i in indicators] == [
        (1, "资金到位率", Decimal(10)), (2, "80岁以上高龄津贴发放率", Decimal("14.7")),
        (3, "2023年度重点项目开工率", Decimal(10))]


# B — "N、名称，权重X分" headings -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["图书借阅量", "公共文化服务场馆免费开放率", "非物质文化遗产代表性项目保护传承覆盖率"])
@pytest.mark.parametrize("weight_text", ["，权重15分", "，分值15分。", "：分值15分", "，权重15%"])
def test_heading_with_keyed_weight_on_its_own_line(name: str, weight_text: str) -> None:
    body = (f"1、项目资金到位率{weight_text.replace('15', '10')}\n"
            "年度指标值100%，实际完成值100%，得10分。\n"
            f"2、{name}{weight_text}\n"
            "年度指标值≥80%，实际完成值76%，得14.25分。\n")
    indicators = _read(body).indicators
    assert [(i.number, i.name, i.weight) for i in indicators] == [
        (1, "项目资金到位率", Decimal(10)), (2, name, Decimal(15))]
    assert [i.stated_score for i in indicators] == [Decimal(10), Decimal("14.25")]
    assert indicators[1].actual is not None and indicators[1].actual.value == Decimal(76)


def test_heading_weight_and_score_on_one_line() -> None:
    body = ("1、文化惠民演出场次，权重10分。年度指标值≥60场，实际完成值64场，该项得分10。\n"
            "2、基层文化站点免费开放达标率，分值20分。年度指标值≥95%，实际完成值90%，该项得分18.95。\n"
            "3、群众满意度，权重10分。年度指标值≥90%，实际完成值92.3%，自评得分：10\n")
    indicators = _read(body).indicators
    assert [(i.name, i.weight, i.stated_score) for i in indicators] == [
        ("文化惠民演出场次", Decimal(10), Decimal(10)),
        ("基层文化站点免费开放达标率", Decimal(20), Decimal("18.95")),
        ("群众满意度", Decimal(10), Decimal(10)),
    ]
    assert indicators[0].target is not None and indicators[0].target.value == Decimal(60)
    assert indicators[1].actual is not None and indicators[1].actual.value == Decimal(90)


# C — scores written without 分 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "score"),
    [("该项得分7.5。", "7.5"), ("本指标得分7.5", "7.5"), ("自评得分：7.5，", "7.5"), ("得分为7.5；", "7.5"),
     ("该指标评价得分6（满分8分）", "6"), ("得分为０．５。", "0.5")],
)
def test_score_without_the_word_fen(text: str, score: str) -> None:
    value, _ = stated_score(match_text(text), Decimal(8))
    assert value == Decimal(score)


@pytest.mark.parametrize(
    "text",
    ["得分率96.5%。", "权重8分。", "得分2023年有所提高。", "得分3.6万元。", "得分12。", "该项得分9.5/10。",
     "得分为82%"],
)
def test_no_score_read_from_rates_weights_years_or_amounts(text: str) -> None:
    value, _ = stated_score(match_text(text), Decimal(8))
    assert value is None


def test_indicator_with_score_without_fen_keeps_its_facts() -> None:
    body = "1.培训人次（6分）\n计划培训≥500人次，实际培训520人次，该项得分6。\n"
    indicator = _read(body).indicators[0]
    assert (indicator.weight, indicator.stated_score) == (Decimal(6), Decimal(6))
    assert indicator.actual is not None and indicator.actual.value == Decimal(520)


# D — income and expenditure items separated by "；", "、", "，", "。其中" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度收入合计3,150.40万元，其中：财政拨款收入2,980.00万元；事业收入120.40万元；其他收入50.00万元。",
        "本年度收入合计3,150.40万元。其中：财政拨款收入2,980.00万元、事业收入120.40万元、其他收入50.00万元。",
        "本年度收入合计3,150.40万元；其中财政拨款收入2,980.00万元，事业收入120.40万元，其他收入50.00万元。",
        "本年度收入合计3,150.40万元（其中：财政拨款收入2,980.00万元；事业收入120.40万元；其他收入50.00万元）。",
        "本年度收入合计31504000元，其中：财政拨款收入29800000元；事业收入1204000元；其他收入500000元。",
    ],
)
def test_income_items_in_any_separator(sentence: str) -> None:
    budget = _read(sentence + "\n").budget
    assert budget.income_total == Decimal("3150.40")
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", Decimal("2980.00")), ("事业收入", Decimal("120.40")), ("其他收入", Decimal("50.00"))]


def test_items_stop_at_the_next_total_or_a_change() -> None:
    text = ("收入合计860万元，其中：财政拨款收入800万元；其他收入60万元；支出合计842万元，其中：基本支出500万元；"
            "项目支出342万元；比上年减少15万元，主要是会议费压减。\n")
    budget = _read(text).budget
    assert [i.name for i in budget.income_items] == ["财政拨款收入", "其他收入"]
    assert budget.expenditure_total == Decimal(842)
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal(500)), ("项目支出", Decimal(342))]


# E — qualitative targets and actual values behind a label -----------------------------------------


@pytest.mark.parametrize(
    ("narrative", "target", "actual"),
    [
        ("年度指标值：按时完成，实际完成值：已完成，得15分。", "按时完成", "已完成"),
        ("目标值：制度健全；实际值：已修订完善三项制度，得15分。", "制度健全", "已修订完善三项制度"),
        ("指标值为全面完成，完成值为基本完成，扣3分，得12分。", "全面完成", "基本完成"),
        ("年度指标值：2023年10月底前完工，实际完成值：2023年9月完工，得15分。", "2023年10月底前完工", "2023年9月完工"),
    ],
)
def test_qualitative_target_and_actual_behind_a_label(narrative: str, target: str, actual: str) -> None:
    indicator = _read(f"1.档案管理规范性（15分）\n{narrative}\n").indicators[0]
    assert indicator.target is not None and indicator.target.text == target and indicator.target.value is None
    assert indicator.actual is not None and indicator.actual.text == actual and indicator.actual.value is None
    assert indicator.stated_score in (Decimal(15), Decimal(12))


def test_numeric_target_still_wins_over_words() -> None:
    indicator = _read("1.送书下乡册数（10分）\n年度指标值：≥2000册，实际完成值：2150册，得10分。\n").indicators[0]
    assert indicator.target is not None and indicator.target.value == Decimal(2000)
    assert indicator.actual is not None and indicator.actual.value == Decimal(2150)


def test_a_number_beats_a_labelled_phrase_for_a_rate() -> None:
    body = "1.整改完成率（10分）\n目标值：全部整改；实际完成值：已全部整改，整改完成率100%，得10分。\n"
    indicator = _read(body).indicators[0]
    assert indicator.target is not None and indicator.target.text == "全部整改"
    assert indicator.actual is not None and (indicator.actual.value, indicator.actual.unit) == (Decimal(100), "%")


# H — Markdown titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "# 某市某区实验小学\n# 2023年度部门整体支出绩效自评报告\n",
        "# 某市某区实验小学\n## 2023年度部门整体支出绩效自评报告\n",
        "# 某市某区实验小学\n2023年度部门整体支出绩效自评报告\n",
        "# 某市某区实验小学2023年度部门整体支出绩效自评报告\n",
    ],
)
def test_markdown_title_gives_the_unit(title: str) -> None:
    evaluation = _read("## 一、基本情况\n本单位共有教职工86人。\n", "x.md", title)
    assert evaluation.unit.name == "某市某区实验小学"
    assert evaluation.year == 2023


def test_markdown_section_heading_is_not_a_unit() -> None:
    evaluation = _read("## 一、基本情况\n正文。\n", "x.md", "# 2023年度部门整体支出绩效自评报告\n")
    assert evaluation.unit.name == ""
