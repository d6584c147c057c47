"""Write the forty-second set: 8 whole-unit 整体支出 self-evaluations (4 .txt, 4 .docx) of 乡镇人民政府, 街道办事处 and
区县部门 in 2019–2025, siblings of the seed's report written by other offices: the conclusion first or last, 上年 整改
first, 收入 and 支出 in one paragraph or in two tables (or one-row tables with the sources as columns), staff in other
words, the indicators as the seed's numbered prose, as prose under weighted 一级 headings, as a table with 一级 heading
rows, or as prose and a table (附表) with other wording; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/fortysecond/make_fortysecond.py
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
                               ("fortysecond_reports:REPORTS",)))
