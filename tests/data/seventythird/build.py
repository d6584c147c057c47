"""Write the seventy-third set: 8 self-evaluations of 2019–2025 by health, education, culture and civil-affairs units
of Guangdong, Guangxi, Hainan, Jiangxi and Hunan, as units publish them: Word reports with the 自评表 as tables after
the prose (a 是否达成 column with each shortfall's reason in a merged row below it; a 小计 row closing each 一级 block;
money by fund source with 合计 last), one printed to PDF with ≧ / ≦ targets, a government site's article page whose
form is a Word paste with two header rows, an .xlsx score sheet of "15分" text cells with its money on a second sheet,
text copied out of a PDF viewer with 公文 page numbers, a portal page whose 二级 and 三级 share a cell.

Run from the worktree root: .venv/bin/python tests/data/seventythird/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth", "twentyfourth",
                              "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth", "seventeenth"),
                       ("seventythird_word:REPORTS", "seventythird_files:REPORTS")))
