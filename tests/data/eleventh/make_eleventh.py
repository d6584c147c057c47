"""Build the eleventh evaluation set: 8 project (项目支出) reports of hospitals, schools, agriculture and transport
bureaus in shapes the ten earlier sets do not cover, with invented units, people and figures.

Run: .venv/bin/python tests/data/eleventh/make_eleventh.py        (~10 s; LibreOffice for k01)
Then: .venv/bin/python tests/data/eleventh/check_eleventh.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx/.pdf containers carry their save time.
Each report's facts are written once (eleventh_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import eleventh_files  # noqa: E402
import eleventh_forms  # noqa: E402
from corpus_build import build  # noqa: E402
from eleventh_base import write_expected  # noqa: E402

MODULES = [eleventh_forms, eleventh_files]

if __name__ == "__main__":
    build(HERE, MODULES, "k", write_expected)
