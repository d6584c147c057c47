"""Build the sixth evaluation set: 17 reports in shapes of real published self-evaluations that the
five earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/sixth/make_sixth.py
No randomness and no clock in the text files; the .docx/.xlsx containers carry the save time in
their zip entries, so only their content (not their bytes) repeats between runs.
Each report's facts are written once (reports_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import reports_cells  # noqa: E402
import reports_files  # noqa: E402
import reports_forms  # noqa: E402
import reports_pdf  # noqa: E402
import reports_text  # noqa: E402
from sixth_base import Report, write_expected  # noqa: E402

MODULES = [reports_forms, reports_cells, reports_files, reports_text, reports_pdf]


def all_reports() -> list[Report]:
    return sorted((make() for module in MODULES for make in module.REPORTS), key=lambda r: r.name)


def main() -> None:
    reports = all_reports()
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report names"
    for old in HERE.glob("s[0-9][0-9]-*"):
        old.unlink()
    for report in reports:
        path = HERE / (report.name + report.suffix)
        if isinstance(report.body, bytes):
            path.write_bytes(report.body)
        else:
            path.write_text(report.body, encoding="utf-8", newline="")
        write_expected(report, HERE)
        print(f"{report.name}{report.suffix}: {path.stat().st_size:,} bytes  planted={report.planted}")


if __name__ == "__main__":
    main()
