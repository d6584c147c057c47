"""A value read from a guessed cell (a split of fused figures, a column placed by guess) is itself a guess,
whichever extractor copies it into a fact (issue 10: every such reading marked ``guessed``). Invented forms."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read

from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts
from jixiao.readers.extract.income_spending_halves import income_spending_halves
from jixiao.readers.extract.table_amounts import budget_rows
from jixiao.readers.flat_tokens import line_cells
from jixiao.readers.fused_money import GuessedCell

_FORM = ["项目支出绩效自评表", "（2024年度）", "项目名称乡村图书室运行维护",
         "主管部门某县文化和旅游局实施单位某县图书馆",
         "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"]


def test_a_carry_over_read_from_a_split_of_fused_figures_is_a_guess(tmp_path: Path) -> None:
    # "12.3012.30": two amounts cut at their decimals with nothing between them; the 上年结转 row's amount
    # reaches budget.carry_over through the label/amount pairs, and is marked guessed there too
    evaluation = _read(tmp_path, [*_FORM, "年度资金总额84.0096.3093.181096.76%9.68",
                                  "其中：当年财政拨款84.0084.0080.88———", "上年结转资金12.3012.30———"])
    assert evaluation.budget.carry_over == Decimal("12.30")
    assert evaluation.provenance["budget.carry_over"].guessed
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_the_same_carry_over_written_in_cells_is_no_guess(tmp_path: Path) -> None:
    rows = [*_FORM[:4], "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
            "年度资金总额 | 84.00 | 96.30 | 93.18 | 10 | 96.76% | 9.68",
            "其中：当年财政拨款 | 84.00 | 84.00 | 80.88 | — | — | —", "上年结转资金 | 12.30 | 12.30 | — | — | — | —"]
    evaluation = _read(tmp_path, rows)
    assert evaluation.budget.carry_over == Decimal("12.30")
    assert not evaluation.provenance["budget.carry_over"].guessed


def test_figures_cut_apart_at_their_decimals_are_guessed_cells() -> None:
    cells = line_cells("上年结转资金12.3012.30———")
    assert cells == ["上年结转资金", "12.30", "12.30", "———"]
    assert [isinstance(cell, GuessedCell) for cell in cells] == [False, True, True, False]
    # a figure after a % or a unit is cut at a character the page wrote: no guess
    cells = line_cells("数量指标开放天数≥300天312天1010")
    assert cells is not None and not any(isinstance(cell, GuessedCell) for cell in cells)


def test_label_amount_pairs_from_guessed_cells_are_guesses() -> None:
    table = Table([["收入合计", "150.00"], ["上年结转", "20.00"], ["财政拨款收入", "130.00"]], "表1",
                  guessed=frozenset({(1, 1), (2, 1)}))
    facts = Facts()
    budget_rows(table, "万元", facts)
    assert not facts.refs["budget.income_total"].guessed
    assert facts.refs["budget.carry_over"].guessed
    assert facts.refs["budget.income_items"].guessed  # an item read from a guessed cell: the list a guess


def test_side_by_side_items_from_a_guessed_cell_are_a_guess() -> None:
    rows = [["收入项目", "金额（万元）", "支出项目", "金额（万元）"],
            ["财政拨款收入", "130.00", "基本支出", "100.00"], ["其他收入", "20.00", "项目支出", "50.00"],
            ["收入合计", "150.00", "支出合计", "150.00"]]
    facts = Facts()
    assert income_spending_halves(Table(rows, "表1", guessed=frozenset({(2, 1)})), "万元", facts)
    assert facts.refs["budget.income_items"].guessed
    assert not facts.refs["budget.expenditure_items"].guessed
