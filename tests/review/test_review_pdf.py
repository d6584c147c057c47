"""Synthetic reports as PDF (through LibreOffice) go through the review like any other format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jixiao.review import ReviewOptions, run_review
from jixiao.synth import generate_batch

pytestmark = pytest.mark.slow  # LibreOffice: installed by `make` (scripts/install-system-deps.sh)


def test_pdf_batch_is_reviewed(tmp_path: Path) -> None:
    expected = generate_batch(4, tmp_path / "batch", seed=5, formats=["pdf"], defect_rate=0.5)
    pdfs = sorted((tmp_path / "batch").glob("*.pdf"))
    assert [p.name for p in pdfs] == sorted(r["files"]["pdf"] for r in expected["reports"])
    assert not list((tmp_path / "batch").glob("*.docx"))  # the intermediate Word files are removed
    outcome = run_review([str(tmp_path / "batch" / "*.pdf")], ReviewOptions(out_dir=tmp_path / "out", jobs=2))
    data = json.loads((tmp_path / "out" / "review.json").read_text(encoding="utf-8"))
    assert outcome.reviewed == 4 and not data["unreadable"]
    by_file: dict[str, set[str]] = {}
    for finding in data["findings"]:
        if finding["severity"] != "info":
            by_file.setdefault(Path(finding["file"]).name, set()).add(finding["code"])
    rows = {Path(r["file"]).name: r for r in data["reports"]}
    for report in expected["reports"]:
        name = report["files"]["pdf"]
        assert rows[name]["unit"] == report["facts"]["unit"]
        assert rows[name]["stated_grade"] == report["facts"]["stated_grade"], name
        if report["defects"]:
            assert set(report["defects"]) <= by_file.get(name, set()), name
        else:
            assert rows[name]["errors"] == 0, name
