"""Build the fourteenth evaluation set: 11 reports in flattenings of real published self-evaluation forms that
the earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/fourteenth/make_fourteenth.py        (~10 s, LibreOffice for r11)
Then: .venv/bin/python tests/data/fourteenth/check_fourteenth.py      (the fixtures' self-check)
No randomness and no clock in the text files; the PDF carries its print time.
Each report's facts are written once (fourteenth_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import fourteenth_forms  # noqa: E402
import fourteenth_lines  # noqa: E402
import fourteenth_pages  # noqa: E402
import fourteenth_pdf  # noqa: E402
from corpus_build import build  # noqa: E402
from fourteenth_base import write_expected  # noqa: E402

MODULES = [fourteenth_forms, fourteenth_lines, fourteenth_pages, fourteenth_pdf]

if __name__ == "__main__":
    build(HERE, MODULES, "r", write_expected)
