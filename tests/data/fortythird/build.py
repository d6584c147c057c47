"""Write the forty-third set: 8 whole-unit 整体支出 self-evaluations (4 .txt, 3 .docx, 1 .pdf) of 乡镇人民政府,
街道办事处 and 区县部门 in 2019–2025, in the ways other finance offices write them: a finance bureau's cover sheet
and a 基本概况 copied one cell a line, the self-evaluation inside a 部门决算 document, a form first with a
得分计算方法 column, ①②③ indicator lines under weighted 一级 headings, 基础数据 tables before the prose, a
主要数据一览 block and a fixed-width printed table, indicators transposed one a column, score-first indicator
paragraphs; one plants an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/fortythird/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentieth", "eighteenth"), ("fortythird_reports:REPORTS",)))
