"""Write the fortieth set: 8 项目支出 reports (4 .txt, 4 .docx) in habits none of the thirty-nine sets
shows: a 自评表 pasted from Excel as tabs, funds by level as columns with a 合计, an 指标方向 column
with bare 反向 targets and "不高于", qualitative values, 元/人 · 元/亩 · 万元/公里 units, half points,
multi-year projects (2022—2024年) with the span's figures, 预算执行率 out of 10 and the indicators out
of 90 stated apart, a project carried over with no new budget, a 乡镇's report of a transfer, Word
headers of two rows of merged cells; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/fortieth/make_fortieth.py
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
                               ("fortieth_reports:REPORTS",)))
