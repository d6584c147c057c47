"""Scans in a batch review and through the CLI: none is unreadable, the cache makes a re-read free."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ocr_scans import scan_seed
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.ocr import cache, run
from jixiao.review import ReviewOptions, run_review

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def one_page(seed_pdf: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed report's first page (title, unit, duties) scanned as a PNG."""
    folder = tmp_path_factory.mktemp("one-page")
    scan_seed(seed_pdf, folder / "page.png", pages=[0])
    return folder / "page-1.png"


def test_a_batch_with_scans_lists_none_as_unreadable(seed_scan: Path, one_page: Path, tmp_path: Path) -> None:
    from jixiao.readers import read_any

    read_any(seed_scan)  # the whole-report scan comes from the cache; the PNG page is read in a worker
    outcome = run_review([str(seed_scan), str(one_page)], ReviewOptions(out_dir=tmp_path / "review", jobs=2,
                                                                       pages=False))
    data = json.loads((tmp_path / "review" / "review.json").read_text(encoding="utf-8"))
    assert data["unreadable"] == [] and outcome.unreadable == 0
    assert outcome.reviewed == 2
    units = {row["file"]: row["unit"] for row in data["reports"]}
    assert set(units.values()) == {"重庆市璧山区大兴镇人民政府"}


def test_parse_cli_caches_by_content_and_reads_again_for_free(one_page: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    first = CliRunner().invoke(app, ["parse", str(one_page), "--cache", str(folder), "--explain"])
    entries = list(folder.rglob("*.json"))
    assert len(entries) == 1 and entries[0].name.startswith(cache.file_hash(one_page))

    def no_ocr(*args: object) -> None:
        raise AssertionError("read again instead of taken from the cache")

    monkeypatch.setattr(run, "read_source", no_ocr)
    again = CliRunner().invoke(app, ["parse", str(one_page), "--cache", str(folder), "--explain"])
    assert first.exit_code == again.exit_code == 0
    assert again.output == first.output
