"""Write the seventy-ninth set: 8 self-evaluations of 2023–2025 as a finance bureau or a 主管部门 compiles and passes
them on, by bodies of Hubei, Yunnan, Jiangsu, Fujian, Heilongjiang, Jilin, Gansu and Inner Mongolia: several units' or
projects' forms in one document (one after another with only a line between; the first form is the document's),
workbooks of one sheet a project with a 汇总 sheet first or last, a .doc and an .xls a converter saved as .docx (style
runs split mid-word, tabs for indentation, spacer columns), and forms in 元 with 万元 in the prose.

Run from the worktree root: .venv/bin/python tests/data/seventyninth/build.py
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
                       ("seventyninth_word:REPORTS", "seventyninth_text:REPORTS", "seventyninth_sheet:REPORTS")))
