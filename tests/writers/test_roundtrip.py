"""Round trips: render the example, read it back with ``read_any``, get the same facts as the
document states (its scores, total and grade come from one computed result)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.scoring import score_evaluation
from jixiao.writers import render
from jixiao.writers.facts import ScoreMode, shown_figures


def facts(evaluation: Evaluation, scores: list[Any] | None = None, total: Any = None, grade: Any = None
          ) -> dict[str, Any]:
    """The facts a report states: unit, year, money, staff, indicators with weights and scores, total, grade."""
    budget = evaluation.budget
    scores = scores if scores is not None else [i.stated_score for i in evaluation.indicators]
    return {
        "unit": evaluation.unit.name,
        "year": evaluation.year,
        "kind": evaluation.kind,
        "staff_total": evaluation.unit.staff_total,
        "budget": (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate),
        "income": (budget.income_total, [(i.name, i.amount) for i in budget.income_items]),
        "expenditure": (budget.expenditure_total, [(i.name, i.amount) for i in budget.expenditure_items]),
        "indicators": [(i.number, i.name, i.weight, s) for i, s in zip(evaluation.indicators, scores, strict=True)],
        "total": total if total is not None else evaluation.stated_total,
        "grade": grade if grade is not None else evaluation.stated_grade,
    }


def document_facts(evaluation: Evaluation, mode: ScoreMode) -> dict[str, Any]:
    figures = shown_figures(evaluation, score_evaluation(evaluation), mode)
    return facts(evaluation, [item.score for item in figures.indicators], figures.total, figures.grade)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf", "md"])
def test_rendered_report_reads_back_to_the_same_facts(fmt: str, rendered: dict[str, Path],
                                                      seed_evaluation: Evaluation) -> None:
    result = read_any(rendered[fmt])
    got, expected = facts(result.evaluation), document_facts(seed_evaluation, ScoreMode.COMPUTED)
    assert {key: got[key] for key in expected if got[key] != expected[key]} == {}


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_stated_scores_read_back_as_stated(fmt: str, seed_evaluation: Evaluation, tmp_path: Path) -> None:
    path = render(seed_evaluation, fmt, tmp_path / f"stated.{fmt}", mode="stated")
    got, expected = facts(read_any(path).evaluation), facts(seed_evaluation)
    assert {key: got[key] for key in expected if got[key] != expected[key]} == {}
