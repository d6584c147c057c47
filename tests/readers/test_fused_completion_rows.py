"""Fused indicator rows whose target, actual and completion rate run together, their unit in a column of its own
(``flat_completion_rows.py``): the form's 完成率 = 完成值 ÷ 指标值 cuts them, every cell a guess."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_completion_rows import split_completion_run


def test_target_actual_and_rate_run_together_are_cut_where_the_rate_is_the_actual_over_the_target() -> None:
    assert split_completion_run("908796.67%") == ["90", "87", "96.67%"]
    assert split_completion_run("100100100%") == ["100", "100", "100%"]  # (not 100100 | 10 | 0 %: no rate of nothing)
    assert split_completion_run("1200114095%") == ["1200", "1140", "95%"]
    assert split_completion_run("1111100%") is None  # 11 | 11 | 100 % and 1 | 11 | 1100 % both fit: no reading


def test_fused_rows_under_a_unit_column_and_a_completion_column_read_each_column(tmp_path: Path) -> None:
    rows = ["某区排水管理所2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标分值计量单位指标值完成值完成率得分",
            "产出数量指标管网清疏长度25公里12011696.67%24.17",
            "产出质量指标污水处理达标率25%100100100%25",
            "满意度满意度指标群众满意度20%9088.598.33%19.67",
            "总分7068.84"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.actual.unit if i.actual else None, i.stated_score) for i in evaluation.indicators] == [
        ("管网清疏长度", 25, Decimal(120), Decimal(116), "公里", Decimal("24.17")),
        ("污水处理达标率", 25, Decimal(100), Decimal(100), "%", 25),
        ("群众满意度", 20, Decimal(90), Decimal("88.5"), "%", Decimal("19.67"))]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(3) for field in ("name", "target", "actual", "stated_score"))
