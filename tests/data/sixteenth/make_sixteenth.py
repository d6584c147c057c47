"""Write the sixteenth set's 12 reports and their NAME.expected.yaml files into this folder.

Run from the repository root: .venv/bin/python tests/data/sixteenth/make_sixteenth.py (LibreOffice for s05, s10)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sixteenth_files
import sixteenth_text
from sixteenth_base import HERE, write_expected

if __name__ == "__main__":
    for old in HERE.glob("s[0-9][0-9]-*"):
        old.unlink()
    for make in sixteenth_text.REPORTS + sixteenth_files.REPORTS:
        report = make()
        path = HERE / (report.name + report.suffix)
        if isinstance(report.body, bytes):
            path.write_bytes(report.body)
        else:
            path.write_text(report.body, encoding="utf-8")
        write_expected(report)
        print(f"{path.name}: {path.stat().st_size:,} bytes  planted={report.planted}")
