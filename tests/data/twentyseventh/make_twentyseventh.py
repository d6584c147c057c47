"""Write the twenty-seventh set: 12 self-evaluation reports in shapes none of the 26 earlier sets
uses (an annexed form with last year's figures and a 整改 list, 指标解释 / 评分标准 columns, an OA
page with nested block tables, 元 with separators and dotted dates in prose, 千元, a form split over
sheets, an .xls in 元 by 资金结构, 部门职责 / 工作任务 columns, 亿元 in prose, label cells and
扣分原因, an .odt with last year's 决算数, a third-party report with a 附件 list), and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentyseventh/make_twentyseventh.py
Every unit, person and figure is invented. PDF, .xls, .rtf and .odt files are made by LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfifth", "twentysecond", "twentyfirst", "twentieth", "eighteenth"),
                               ("twentyseventh_project:PROJECT", "twentyseventh_whole:WHOLE")))
