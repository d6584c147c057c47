"""A fused money header of the bare words 年初预算 / 调整预算 with their units
("年初预算（万元）调整预算（万元）执行数（万元）预算执行率"), over a row of its figures
run together with no label ("48050045090%"): the words cut the header; the row is the
block's total, split where 执行率 = 执行数 ÷ 调整预算 (a guess, marked so)."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_tokens import line_cells


def test_the_bare_budget_words_cut_a_fused_money_header() -> None:
    assert line_cells("年初预算（万元）调整预算（万元）执行数（万元）预算执行率")[:3] == [
        "年初预算（万元）", "调整预算（万元）", "执行数"]
    assert line_cells("年初预算1560万元") is None  # the bare words cut only with their unit: prose stays whole


def test_a_label_less_row_of_fused_figures_under_it_is_the_budget(tmp_path: Path) -> None:
    rows = ["某县林业站2024年度部门整体支出绩效自评表",
            "年初预算（万元）调整预算（万元）执行数（万元）预算执行率",
            "48050045090%",
            "一级指标二级指标三级指标分值指标值完成值得分",
            "产出数量指标造林面积20≥1200亩1260亩20",
            "合计2020"]
    evaluation = _read_rows(tmp_path, rows)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (480, 500, 450, 90)
    assert evaluation.title == "某县林业站2024年度部门整体支出绩效自评表"
    assert all(evaluation.provenance[f"budget.{field}"].guessed for field in ("initial", "adjusted", "executed"))
