"""Write the forty-fourth set: 8 project (专项资金 / 项目支出) self-evaluations with their 自评表 as finance offices
publish them — .txt, .docx, .xlsx and .html: a sheet copied into text with tabs, the Sichuan 预算执行情况 workbook, a
Word file saved as a web page, a Word key-value budget grid, a phone article's indicator cards, a page with a two-row
money header, a Word form in 元, a workbook of two sheets; one plants an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/fortyfourth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth",), ("fortyfourth_reports:REPORTS",)))
