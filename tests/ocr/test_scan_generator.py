"""The test-scan generator: image-only pages, seals where a bureau's scan has them, one page upside
down; `jixiao synth --formats scan` keeps each scan's expected facts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from jixiao.cli import app

pytestmark = pytest.mark.slow


def _pages(pdf: Path) -> list[tuple[int, np.ndarray]]:
    """(characters in the text layer, pixels at 40 dpi) per page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [(len(page.get_textpage().get_text_range().strip()),
                 np.array(page.render(scale=40 / 72).to_pil().convert("RGB"), dtype=np.int16)) for page in document]
    finally:
        document.close()


def _red(pixels: np.ndarray) -> int:
    return int(((pixels[:, :, 0] - pixels[:, :, 1] > 60) & (pixels[:, :, 0] - pixels[:, :, 2] > 60)).sum())


def test_scan_command_stamps_the_signature_page_and_a_table(seed_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "scan.pdf"
    result = CliRunner().invoke(app, ["scan", str(seed_pdf), "-o", str(out), "--seed", "3"])
    assert result.exit_code == 0, result.output
    pages = _pages(out)
    assert len(pages) == len(_pages(seed_pdf)) == 9
    assert all(chars == 0 for chars, _ in pages)  # pictures only: nothing for a text reader
    stamped = [number for number, (_, pixels) in enumerate(pages, start=1) if _red(pixels) > 200]
    assert stamped == [7, 8]  # under the body's last line, and over the first score table


def test_synth_scan_format_writes_image_only_pdfs_with_their_facts(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "1", "--out", str(tmp_path), "--formats", "scan", "--seed", "4"])
    assert result.exit_code == 0, result.output
    expected = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    [report] = expected["reports"]
    assert set(report["files"]) == {"scan"} and report["files"]["scan"].endswith(".scan.pdf")
    assert report["facts"]["unit"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["expected.json", report["files"]["scan"]])
    assert all(chars == 0 for chars, _ in _pages(tmp_path / report["files"]["scan"]))
