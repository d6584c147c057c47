"""Build the twelfth evaluation set: 12 reports (project and whole-unit) in shapes the eleven earlier sets do
not cover, with invented units, people and figures (Hainan, Chongqing, Jiangxi, Guizhou, Zhejiang, Hubei,
Ningxia, Tianjin).

Run: .venv/bin/python tests/data/twelfth/make_twelfth.py        (~10 s; LibreOffice for m05)
Then: .venv/bin/python tests/data/twelfth/check_twelfth.py      (the fixtures' self-check)
No randomness and no clock in the text files; the .docx/.xlsx/.pdf containers carry their save time.
Each report's facts are written once (twelfth_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import twelfth_files  # noqa: E402
import twelfth_more  # noqa: E402
import twelfth_text  # noqa: E402
from corpus_build import build  # noqa: E402
from twelfth_base import write_expected  # noqa: E402

MODULES = [twelfth_text, twelfth_files, twelfth_more]

if __name__ == "__main__":
    build(HERE, MODULES, "m", write_expected)
