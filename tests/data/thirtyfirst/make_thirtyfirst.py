"""Write the thirty-first set: 8 self-evaluation reports in prose-heavy styles none of the 30 earlier sets uses (a
numbered essay whose indicators are clauses of one paragraph per 一级, label lines per indicator, "一是…二是…" lists,
actual-first sentences with the target in brackets, "得满分" / "扣N分，得M分" verdicts; budgets with 追加 and 调减 told
in the 基本情况 paragraph, several funding sources each with its own execution; last year's, a sub-unit's, a village's
and next year's figures quoted in 问题 / 整改), and their facts; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyfirst/make_thirtyfirst.py
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
                                      "eighteenth"), ("thirtyfirst_reports:REPORTS",)))
