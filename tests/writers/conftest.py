"""Fixtures for the writer tests: the example, scored once, and its files rendered once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model import Evaluation
from jixiao.modelio import load_evaluation
from jixiao.scoring import score_evaluation
from jixiao.scoring.receipt import EvaluationScore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"


@pytest.fixture(scope="session")
def seed_evaluation() -> Evaluation:
    """The example, shared read-only across the writer tests (use ``example`` to change one)."""
    return load_evaluation(EXAMPLE)


@pytest.fixture(scope="session")
def seed_score(seed_evaluation: Evaluation) -> EvaluationScore:
    return score_evaluation(seed_evaluation)


@pytest.fixture(scope="session")
def seed_text_lines() -> list[str]:
    return [line.strip() for line in SEED_TEXT.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, seed_evaluation, seed_score) -> dict[str, Path]:
    """The example in all five formats, rendered once per session (one LibreOffice call)."""
    from jixiao.writers import render_all

    paths = render_all(seed_evaluation, tmp_path_factory.mktemp("rendered"), stem="daxing-2024", score=seed_score)
    return {path.suffix.lstrip("."): path for path in paths}
