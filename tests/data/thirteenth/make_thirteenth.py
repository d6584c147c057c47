"""Build the thirteenth evaluation set: 10 whole-unit and project self-evaluation reports written mainly in
prose, in wordings the twelve earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/thirteenth/make_thirteenth.py      (~10 s, LibreOffice for x05)
Then: .venv/bin/python tests/data/thirteenth/check_thirteenth.py    (the fixtures' self-check)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import thirteenth_files  # noqa: E402
import thirteenth_prose  # noqa: E402
from corpus_build import build  # noqa: E402
from thirteenth_base import write_expected  # noqa: E402

MODULES = [thirteenth_prose, thirteenth_files]

if __name__ == "__main__":
    build(HERE, MODULES, "x", write_expected)
