"""Build the fifth evaluation set: reports in the shapes real published self-evaluations take when
they reach a reviewer (flattened tables, saved web pages, fused cells, traditional characters), with
invented units and figures.

Run: .venv/bin/python tests/data/fifth/make_fifth.py
Deterministic: no randomness, no clock; every output is byte-identical between runs.
Each report's facts are written once (reports_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import reports_cells  # noqa: E402
import reports_fused  # noqa: E402
import reports_html  # noqa: E402
import reports_lines  # noqa: E402
import reports_pipes  # noqa: E402
import reports_prose  # noqa: E402
from fifth_facts import Report, write_expected  # noqa: E402

MODULES = [reports_cells, reports_pipes, reports_lines, reports_fused, reports_html, reports_prose]


def all_reports() -> list[Report]:
    reports = [make() for module in MODULES for make in module.REPORTS]
    return sorted(reports, key=lambda r: r.name)


def main() -> None:
    reports = all_reports()
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report names"
    for old in HERE.glob("p[0-9][0-9]-*"):
        old.unlink()
    for report in reports:
        path = HERE / (report.name + report.suffix)
        if isinstance(report.body, bytes):
            path.write_bytes(report.body)
        else:
            path.write_text(report.body, encoding="utf-8", newline="")
        write_expected(report, HERE)
        size = path.stat().st_size
        flag = "" if 5_000 <= size <= 60_000 else "   <-- size outside 5–60 KB"
        print(f"{report.name}{report.suffix}: {size:,} bytes{flag}  planted={report.planted}")


if __name__ == "__main__":
    main()
