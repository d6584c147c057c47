"""Legacy Word files (.doc) are converted through LibreOffice when it is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_reading import facts_of, read_converted

from jixiao.readers import read_any

REPORT = Path(__file__).resolve().parents[1] / "data" / "reports" / "r13-yanta-library.docx"


@pytest.mark.slow
def test_doc_reads_like_the_docx(tmp_path: Path) -> None:
    legacy = read_converted(REPORT, "doc", tmp_path)
    if legacy is not None:  # (without LibreOffice the reader says how to convert the file)
        assert facts_of(legacy) == facts_of(read_any(REPORT).evaluation)
