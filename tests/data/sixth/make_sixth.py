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
sys.path[:0] = [str(HERE), str(HERE.parent)]

import reports_cells  # noqa: E402
import reports_files  # noqa: E402
import reports_forms  # noqa: E402
import reports_pdf  # noqa: E402
import reports_text  # noqa: E402
from corpus_build import build  # noqa: E402
from sixth_base import write_expected  # noqa: E402

MODULES = [reports_forms, reports_cells, reports_files, reports_text, reports_pdf]

if __name__ == "__main__":
    build(HERE, MODULES, "s", write_expected)
