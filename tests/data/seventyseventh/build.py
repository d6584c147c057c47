"""Write the seventy-seventh set: 8 self-evaluations of 2021–2025 by towns, street offices and special transfer funds
of Hubei, Anhui, Fujian, Sichuan, Chongqing and Yunnan, as Word and Excel keep them: a unit or a year only in a page
header (a sheet's or a document's), a footer with a page field, text boxes holding the project's labels or the
conclusion, footnotes on a header cell and an indicator's name, a money table nested in a cell, rates written as
decimals ("0.95") or stored as fractions under a percent format, half-point weights and scores, 偏差原因分析 and
改进措施 apart, "N/A" / "/" / "—" cells, grades as 优秀 / 良好 / 合格 or a letter keyed in a note.

Run from the worktree root: .venv/bin/python tests/data/seventyseventh/build.py
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
                       ("seventyseventh_word:REPORTS", "seventyseventh_sheets:REPORTS")))
