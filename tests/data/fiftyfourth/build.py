"""Write the fifty-fourth set: 8 reports of 2025 in a Jiangxi county finance bureau's inbox (江西 遂川县) from bodies no
set wrote for — a .txt questionnaire answered "问1：" / "答：", a landscape .pdf form whose columns run over two pages
(the 三级 column repeated on the 续表 page), a .docx form of two rows per indicator, a whole-unit .docx in 千元, a
whole-unit .docx questionnaire table (评价问题 / 单位回答 / 分值 / 得分), an .rtf of 【】 indicator cards, an .htm form
with a 小计 row under each 一级 block and the project's total investment in 亿元, and a whole-unit .txt packing several
"label：value" pairs on a line.

Run from the worktree root: .venv/bin/python tests/data/fiftyfourth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("fiftythird", "eighteenth", "fortyeighth", "fortyseventh", "fortyfourth",
                              "twentyseventh", "twentieth", "twentyfifth", "twentysecond", "twentyfirst"),
                       ("fiftyfourth_reports:REPORTS",)))
