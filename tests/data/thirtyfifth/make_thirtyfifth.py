"""Write the thirty-fifth set: 8 whole-unit self-evaluation reports (部门整体支出 / 单位整体支出) of kinds none of the
earlier sets has — a street office with its communities' funds, a county CDC and a county hospital with 事业收入 /
医疗收入, a middle school with 学生资助, a county court, a CPPCC county office, a township with village funds, a
development-zone 管委会 — in habits none of them uses: bodies and subordinate units as numbered lists or a Word table,
收支 figures with 上年 / 本年 / 增减率 columns, the 履职效能 / 管理效率 / 社会效应 / 可持续发展 blocks merged over many
rows or told as numbered prose with points, 三公经费 and 政府采购 paragraphs full of figures that are not the budget, a
自评结论 giving score and grade in other words; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyfifth/make_thirtyfifth.py
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
                               ("thirtyfifth_reports:REPORTS",)))
