"""The measuring script for folders of pages kept outside the repository agrees with the corpora test."""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus import DATA, accuracy_report, cases, report_for
from measure_pages import measure


def test_measure_agrees_with_the_corpus_report(tmp_path: Path) -> None:
    for expected in cases("tenth")[:2]:  # a folder outside tests/data, as real pages are kept
        shutil.copy(expected, tmp_path)
        shutil.copy(report_for(expected), tmp_path)
    lines = measure(tmp_path, quiet=True)
    assert len(lines) == 3 and all(": " in line for line in lines[:2])
    assert lines[-1].startswith(f"OVERALL {tmp_path}: ") and "documents >= 90 %" in lines[-1]
    assert not any("FALSE ERR" in line or "checks not run" in line for line in lines)
    counts = [[int(n) for n in line.split(": ")[1].split(" = ")[0].split("/")] for line in lines]
    assert counts[-1] == [sum(c[0] for c in counts[:2]), sum(c[1] for c in counts[:2])] and counts[-1][1] > 0


def test_measure_names_every_mismatch_and_a_corpus_by_name() -> None:
    accuracy, listing = accuracy_report("tenth")
    lines = measure(DATA / "tenth", quiet=False)
    mismatches = [line for line in listing.splitlines() if line.startswith("    ")]
    assert [line for line in lines if line.startswith("    ")] == mismatches
    assert f"= {accuracy:.2%};" in lines[-1]
