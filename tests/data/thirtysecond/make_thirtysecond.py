"""Write the thirty-second set: 8 self-evaluation reports in table and form styles none of the 31 earlier sets uses
(a Word form with the 一级 and 二级 columns merged down their blocks and a 权重 column in %, a 部门整体 form with 收入
and 支出 blocks before the indicators, 年度指标值 / 实际完成值 cells holding words and ranges, a form with a 中期指标值
column beside the 年度指标值, a 偏差原因 column of long sentences with figures, an indicator table split across two
Word tables, a money block in 元 with thousands separators, a whole-unit Word form with staff label cells and income /
expenditure rows), and their facts; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtysecond/make_thirtysecond.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("thirtieth", "twentyninth", "twentyfifth", "twentysecond", "twentyfirst",
                                      "twentieth", "eighteenth"), ("thirtysecond_reports:REPORTS",)))
