"""Build the ninth evaluation set: 10 reports in shapes of real published self-evaluations that the
eight earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/ninth/make_ninth.py        (a few seconds)
Then: .venv/bin/python tests/data/ninth/check_ninth.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx container carries its save time.
Each report's facts are written once (ninth_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import ninth_files  # noqa: E402
import ninth_forms  # noqa: E402
import ninth_prose  # noqa: E402
from corpus_build import build  # noqa: E402
from ninth_base import write_expected  # noqa: E402

MODULES = [ninth_forms, ninth_prose, ninth_files]

if __name__ == "__main__":
    build(HERE, MODULES, "n", write_expected)
