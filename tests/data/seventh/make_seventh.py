"""Build the seventh evaluation set: 15 reports in shapes of real published self-evaluations that the
six earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/seventh/make_seventh.py        (~10 s; LibreOffice for t12)
Then: .venv/bin/python tests/data/seventh/check_seventh.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx/.xlsx/.pdf containers carry their save time.
Each report's facts are written once (seventh_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import seventh_files  # noqa: E402
import seventh_prose  # noqa: E402
import seventh_tables  # noqa: E402
from corpus_build import build  # noqa: E402
from seventh_base import write_expected  # noqa: E402

MODULES = [seventh_tables, seventh_prose, seventh_files]

if __name__ == "__main__":
    build(HERE, MODULES, "t", write_expected)
