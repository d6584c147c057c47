"""The fused shape (a row's cells run together, no separator), stop 40: fund rows whose label and figures a viewer
ran into one cell under a money block's header ("财政拨款1200.001260.001238.8898.32%"), cut at the figures' start,
the run split by the block's constraints (every split a guess)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

_HEAD = ["某县某设备购置项目2024年度绩效自评报告", "一、资金情况（单位：万元）",
         "资金来源年初预算数全年预算数全年执行数执行率"]


def test_fund_rows_run_into_their_labels_are_read_under_the_total(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "年度资金总额300.00320.00310.4097.00%",
                                       "财政拨款200.00220.00213.4097.00%", "非财政拨款100.00100.0097.0097.00%",
                                       "二、绩效目标完成情况"])
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in evaluation.budget.fund_rows] == [
        ("财政拨款", 200, 220, Decimal("213.40")), ("非财政拨款", 100, 100, 97)]
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_source_rows_above_a_closing_total_are_read_and_the_total_gives_the_budget(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "中央补助资金300.00320.00310.4097.00%",
                                       "县级配套资金100.00100.0097.0097.00%", "合计400.00420.00407.4097.00%",
                                       "预算执行率指标分值10分，得9.70分。"])
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (400, 420, Decimal("407.40"))
    assert [f.name for f in budget.fund_rows] == ["中央补助资金", "县级配套资金"]
    assert evaluation.provenance["budget.adjusted"].guessed


def test_a_label_that_names_no_fund_or_a_single_figure_is_no_fused_row(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "年度资金总额300.00320.00310.4097.00%",
                                       "某某说明200.00220.00213.4097.00%", "财政拨款200.00"])
    assert evaluation.budget.fund_rows == []
