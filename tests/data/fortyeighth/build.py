"""Write the forty-eighth set: 8 reports one consultancy wrote in 2025 — .pdf, .xls, .rtf, .md, .mht, .docx, a GBK
.txt and .odt: a whole-unit indicator table whose header row repeats on every page, 一级 / 二级 merged once per block
with 2.5 / 7.5 weights and two-decimal scores, a 专项资金 of three sub-projects with a 合计 row, a project with
no 年初预算, indicators as a numbered prose list with (分值 / 得分) in brackets, a form in 元 under prose in 万元 split
by a page break, a grade written "良好" / "优秀", and deductions named in a 偏差 section's prose only.

Run from the worktree root: .venv/bin/python tests/data/fortyeighth/build.py
Every unit, person and figure is invented. The .xls, .rtf, .odt and the PDF are written by LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth", "fortyfourth", "twentyseventh", "twentieth",
                                      "twentyfifth", "twentysecond", "twentyfirst"), ("fortyeighth_reports:REPORTS",)))
