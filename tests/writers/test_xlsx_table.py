"""The Excel score table: real formulas written with their cached results (a reader that does not
recalculate sees the totals), recomputed with the ``formulas`` package and compared with the
document's figures; a reviewer's edit recomputes; numbers as numbers; print and view set-up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import formulas
import openpyxl
import pytest

from jixiao.model import Evaluation, Indicator, Kind, Project
from jixiao.readers import read_any
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


def _right_of(sheet, text: str, steps: int = 1):  # type: ignore[no-untyped-def]
    row, column = _find(sheet, text)
    cell = sheet.cell(row=row, column=column + 1)
    while steps > 1 or cell.coordinate in sheet.merged_cells:
        if cell.coordinate not in sheet.merged_cells:
            steps -= 1
        cell = sheet.cell(row=row, column=cell.column + 1)
        if cell.coordinate in sheet.merged_cells and any(
                r.min_col == cell.column and r.min_row == row for r in sheet.merged_cells.ranges):
            break
    return cell


def _below(sheet, text: str):  # type: ignore[no-untyped-def]
    row, column = _find(sheet, text)
    return sheet.cell(row=row + 1, column=column)


@pytest.fixture(scope="module")
def xlsx_file(tmp_path_factory, seed_evaluation, seed_score) -> Path:
    return render(seed_evaluation, "xlsx", tmp_path_factory.mktemp("xlsx") / "table.xlsx", score=seed_score)


def test_formulas_with_cached_results(xlsx_file: Path, seed_evaluation: Evaluation) -> None:
    formulas_sheet = openpyxl.load_workbook(xlsx_file).active
    cached = openpyxl.load_workbook(xlsx_file, data_only=True).active  # no recalculation
    total_row, _ = _find(formulas_sheet, "合计")
    total = formulas_sheet.cell(row=total_row, column=7)
    assert total.value.startswith("=SUM(")
    assert cached.cell(row=total_row, column=7).value == pytest.approx(99.03)
    assert cached.cell(row=total_row, column=6).value == 100
    rate = _below(formulas_sheet, "执行率")
    assert rate.value.startswith("=IF(")
    assert cached[rate.coordinate].value == pytest.approx(0.9355)
    assert rate.number_format == "0.00%"
    header = _below(formulas_sheet, "执行率得分")
    assert header.value.startswith("=") and cached[header.coordinate].value == pytest.approx(14.03)
    values = recompute(xlsx_file)  # the formulas give exactly the cached numbers
    for coordinate in (total.coordinate, rate.coordinate, header.coordinate):
        assert float(values[coordinate]) == pytest.approx(float(cached[coordinate].value), abs=1e-4)  # type: ignore[arg-type]


def test_numbers_are_numbers_with_formats(xlsx_file: Path) -> None:
    sheet = openpyxl.load_workbook(xlsx_file, data_only=True).active
    money = _below(sheet, "年初预算数（万元）")
    assert money.value == 5504 and money.number_format == "#,##0.00"
    row, _ = _find(sheet, "森林防火灾发生次数")
    actual = sheet.cell(row=row, column=5)
    assert actual.value == 0 and actual.number_format == 'General"次"'
    row, _ = _find(sheet, "补助政策知晓率")
    assert sheet.cell(row=row, column=5).value == pytest.approx(0.95)
    assert sheet.cell(row=row, column=5).number_format == "0.00%"
    assert sheet.cell(row=row, column=5).border.left.style == "thin"
    assert all(sheet.cell(row=1, column=c).value != "是否核心指标" for c in range(1, 12))
    assert not any(cell.value == "是否核心指标" for r in sheet.iter_rows() for cell in r)  # the seed states none


def test_jixiao_reads_its_own_table_back(xlsx_file: Path) -> None:
    evaluation = read_any(xlsx_file).evaluation
    assert evaluation.stated_total == Decimal("99.03")
    scores = {ind.name: ind.stated_score for ind in evaluation.indicators}
    assert len(scores) == 11 and scores["预算执行率"] == Decimal("14.03")
    assert evaluation.budget.executed == Decimal("7693.91")


def test_a_reviewers_edit_recomputes(xlsx_file: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(xlsx_file)
    sheet = workbook.active
    row, _ = _find(sheet, "预算执行率")
    sheet.cell(row=row, column=7, value=8.19)  # the reviewer puts back the unit's score
    executed = _below(sheet, "全年执行数（万元）")
    sheet[executed.coordinate] = 8000  # and corrects 全年执行数
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    values = recompute(edited)
    total_row, _ = _find(sheet, "合计")
    assert round(float(values[f"G{total_row}"]), 2) == 93.19  # type: ignore[arg-type]
    assert round(float(values[_below(sheet, "执行率得分").coordinate]), 2) == 8.19  # type: ignore[arg-type]
    assert round(float(values[_below(sheet, "执行率").coordinate]), 4) == round(8000 / 8224, 4)  # type: ignore[arg-type]


def test_view_and_print_setup(xlsx_file: Path) -> None:
    sheet = openpyxl.load_workbook(xlsx_file).active
    header_row, _ = _find(sheet, "一级指标")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.print_title_rows.replace("$", "") == f"{header_row}:{header_row}"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert "&P" in (sheet.oddFooter.center.text or "")
    assert sheet.column_dimensions["C"].width >= 14


def test_project_layout_with_subtotals(example: Evaluation, tmp_path: Path) -> None:
    example.kind = Kind.PROJECT
    example.project = Project(name="农村公路养护项目")
    levels = ["产出指标"] * 5 + ["效益指标"] * 4 + ["满意度指标"] * 2
    example.indicators = [Indicator(**{**ind.model_dump(), "level1": level, "core": index == 0})
                          for index, (ind, level) in enumerate(zip(example.indicators, levels, strict=True))]
    path = render(example, "xlsx", tmp_path / "project.xlsx", score=score_evaluation(example), mode="stated")
    sheet = openpyxl.load_workbook(path).active
    cached = openpyxl.load_workbook(path, data_only=True).active
    values = recompute(path)
    expected = {
        level: sum(ind.stated_score for ind in example.indicators if ind.level1 == level)  # type: ignore[misc]
        for level in ("产出指标", "效益指标", "满意度指标")
    }
    for level, subtotal in expected.items():
        row, _ = _find(sheet, f"{level}小计")
        assert sheet.cell(row=row, column=7).value.startswith("=SUM(")
        assert Decimal(str(values[f"G{row}"])).quantize(Decimal("0.01")) == subtotal
        assert Decimal(str(cached.cell(row=row, column=7).value)).quantize(Decimal("0.01")) == subtotal
    total_row, _ = _find(sheet, "总分")
    assert Decimal(str(values[f"G{total_row}"])).quantize(Decimal("0.01")) == Decimal("93.19")
    assert cached.cell(row=total_row, column=7).value == pytest.approx(93.19)
    assert _find(sheet, "偏差原因分析及改进措施")
    assert _find(sheet, "是否核心指标")  # the evaluation marks a core indicator
