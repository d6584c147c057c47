"""Legacy Word files (.doc) are converted through LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.readers import read_any

REPORT = Path(__file__).resolve().parents[1] / "data" / "reports" / "r13-yanta-library.docx"


@pytest.mark.slow
def test_doc_reads_like_the_docx(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:  # without LibreOffice the reader says how to convert the file
        path = tmp_path / "report.doc"
        path.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(InputError, match="LibreOffice"):
            read_any(path)
        return
    subprocess.run([soffice, f"-env:UserInstallation=file:///tmp/lo-{uuid.uuid4().hex}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(REPORT)],
                   check=True, capture_output=True, timeout=180)
    legacy = read_any(tmp_path / "r13-yanta-library.doc").evaluation
    original = read_any(REPORT).evaluation
    meta = {"provenance", "reading", "alternatives"}
    assert legacy.model_dump(exclude=meta) == original.model_dump(exclude=meta)
