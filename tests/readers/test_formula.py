"""Spreadsheet formulas without cached results (workbooks saved by openpyxl): computed by the
reader's small evaluator when simple, else left empty with a warning."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jixiao.readers import read_any
from jixiao.readers.formula import FormulaError, evaluate

GRID = {(1, 1): Decimal(2), (1, 2): Decimal(3), (2, 1): Decimal(10), (2, 2): None, (3, 1): "文字"}


def cell(row: int, col: int) -> object:
    return GRID.get((row, col))


@pytest.mark.parametrize(
    ("formula", "value"),
    [
        ("=SUM(A1:B2)", "15"),
        ("=A1+B1*A2", "32"),
        ("=(A1+B1)*A2", "50"),
        ("=B1/A1", "1.5"),
        ("=-A1+4", "2"),
        ("=AVERAGE(A1:A2)", "6"),
        ("=MIN(A1:B1,A2)", "2"),
        ("=MAX(A1:B2)", "10"),
        ("=ROUND(B1/7,2)", "0.43"),
        ("=round(2.345, 2)", "2.35"),  # half up, lower-case name
        ("=50%", "0.5"),
        ("=IF(A2>0,B1/A2,\"\")", "0.3"),
        ("=N(A3)+1", "1"),
        ("=SUM(A1:A3)", "12"),  # text in a range is skipped, as Excel does
        ("=$A$1*2", "4"),
    ],
)
def test_simple_formulas_are_computed(formula: str, value: str) -> None:
    assert evaluate(formula, cell) == Decimal(value)


@pytest.mark.parametrize("formula", ["=VLOOKUP(A1,B1:B2,1)", "=A1/B2", "=Sheet2!A1", "=SUM(A1:A2", "=A1 +* 2",
                                     "=__import__('os')", "=A1:A2"])
def test_other_formulas_are_refused(formula: str) -> None:
    with pytest.raises((FormulaError, ArithmeticError)):
        evaluate(formula, cell)


def _score_table(path: Path, total: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "自评表"
    sheet.append(["湖南省长沙市岳麓区文化馆2024年度部门整体支出绩效自评表"])
    sheet.append(["年初预算数", "全年预算数", "全年执行数", "执行率"])
    sheet.append([400, 500, 460, "=C3/B3"])
    sheet["D3"].number_format = "0.00%"
    sheet.append(["三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    sheet.append(["预算执行率", "100%", "92%", 20, "=ROUND(D5*C3/B3,2)"])
    sheet.append(["演出场次", "≥40场", "42场", 40, 40])
    sheet.append(["观众满意度", "≥90%", "93%", 40, 40])
    sheet.append(["合计", "", "", "=SUM(D5:D7)", total])
    sheet.append(["评价等级", "优"])
    book.save(path)
    return path


def test_workbook_without_cached_results_gives_total_and_scores(tmp_path: Path) -> None:
    result = read_any(_score_table(tmp_path / "t.xlsx", "=SUM(E5:E7)"))
    evaluation = result.evaluation
    assert evaluation.stated_total == Decimal("98.4")
    assert [i.stated_score for i in evaluation.indicators] == [Decimal("18.4"), 40, 40]
    assert evaluation.budget.stated_execution_rate == Decimal("92")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "优"


def test_unsupported_formula_is_a_warning_not_a_guess(tmp_path: Path) -> None:
    result = read_any(_score_table(tmp_path / "t.xlsx", "=SUMPRODUCT(D5:D7,E5:E7)/100"))
    assert result.evaluation.stated_total is None
    assert any("SUMPRODUCT" in w and "E8" in w for w in result.warnings)
