"""Write the seventy-first set: 8 self-evaluations of 2019–2025 by agriculture, water, forestry, ecology and
rural-revitalisation bureaus and stations of Liaoning, Jilin, Heilongjiang, Inner Mongolia and Hebei — project and
whole-unit reports — in shapes no earlier set uses: a system's JSON export and an XML export saved as text; a
presentation printed to PDF (figure cards, the form on a page of its own); an online document's HTML export with a
comment panel quoting other figures; a long 对象 / 属性 / 值 sheet; a Markdown task list ("- [x]" / "- [ ]") of
indicators; a Word report whose form is an embedded Excel object; one wide row of a batch export.

Run from the worktree root: .venv/bin/python tests/data/seventyfirst/build.py
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
                       ("seventyfirst_text:REPORTS", "seventyfirst_files:REPORTS")))
