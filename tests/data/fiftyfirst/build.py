"""Write the fifty-first set: 8 reports as a bureau's reviewer gets them from the web — a form copied one cell a line
with blank lines between some cells, web-copied cells ending in " |" with merged first cells and ``|||`` row breaks
(GBK), a form on one line after a page's metadata block, a prose report a viewer broke every 34 characters with page
numbers between pages, a county site's .html with the form as a DOM table (rowspan / colspan), a traditional-script
mirror with a small form, a report whose form is an image (.htm), and a whole-unit report in a wording unlike the seed's
(资金使用率, 绩效目标完成度, 综合评分, 评定为“良”).

Run from the worktree root: .venv/bin/python tests/data/fiftyfirst/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyfourth", "twentyseventh", "twentieth", "twentyfifth",
                              "twentysecond", "twentyfirst"), ("fiftyfirst_reports:REPORTS",)))
