"""Round trips: render the example, read it back with ``read_any``, get the same facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jixiao.model import Evaluation
from jixiao.readers import read_any


def facts(evaluation: Evaluation) -> dict[str, Any]:
    """The facts a report states: unit, year, money, staff, indicators with weights and scores, total, grade."""
    budget = evaluation.budget
    return {
        "unit": evaluation.unit.name,
        "year": evaluation.year,
        "kind": evaluation.kind,
        "staff_total": evaluation.unit.staff_total,
        "budget": (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate),
        "income": (budget.income_total, [(i.name, i.amount) for i in budget.income_items]),
        "expenditure": (budget.expenditure_total, [(i.name, i.amount) for i in budget.expenditure_items]),
        "indicators": [(i.number, i.name, i.weight, i.stated_score) for i in evaluation.indicators],
        "total": evaluation.stated_total,
        "grade": evaluation.stated_grade,
    }


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf", "md"])
def test_rendered_report_reads_back_to_the_same_facts(fmt: str, rendered: dict[str, Path],
                                                      seed_evaluation: Evaluation) -> None:
    result = read_any(rendered[fmt])
    got, expected = facts(result.evaluation), facts(seed_evaluation)
    assert {key: got[key] for key in expected if got[key] != expected[key]} == {}
