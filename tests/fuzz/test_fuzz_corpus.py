"""The crash corpus of the reliability issues (16, 17, 18) as regression tests: every hostile input,
rebuilt here (``hostile.py``), ends with exit 0/1, or 2 and one ``错误：`` line; a batch accounts for
every path. Time and memory are measured by ``bench/bench_hostile.py``, not here (with the largest
inputs the limits let through, ``hostile.LARGE``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import CASES, Case
from runner import run_apart, run_here

SLOW = {"zip-nested-8x980mb", "xlsx-1048576-rows", "wrapped-10000-lines", "docx-xml-200mb", "text-repeated-45mb"}


def _params() -> list[object]:
    return [pytest.param(case, command, id=f"{case.name}-{command}",
                         marks=[pytest.mark.slow] if case.name in SLOW else [])
            for case in CASES for command in case.commands]


@pytest.mark.parametrize(("case", "command"), _params())
def test_hostile_input_ends_cleanly(case: Case, command: str, tmp_path: Path) -> None:
    args = case.build(tmp_path)
    try:
        if "unprivileged" in case.tags:  # a file root could read anyway: run without that power
            run = run_apart(command, args, tmp_path, seconds=120, unprivileged=True)
        else:
            run = run_here(command, args, tmp_path)
    finally:
        for path in tmp_path.rglob("*"):  # let pytest clean up what was made unreadable
            if not path.is_symlink():
                path.chmod(0o755)
    assert not run.problems(), (run.problems(), run.stderr[-2000:])
    if command == "review":
        data = json.loads((tmp_path / "review" / "review.json").read_text(encoding="utf-8"))
        listed = len(data["reports"]) + len(data["unreadable"]) + len(data["skipped"])
        assert listed == data["totals"]["files"] > 0
