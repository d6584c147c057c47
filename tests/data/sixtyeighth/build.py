"""Write the sixty-eighth set: 8 whole-unit (部门整体支出) self-evaluations of 2023–2025 by courts, procuratorates,
a justice bureau, schools and a hospital of Liaoning, Jilin, Tianjin and Inner Mongolia, in shapes no earlier set
uses: a PDF viewer's copy with a 目录 of leader dots, hard wraps inside words and figures and a running head on every
page; a saved page whose indicator block is nested two tables deep; a .docx whose form stands in a landscape section
with its score only in a text box; an .ofd whose lines are cut into several text objects; a 自评表 placed before the
report's title; an .xlsx of numbers shown through number formats; a form scoring the execution rate out of 20 by a
formula head; spending only in a table by 功能分类科目 code.

Run from the worktree root: .venv/bin/python tests/data/sixtyeighth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfifth", "sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth",
                              "twentyfourth", "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth",
                              "seventeenth"),
                       ("sixtyeighth_text:REPORTS", "sixtyeighth_files:REPORTS")))
