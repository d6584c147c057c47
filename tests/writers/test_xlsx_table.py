"""The Excel score table: real formulas, recomputed with the ``formulas`` package and compared with
the evaluation's own figures; a reviewer's edit recomputes; print and view set-up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import formulas
import openpyxl
import pytest

from jixiao.model import Evaluation, Indicator, Kind, Project
from jixiao.scoring import score_evaluation
from jixiao.writers import render


def recompute(path: Path) -> dict[str, object]:
    """Every cell's value after recalculation, keyed by coordinate (``G2``)."""
    model = formulas.ExcelModel().loads(str(path)).finish()
    values: dict[str, object] = {}
    for key, value in model.calculate().items():
        coordinate = str(key).split("!")[-1]
        raw = getattr(value, "value", value)
        try:
            values[coordinate] = raw[0][0]  # type: ignore[index]
        except (TypeError, IndexError):
            values[coordinate] = raw
    return values


def _find(sheet, text: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text} not in sheet")


@pytest.fixture(scope="module")
def xlsx_file(tmp_path_factory, seed_evaluation, seed_score) -> Path:
    return render(seed_evaluation, "xlsx", tmp_path_factory.mktemp("xlsx") / "table.xlsx", score=seed_score)


def test_formulas_recompute_to_the_evaluations_figures(xlsx_file: Path, seed_evaluation: Evaluation) -> None:
    sheet = openpyxl.load_workbook(xlsx_file).active
    assert sheet["G2"].value.startswith("=")  # 自评总分 is a formula, not a number
    assert sheet["E5"].value.startswith("=")
    values = recompute(xlsx_file)
    stated_sum = sum(ind.stated_score for ind in seed_evaluation.indicators)  # type: ignore[misc]
    assert Decimal(str(values["G2"])).quantize(Decimal("0.01")) == seed_evaluation.stated_total == stated_sum
    rate = Decimal(str(values["E5"])) * 100
    assert rate.quantize(Decimal("0.01")) == seed_evaluation.budget.stated_execution_rate
    assert values["F5"] == 15 and Decimal(str(values["G5"])) == Decimal("8.19")
    total_row, _ = _find(sheet, "合计")
    assert Decimal(str(values[f"F{total_row}"])) == sum(ind.weight for ind in seed_evaluation.indicators)


def test_a_reviewers_edit_recomputes(xlsx_file: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(xlsx_file)
    sheet = workbook.active
    row, _ = _find(sheet, "预算执行率")
    sheet.cell(row=row, column=7, value=14.03)  # the reviewer rescored 预算执行率
    sheet["D5"] = 8000  # and corrected 全年执行数
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    values = recompute(edited)
    assert round(float(values["G2"]), 2) == 99.03  # type: ignore[arg-type]
    assert round(float(values["G5"]), 2) == 14.03  # type: ignore[arg-type]
    assert round(float(values["E5"]), 4) == round(8000 / 8224, 4)  # type: ignore[arg-type]


def test_view_and_print_setup(xlsx_file: Path) -> None:
    sheet = openpyxl.load_workbook(xlsx_file).active
    header_row, _ = _find(sheet, "一级指标")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.print_title_rows.replace("$", "") == f"{header_row}:{header_row}"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert sheet["E5"].number_format == "0.00%"
    assert sheet["G2"].number_format == "0.00"
    assert sheet.column_dimensions["C"].width >= 20


def test_project_layout_with_subtotals(example: Evaluation, tmp_path: Path) -> None:
    example.kind = Kind.PROJECT
    example.project = Project(name="农村公路养护项目")
    levels = ["产出指标"] * 5 + ["效益指标"] * 4 + ["满意度指标"] * 2
    example.indicators = [Indicator(**{**ind.model_dump(), "level1": level})
                          for ind, level in zip(example.indicators, levels, strict=True)]
    path = render(example, "xlsx", tmp_path / "project.xlsx", score=score_evaluation(example))
    sheet = openpyxl.load_workbook(path).active
    values = recompute(path)
    expected = {
        level: sum(ind.stated_score for ind in example.indicators if ind.level1 == level)  # type: ignore[misc]
        for level in ("产出指标", "效益指标", "满意度指标")
    }
    for level, subtotal in expected.items():
        row, _ = _find(sheet, f"{level}小计")
        assert sheet.cell(row=row, column=7).value.startswith("=SUM(")
        assert Decimal(str(values[f"G{row}"])).quantize(Decimal("0.01")) == subtotal
    total_row, _ = _find(sheet, "总分")
    assert Decimal(str(values[f"G{total_row}"])).quantize(Decimal("0.01")) == Decimal("93.19")
    assert Decimal(str(values["G2"])).quantize(Decimal("0.01")) == Decimal("93.19")
    money_row, _ = _find(sheet, "年度资金总额")
    assert round(float(values[f"F{money_row}"]), 4) == round(7693.91 / 8224, 4)  # type: ignore[arg-type]
    assert _find(sheet, "偏差原因分析及改进措施")
