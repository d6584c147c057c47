"""Build the eighth evaluation set: 16 reports in shapes of real published self-evaluations that the
seven earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/eighth/make_eighth.py        (~10 s; LibreOffice for e14)
Then: .venv/bin/python tests/data/eighth/check_eighth.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx/.xlsx/.pdf containers carry their save time.
Each report's facts are written once (eighth_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import eighth_files  # noqa: E402
import eighth_forms  # noqa: E402
import eighth_prose  # noqa: E402
from eighth_base import Report, write_expected  # noqa: E402

MODULES = [eighth_forms, eighth_prose, eighth_files]


def all_reports() -> list[Report]:
    return sorted((make() for module in MODULES for make in module.REPORTS), key=lambda r: r.name)


def main() -> None:
    reports = all_reports()
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report names"
    for old in HERE.glob("e[0-9][0-9]-*"):
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
