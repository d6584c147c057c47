"""Stop 48's third review (docs/reader-corpora/review-48-third.md): what this stop's first-round reader changes did
on odd input, each as an invented snippet (invented units, funds and figures, no text of any page)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import read_page as _read

from jixiao.readers.flat_glued_scores import unglued_scores
from jixiao.readers.money_item_rows import _FORMULA

_HEAD = "2022年己村饮水安全巩固项目支出绩效评价报告\n一、项目概况\n"


@pytest.mark.parametrize("sought", [
    "下一步,该项目将积极争取省级农村供水资金450万元。",
    "2023年计划争取中央水利发展资金450万元。",
    "预计获得市级配套资金450万元。",
    "将进一步争取县级财政资金450万元。",
])
def test_money_sought_is_no_project_money(sought: str) -> None:
    """"将积极争取省级某某资金450万元" is money the project seeks, never money it got: no budget (before, 450 was read
    as the project's 全年预算)."""
    assert _read(_HEAD + sought + "\n").budget.adjusted is None


def test_money_got_is_still_read() -> None:
    """...while money got, with 争取 or 争取到 ("该项目争取省级某某资金", "争取到市级…"), stays the project's."""
    assert _read(_HEAD + "2022年,该项目争取到市级供水资金62万元。\n").budget.adjusted == Decimal("62")
    assert _read(_HEAD + "2022年,该项目争取省级供水资金62万元。\n").budget.adjusted == Decimal("62")


def test_glued_scores_on_a_long_line() -> None:
    """Scores glued to the next row's name on a line of many rows (a whole form on one line): every score its own
    cell, each row's figure looked up among the parts before it once (the parts are no longer cut again for each
    glued score)."""
    rows = " ".join(f"甲项{i}完成率 ≥90% 2 95% 2" for i in range(400))
    glued = rows.replace(" 2 甲", " 2甲")
    assert unglued_scores(glued) == rows


@pytest.mark.parametrize(("cell", "item"), [
    ("资金执行率(实际支出/当年下达额度)", "资金执行率"),
    ("资金执行率 （实际支出÷当年下达额度）", "资金执行率"),
    ("资金执行率(甲/乙/丙)", "资金执行率"),
    ("资金执行率(甲乙)", "资金执行率(甲乙)"),
    ("资金执行率(" + "/" * 3000, "资金执行率(" + "/" * 3000),
    ("资金执行率(甲/乙)说明", "资金执行率(甲/乙)说明"),
])
def test_a_formula_after_an_item(cell: str, item: str) -> None:
    """The formula in brackets after a money item ("(实际支出/当年下达额度)") cut off, its first slash the split (a
    cell of thousands of slashes is one pass); brackets with no slash, or words after them, stay."""
    assert _FORMULA.sub("", cell) == item


def test_a_heading_run_too_long_for_a_weight_and_score() -> None:
    """A heading's run of figures cut into its weight and score by the outline's sums ("3028.5": 30 | 28.5); a run
    longer than a weight and a score ever are is left unread (before, each of its cuts was tried and converted:
    quadratic on a long run, and a run of 30 zeros after "5." was still cut as a score of 5)."""
    from jixiao.readers.flat_outline_figures import _cut  # (the cut alone: the outline around it plays no part)

    assert _cut("3028.5", {Decimal(30)}) == ("30", "28.5")
    assert _cut("105." + "0" * 30, {Decimal(10)}) is None
