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
sys.path[:0] = [str(HERE), str(HERE.parent)]

import eighth_files  # noqa: E402
import eighth_forms  # noqa: E402
import eighth_prose  # noqa: E402
from corpus_build import build  # noqa: E402
from eighth_base import write_expected  # noqa: E402

MODULES = [eighth_forms, eighth_prose, eighth_files]

if __name__ == "__main__":
    build(HERE, MODULES, "e", write_expected)
