"""Build the tenth evaluation set: 8 whole-unit reports in shapes of real published self-evaluations that the
nine earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/tenth/make_tenth.py        (a few seconds)
Then: .venv/bin/python tests/data/tenth/check_tenth.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx container carries its save time.
Each report's facts are written once (tenth_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import tenth_files  # noqa: E402
import tenth_text  # noqa: E402
from corpus_build import build  # noqa: E402
from tenth_base import write_expected  # noqa: E402

MODULES = [tenth_text, tenth_files]

if __name__ == "__main__":
    build(HERE, MODULES, "w", write_expected)
