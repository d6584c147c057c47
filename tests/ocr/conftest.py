"""The seed report rendered and scanned once for the OCR tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_scans import render_seed, scan_seed


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_seed(tmp_path_factory.mktemp("seed-pdf"))


@pytest.fixture(scope="session")
def seed_scan(seed_pdf: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An image-only PDF of the whole seed report: yellowed, skewed, blurred, noisy, JPEG-compressed,
    a seal over the signature and one over the score table, page 2 upside down."""
    return scan_seed(seed_pdf, tmp_path_factory.mktemp("seed-scan") / "daxing-2024-scan.pdf")
