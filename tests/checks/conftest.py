"""Helpers for the check tests: run the checks on an evaluation and pick one code's findings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jixiao.checks import Finding, Severity, run_checks
from jixiao.model import Evaluation

Pick = Callable[..., list[Finding]]


@pytest.fixture
def found() -> Pick:
    """``found(evaluation, code, pack=None, infos=False)``: the findings of ``code``, infos left out unless asked."""

    def pick(evaluation: Evaluation, code: str, pack: str | None = None, infos: bool = False) -> list[Finding]:
        return [f for f in run_checks(evaluation, pack)
                if f.code == code and (infos or f.severity is not Severity.INFO)]

    return pick
