"""Shared fixtures: the bundled example, as a file and as a model."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from jixiao.model import Evaluation
from jixiao.modelio import load_evaluation

# A shared machine (2 cores, CI) makes timings noisy: no per-example deadline, no too-slow health check.
settings.register_profile("jixiao", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("jixiao")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
SEED_TEXT = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture
def example() -> Evaluation:
    """A fresh copy of the seed evaluation; tests may change it freely."""
    return load_evaluation(EXAMPLE)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Every browser test (through pytest-playwright's fixtures, one Playwright per session) runs in
    Debian's chromium (Playwright cannot download a browser here), headless, no network chatter."""
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"],
    }
