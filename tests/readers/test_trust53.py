"""False errors under damage that trust52 left (stop 46, trust53): each a text damaged as a viewer or a search excerpt
gives it (lines joined into one, lines re-wrapped), read as ``jixiao parse`` reads a txt. Invented snippets."""

from __future__ import annotations

from pathlib import Path

from corpus import errors
from page_reading import read_saved

HALVES = [
    "甲县某某服务中心2024年度单位整体支出绩效自评报告",
    "一、收支情况（单位：万元）",
    "收入项目 | 金额 | 支出项目 | 金额 |",
    "财政拨款收入 | 1,200.50 | 基本支出 | 900.20 |",
    "事业收入 | 300.00 | 项目支出 | 500.30 |",
    "其他收入 | 20.00 |  |  |",
    "收入合计 | 1,520.50 | 支出合计 | 1,400.50 |",
    "二、自评结论",
]


def _joined(*lines: str) -> str:
    return " ".join(lines) + "\n"


def test_income_beside_spending_joined_after_its_caption_is_no_spending(tmp_path: Path) -> None:
    """收入项目 | 金额 | 支出项目 | 金额 joined into one line with the caption before it: the first half's label head
    ends the caption's cell, and the second half (支出项目 | 金额) was read as a table of its own, every income row an
    item of spending (a false EXPENDITURE_SUM_MISMATCH)."""
    evaluation = read_saved(tmp_path, _joined(*HALVES))
    names = [item.name for item in evaluation.budget.expenditure_items]
    assert not any(name.endswith("收入") for name in names)
    assert "EXPENDITURE_SUM_MISMATCH" not in errors(evaluation)


REVIEWED = [
    "2026年度省级转移支付绩效自评抽查材料 抽查编号 SJ-2026-017",
    "项目支出绩效自评（系统导出）",
    "【基本信息】",
    "项目名称 | 2025年乡村供水管网改造工程 |",
    "实施单位 | 乙县供水服务站 |",
    "评价年度    2025年度",
]


def test_the_year_of_a_review_of_self_evaluations_is_no_second_statement(tmp_path: Path) -> None:
    """A title naming a spot check of self-evaluations ("2026年度…绩效自评抽查材料") gives the review's year, maybe the
    year after the one evaluated: it is a guess beside the form's 评价年度, and their difference no error."""
    evaluation = read_saved(tmp_path, "\n".join(REVIEWED) + "\n")
    assert evaluation.year == 2025
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
