"""Through the web export: the Word report's text and its score table state the same total, grade
and indicator scores as the web's own score (issue 14: a header once said 37.45 where the table
summed to 36.95) — for the seed and for a town template as a unit begins to fill it in."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from webworld import World

from jixiao.model import Actual
from jixiao.modelio import dump_json, load_evaluation
from jixiao.starters import STARTERS_DIR

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "writers"))
from shown_numbers import docx_shown  # noqa: E402


def _half_filled() -> dict:
    evaluation = load_evaluation(STARTERS_DIR / "town-whole-unit.yaml")
    evaluation.title = "半填写的模板"
    evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed = (
        Decimal("500"), Decimal("520"), Decimal("498.37"))
    for indicator, ratio in zip(evaluation.indicators[:2], (Decimal("0.9"), Decimal("1")), strict=True):
        assert indicator.target is not None
        indicator.target.value = Decimal(90)
        indicator.actual = Actual(value=Decimal(90) * ratio, unit=indicator.target.unit)
    evaluation.indicators[-1].stated_score = evaluation.indicators[-1].weight - Decimal("0.5")
    return json.loads(dump_json(evaluation))


@pytest.mark.parametrize("case", ["seed", "half-filled template"])
def test_word_export_text_and_table_agree_with_the_score(world: World, case: str, tmp_path: Path) -> None:
    client = world.client("editor_a")
    data = json.loads(dump_json(load_evaluation(ROOT / "examples" / "daxing-2024.yaml"))) if case == "seed" \
        else _half_filled()
    created = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": data})
    assert created.status_code == 201, created.text
    evaluation_id = created.json()["id"]
    score = client.get(f"/api/evaluations/{evaluation_id}/score").json()
    exported = client.get(f"/api/evaluations/{evaluation_id}/export/docx")
    assert exported.status_code == 200
    path = tmp_path / "report.docx"
    path.write_bytes(exported.content)
    text, table = docx_shown(path)
    total = Decimal(score["total"])
    # a total is stated only when every indicator has a score (a half-filled report prints a placeholder);
    # wherever one is stated, text and table agree with the web's score
    assert set(text.totals) <= {total} and set(table.totals) <= {total}, (text.totals, table.totals, total)
    assert set(text.grades) <= {score["grade"]}
    if case == "seed":
        assert text.totals and table.totals and text.grades == [score["grade"]] * len(text.grades)
    scored = 0
    for item in score["indicators"]:
        shown = table.scores.get(item["name"], [])
        assert set(shown) <= {Decimal(item["score"])}, (item["name"], shown, item["score"])
        scored += bool(shown)
    assert scored >= 3
