"""Text, tables and Excel agree on every number: each indicator's weight and score, each block's
subtotal, the total and the grade, as the Word file's text, its tables and the Excel file's cached
values show them, for the seed, the starter templates (with a few facts filled in) and 20 synth
reports, in both score modes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from shown_numbers import Shown, docx_shown, xlsx_shown

from jixiao.model import Actual, Evaluation
from jixiao.modelio import load_evaluation
from jixiao.scoring import score_evaluation
from jixiao.starters import STARTERS_DIR, list_templates
from jixiao.synth.output import make_report
from jixiao.writers import render
from jixiao.writers.facts import Figures, ScoreMode, is_execution_indicator, shown_figures

ROOT = Path(__file__).resolve().parents[2]


def _starter(name: str) -> Evaluation:
    """A starter template as a unit begins to fill it: its name, the budget, two actual values and one
    stated score (the case where the header once said 37.45 and the table summed to 36.95)."""
    evaluation = load_evaluation(STARTERS_DIR / f"{name}.yaml")
    evaluation.unit.name = "示例县测试局"
    if evaluation.project is not None:
        evaluation.project.name = "测试项目"
    evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed = (
        Decimal("500"), Decimal("520"), Decimal("498.37"))
    filled = [i for i in evaluation.indicators if i.target is not None and not is_execution_indicator(i)][:2]
    for indicator, ratio in zip(filled, (Decimal("0.9"), Decimal("1")), strict=True):
        assert indicator.target is not None
        indicator.target.value = Decimal(90)
        indicator.actual = Actual(value=Decimal(90) * ratio, unit=indicator.target.unit)
    evaluation.indicators[-1].stated_score = evaluation.indicators[-1].weight - Decimal("0.5")
    return evaluation


def _cases() -> list[tuple[str, Evaluation]]:
    cases = [("seed", load_evaluation(ROOT / "examples" / "daxing-2024.yaml"))]
    cases += [(f"starter-{name}", _starter(name)) for name in list_templates()]
    cases += [(f"synth-{i}", make_report(11, i)[0]) for i in range(20)]
    return cases


CASES = _cases()


def _expect_agreement(shown: Shown, figures: Figures, where: str) -> None:
    for item in figures.indicators:
        name = item.indicator.name
        assert set(shown.weights.get(name, [])) <= {item.indicator.weight}, (where, name, shown.weights.get(name))
        scores = shown.scores.get(name, [])
        if item.score is None:
            assert scores == [], (where, name, scores)
        else:
            assert scores and set(scores) == {item.score}, (where, name, scores, item.score)
    if figures.total is not None:
        assert shown.totals and set(shown.totals) == {figures.total}, (where, shown.totals, figures.total)
    if figures.grade is not None:
        assert set(shown.grades) == {figures.grade.value}, (where, shown.grades, figures.grade)


def _expect_table_sums(shown: Shown, figures: Figures, where: str) -> None:
    """The table's own arithmetic: each block's subtotal and the total row sum the rows shown above."""
    blocks: dict[str, list[Decimal | None]] = {}
    for item in figures.indicators:
        blocks.setdefault(item.indicator.level1 or "", []).append(item.score)
    for block, (_, subtotal) in shown.subtotals.items():
        scores = blocks[block]
        if None in scores:  # a block with an unscored indicator has no subtotal yet: none is invented
            assert subtotal is None, (where, block, subtotal)
        else:
            assert subtotal == sum((s or Decimal(0) for s in scores), Decimal(0)), (where, block, subtotal)
    if figures.total is not None and all(item.score is not None for item in figures.indicators):
        assert figures.total == sum((item.score or Decimal(0) for item in figures.indicators), Decimal(0)) or (
            figures.cap_sentence), where
    assert set(shown.total_weights) <= {figures.weight_total}, (where, shown.total_weights)
    execution = [item for item in figures.indicators if is_execution_indicator(item.indicator)]
    if execution and execution[0].score is not None and "〔资金执行率〕" in shown.scores:
        assert set(shown.scores["〔资金执行率〕"]) == {execution[0].score}, where


@pytest.mark.parametrize("mode", [ScoreMode.COMPUTED, ScoreMode.STATED])
@pytest.mark.parametrize(("name", "evaluation"), CASES, ids=[name for name, _ in CASES])
def test_text_tables_and_excel_agree(name: str, evaluation: Evaluation, mode: ScoreMode, tmp_path: Path) -> None:
    score = score_evaluation(evaluation)
    figures = shown_figures(evaluation, score, mode)
    word = render(evaluation, "docx", tmp_path / "r.docx", score=score, mode=mode)
    excel = render(evaluation, "xlsx", tmp_path / "r.xlsx", score=score, mode=mode)
    text, tables = docx_shown(word)
    cells = xlsx_shown(excel)
    for shown, where in ((text, "Word 正文"), (tables, "Word 表格"), (cells, "Excel")):
        _expect_agreement(shown, figures, f"{name} {mode} {where}")
    for shown, where in ((tables, "Word 表格"), (cells, "Excel")):
        _expect_table_sums(shown, figures, f"{name} {mode} {where}")
    # every indicator with a score is shown with it in all three places
    for item in figures.indicators:
        if item.score is not None:
            for shown in (text, tables, cells):
                assert item.indicator.name in shown.scores
