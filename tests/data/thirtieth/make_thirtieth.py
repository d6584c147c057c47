"""Write the thirtieth set: 8 self-evaluation reports written in styles none of the 29 earlier sets uses (a
township's report naming several small projects after the unit's total, a budget told by quarter and another month
by month, a Word form with merged 一级 cells and the 二级 written once per block, results told as "计划…，实际…，
完成率…" sentences, a 垂直管理 tax bureau with its staff in a 编制数 / 实有数 table, an association and a state-owned
company receiving a subsidy, scores told as deductions "扣X分", a form pasted as a picture with only its caption),
and their facts; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtieth/make_thirtieth.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyninth", "twentyfifth", "twentysecond", "twentyfirst", "twentieth",
                                      "eighteenth"), ("thirtieth_reports:REPORTS",)))
