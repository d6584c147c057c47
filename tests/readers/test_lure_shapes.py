"""Shapes of the lure set (docs/reader-corpora/lure.md) that led the reader to a reading a check then took for an
inconsistency, each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str, source: str = "report.txt"):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, source))[0]


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
