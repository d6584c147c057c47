"""Write the thirty-third set: 8 self-evaluation reports in formats and regional templates none of the 32 earlier sets
uses (a workbook of three sheets with the conclusion first, a Word-exported PDF whose cells wrap, a finance bureau's
page with the 广东 绩效目标完成情况表, a whole-unit form of 履职效能 / 管理效率 blocks, a community's report with its
conclusion first and every amount in 元, two years side by side, indicators numbered 1 / 1.1 / 1.1.1 in a village's
outline and in a 浙江 form's cells), and their facts; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtythird/make_thirtythird.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyninth", "twentyfifth", "twentieth", "eighteenth"),
                               ("thirtythird_reports:REPORTS",)))
