"""Write the forty-fifth set: 8 project and whole-unit self-evaluations as they reach a finance bureau in 2025–2026 on
the 2025 templates — .doc, .xls, .pdf, .odt, .mhtml, .png, .txt and .docx: a department's report summarising its
projects' scores in one table, a form in 元 with 千分位 commas, an indicator table over two pages with its header
repeated, a 自评表 with a 权重 column instead of 分值, an OA page saved as .mhtml, a photo of a score table, a town's
text report with a 整体 form in 元, a Word form with 权重（分）.

Run from the worktree root: .venv/bin/python tests/data/fortyfifth/build.py
Every unit, person and figure is invented. The legacy and OpenDocument files are written by LibreOffice from Word and
Excel files; the photo is drawn with Pillow in a free CJK font.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth", "fortyfourth", "lure", "twentyseventh", "twentyfifth",
                                      "twentysecond", "twentyfirst", "twentieth"), ("fortyfifth_reports:REPORTS",)))
