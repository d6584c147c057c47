"""Shapes of the lure set (docs/reader-corpora/lure.md) that led the reader to a reading a check then took for an
inconsistency, each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page as _read

_HEAD = "某县林业局2024年度部门整体支出绩效自评报告\n一、预算执行情况\n"


# a money table whose label column names the department's units (单位 | 年初预算数 …): its 合计 row is the department's
@pytest.mark.parametrize("label", ["单位", "预算单位", "单位名称"])
def test_units_table_as_tab_separated_text(label: str) -> None:
    text = _HEAD + "\n".join([
        f"{label}\t年初预算数\t全年预算数\t全年执行数\t执行率",
        "局机关本级\t400.00\t450.00\t441.00\t98.00%",
        "县林业站\t200.00\t250.00\t240.00\t96.00%",
        "合计\t600.00\t700.00\t681.00\t97.29%", ""])
    budget = _read(text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == \
        (Decimal("600.00"), Decimal("700.00"), Decimal("681.00"))
    assert budget.stated_execution_rate == Decimal("97.29")


# a table listing several projects, each with its money and rate: none of its rows is the report's money
def test_a_list_of_projects_is_not_the_money_block() -> None:
    text = _HEAD + "\n".join([
        "2024年实施重点项目如下（单位：万元）：", "",
        "| 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 |", "|---|---|---|---|---|",
        "| 森林防火项目 | 300.00 | 270.00 | 90.00% | 88.00 |",
        "| 国土绿化项目 | 120.00 | 120.00 | 100.00% | 96.50 |", "",
        "全年预算1,860.00万元，全年执行1,820.40万元，预算执行率97.87%。", ""])
    evaluation = _read(text, "report.md")
    assert evaluation.budget.adjusted == Decimal("1860.00")
    assert evaluation.budget.stated_execution_rate == Decimal("97.87")
    assert "budget.adjusted" not in evaluation.alternatives
    assert not [i for i in evaluation.indicators if i.name == "预算执行率"]
    assert evaluation.reading is not None and evaluation.reading.tables_not_understood == []  # read: a list of projects


# "其中局机关本级全年执行…，执行率…": a part's rate, not the department's
def test_a_parts_rate_after_qizhong() -> None:
    text = _HEAD + ("全年预算700.00万元，全年执行681.00万元。其中局机关本级全年执行441.00万元，执行率98.00%。"
                    "部门预算执行率97.29%。\n")
    assert _read(text).budget.stated_execution_rate == Decimal("97.29")


# 年初结转和结余 and 年末结转和结余: the closing balance is the carry-over, the opening one the opening balance
def test_opening_and_closing_balances_in_prose() -> None:
    text = _HEAD + ("本年收入合计512.00万元，本年支出合计488.30万元；"
                    "年初结转和结余40.10万元，年末结转和结余63.80万元。\n")
    budget = _read(text).budget
    assert (budget.carry_over, budget.opening_balance) == (Decimal("63.80"), Decimal("40.10"))


def test_only_an_opening_balance_is_also_the_carry_over() -> None:
    budget = _read(_HEAD + "收入合计含上年结转26.50万元。\n").budget
    assert (budget.carry_over, budget.opening_balance) == (Decimal("26.50"), Decimal("26.50"))


def test_closing_balance_row_is_no_item_of_the_spending() -> None:
    text = _HEAD + "\n".join([
        "| 项目 | 金额（万元） |", "|---|---|", "| 年初结转和结余 | 40.10 |", "| 本年收入合计 | 512.00 |",
        "| 其中：财政拨款收入 | 500.00 |", "| 其他收入 | 12.00 |", "| 本年支出合计 | 488.30 |",
        "| 其中：基本支出 | 300.30 |", "| 项目支出 | 188.00 |", "| 年末结转和结余 | 63.80 |", ""])
    budget = _read(text, "report.md").budget
    assert [i.name for i in budget.expenditure_items] == ["基本支出", "项目支出"]
    assert (budget.carry_over, budget.opening_balance) == (Decimal("63.80"), Decimal("40.10"))


# "收入项目 | 金额" with the items first and 合计 last: the 合计 row is the income total
@pytest.mark.parametrize(("side", "field"), [("收入项目", "income"), ("支出项目", "expenditure")])
def test_side_headed_table_with_the_total_last(side: str, field: str) -> None:
    text = _HEAD + "\n".join([
        f"| {side} | 金额 |", "|---|---|", "| 财政拨款 | 300.00 |", "| 其他 | 25.50 |", "| 合计 | 325.50 |", ""])
    budget = _read(text, "report.md").budget
    assert getattr(budget, f"{field}_total") == Decimal("325.50")
    assert [i.amount for i in getattr(budget, f"{field}_items")] == [Decimal("300.00"), Decimal("25.50")]


# a text transcribed from an image that says so: every figure read from it is a guess
@pytest.mark.parametrize(("note", "guessed"), [
    ("（注：以下内容为附件图片识别，个别文字可能不准确，请以附件为准）", True),
    ("（注：以下内容摘自本局年度报告）", False)])
def test_a_transcription_that_may_be_wrong(note: str, guessed: bool) -> None:
    evaluation = _read(_HEAD + note + "\n全年预算700.00万元，全年执行681.00万元，预算执行率97.29%。\n")
    assert evaluation.budget.adjusted == Decimal("700.00")
    assert evaluation.provenance["budget.adjusted"].guessed is guessed


# the blocks' weights listed in one sentence, adding up to the full mark
@pytest.mark.parametrize(("sentence", "weights"), [
    ("其中预算执行10分、产出指标50分、效益指标30分、满意度指标10分，合计100分。",
     {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}),
    ("本次自评中，产出指标权重40分，效益指标40分，满意度指标20分。",
     {"产出指标": 40, "效益指标": 40, "满意度指标": 20}),
    ("指标体系由产出指标（50分）、效益指标（30分）、满意度指标（20分）三部分构成，满分100分。",
     {"产出指标": 50, "效益指标": 30, "满意度指标": 20}),
    ("产出指标50分、效益指标30分、满意度指标10分。", {}),  # 90: not the whole mark, no reading
])
def test_block_weights_in_a_sentence(sentence: str, weights: dict[str, int]) -> None:
    found = _read(_HEAD + sentence + "\n").stated_block_weights
    assert {k: int(v) for k, v in found.items()} == weights


# two text columns whose lines do not keep step: a larger title on the left shifts its lines against the right's
def test_two_columns_out_of_step() -> None:
    from jixiao.readers.page_layout import Line
    from jixiao.readers.pdf_columns import set_columns

    left = [Line(f"左{i}", 90, 290, top, top / 800, 12, 1, i)
            for i, top in enumerate((97, 116, 135, 156, 186, 205, 225))]
    right = [Line(f"右{i}", 317, 520, top, top / 800, 12, 1, 10 + i)
             for i, top in enumerate((100, 119, 139, 169, 199, 219, 239))]
    lines = left + right
    set_columns(lines, 612)
    assert [ln.text for ln in lines] == [ln.text for ln in left + right]
    assert {ln.column for ln in left} == {1} and {ln.column for ln in right} == {2}


# indicators the text names as lower-is-better: a bare target of theirs is a ceiling
@pytest.mark.parametrize(("note", "sign"), [("项目管理费用控制率、突发事件发生率为反向指标，越低越好。", "≤"),
                                            ("反向指标：项目管理费用控制率。", "≤"), ("", "≥")])
def test_a_bare_target_of_an_indicator_named_lower_is_better(note: str, sign: str) -> None:
    text = _HEAD + note + "\n" + "\n".join([
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |", "|---|---|---|---|---|---|---|",
        "| 产出指标 | 成本指标 | 项目管理费用控制率 | 100% | 96.2% | 50 | 50 |",
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 90% | 93% | 50 | 50 |", ""])
    found = {i.name: i.target for i in _read(text, "report.md").indicators}
    assert found["项目管理费用控制率"].comparator.value == sign
    assert found["群众满意度"].comparator.value == "≥"


# last year's figures beside this year's: a 上年决算数 | 本年决算数 table, an aside on last year's score
def test_last_and_this_years_columns() -> None:
    text = _HEAD + "\n".join([
        "| 项目 | 上年决算数 | 本年决算数 |", "|---|---|---|", "| 收入合计 | 310.20 | 362.40 |",
        "| 财政拨款收入 | 300.20 | 340.40 |", "| 其他收入 | 10.00 | 22.00 |", "| 支出合计 | 298.60 | 362.40 |",
        "| 基本支出 | 120.00 | 130.40 |", "| 项目支出 | 178.60 | 232.00 |", "",
        "经自评，我局2024年度自评得分95.50分（上年92.18分），自评等级为优。", ""])
    evaluation = _read(text, "report.md")
    assert evaluation.budget.income_total == Decimal("362.40")
    assert [i.amount for i in evaluation.budget.expenditure_items] == [Decimal("130.40"), Decimal("232.00")]
    assert (evaluation.stated_total, evaluation.stated_grade.value) == (Decimal("95.50"), "优")


# a rate with a bracketed note on its base: the adjusted budget's is the execution rate, the initial one's is not
@pytest.mark.parametrize(("base", "rate"), [("全年执行数/调整后预算", Decimal("96.32")), ("执行数/年初预算", None)])
def test_a_rate_with_its_base_in_brackets(base: str, rate: Decimal | None) -> None:
    text = _HEAD + (f"年初预算650.00万元，调整后预算720.00万元，全年执行693.50万元，"
                    f"预算执行率（{base}）{rate or 106.69}%。\n")
    assert _read(text).budget.stated_execution_rate == rate


# a target written as a range: from its lower end to its upper, the range kept as written
@pytest.mark.parametrize(("cell", "value", "upper", "unit"), [("90%～95%", "90", "95", "%"),
                                                              ("0.55-0.60", "0.55", "0.60", ""),
                                                              ("3至5个工作日", "3", "5", "个工作日")])
def test_a_range_target(cell: str, value: str, upper: str, unit: str) -> None:
    from jixiao.readers.extract.values import parse_target

    assert parse_target(cell) == {"comparator": "≥", "value": Decimal(value), "upper": Decimal(upper), "unit": unit,
                                  "text": cell}


def test_years_apart_are_no_range() -> None:
    """Two years apart are no range of figures and no figure either (left-pages-66: a period, kept as written)."""
    from jixiao.readers.extract.values import parse_target

    assert "value" not in (parse_target("2023-2024") or {})


# an unnumbered item whose bracket pairs two levels that do not end in 指标 (预算执行—预算执行)
def test_an_item_with_a_level_pair_not_ending_in_zhibiao() -> None:
    text = _HEAD + "三、绩效指标完成情况\n" + "\n".join([
        "预算执行率（预算执行—预算执行）：年度指标值100%，实际完成值97.26%，分值10分，自评得分9.73分。",
        "1.造林面积（产出指标—数量指标）：年度指标值≥3.5万亩，实际完成值3.52万亩，分值90分，自评得分90分。", ""])
    found = {i.name: i for i in _read(text).indicators}
    assert (found["预算执行率"].weight, found["预算执行率"].stated_score) == (Decimal(10), Decimal("9.73"))
    assert (found["预算执行率"].level1, found["预算执行率"].level2) == ("预算执行", "预算执行")
