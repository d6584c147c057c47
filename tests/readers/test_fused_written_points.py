"""A fused row's weight and score that the text itself bounds (``flat_named_rows._written``): in a row holding one
cell for each column, a weight that is a whole run of figures between the name and a comparison sign, and a score
at the line's end after a unit or a %, are read as written (no run of figures was cut there); every other cell of
the row stays a guess. A score over its weight read so is an error, not a reading to check by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_ROWS = ["某县农业农村局2024年度部门整体支出绩效自评表",
         "序号指标名称分值年度指标值实际完成值得分",
         "1农机购置补贴发放户数20≥860户872户19.5",
         "2病虫害统防统治面积15≥4.2万亩4.35万亩17",
         "3农户满意度10≥90%93.1%10",
         "综合评分4546.5"]


def test_a_weight_and_a_score_bounded_by_written_characters_are_read_as_written(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, _ROWS)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.stated_score)
            for i in evaluation.indicators] == [
        ("农机购置补贴发放户数", 20, Decimal(860), Decimal("19.5")),
        ("病虫害统防统治面积", 15, Decimal("4.2"), 17),
        ("农户满意度", 10, Decimal(90), 10)]
    for k in range(2):
        for field in ("weight", "stated_score"):
            assert not evaluation.provenance[f"indicators[{k}].{field}"].guessed, (k, field)
    # a weight and a score of the same text ("10" … "10"): the table's cells are told apart by their line and text
    # only, so neither is taken for written
    assert evaluation.provenance["indicators[2].weight"].guessed
    assert evaluation.provenance["indicators[2].stated_score"].guessed
    for k in range(3):
        for field in ("name", "target", "actual"):  # cut at guesses (where the name ends, the unit of 户872户 …)
            assert evaluation.provenance[f"indicators[{k}].{field}"].guessed, (k, field)


def test_a_score_over_its_weight_read_as_written_is_an_error(tmp_path: Path) -> None:
    findings = [f for f in run_checks(_read_rows(tmp_path, _ROWS)) if f.code == "SCORE_OVER_WEIGHT"]
    assert [(f.severity, f.location) for f in findings] == [(Severity.ERROR, "indicators[1].stated_score")]


def test_a_score_before_a_note_or_a_row_short_of_a_cell_stays_a_guess(tmp_path: Path) -> None:
    # a score before a note may hold the note's opening figure; a row short of a cell places its cells by guess
    rows = ["某县农业农村局2024年度部门整体支出绩效自评表",
            "序号指标名称分值年度指标值实际完成值得分偏差原因",
            "1病虫害统防统治面积15≥4.2万亩4.35万亩17部分乡镇推进较慢",
            "2农户满意度10≥90%93.1%10"]
    evaluation = _read_rows(tmp_path, rows)
    assert indicator_rows(evaluation, "name", "stated_score") == [
        ("病虫害统防统治面积", 17), ("农户满意度", 10)]
    assert evaluation.provenance["indicators[0].weight"].guessed is False
    assert evaluation.provenance["indicators[0].stated_score"].guessed
    assert evaluation.provenance["indicators[1].weight"].guessed
    assert evaluation.provenance["indicators[1].stated_score"].guessed
