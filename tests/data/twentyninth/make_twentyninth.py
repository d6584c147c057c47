"""Write the twenty-ninth set: 8 self-evaluation reports written in styles none of the 28 earlier sets uses (a report
written as a letter to the finance bureau with 主送 / 抄送, one indicator table per 二级指标, results given as 完成率 or
达成率, a 政府采购 project with 招标 / 中标 / 验收 figures, a school's 生均 and a hospital's 床位 figures, amounts in 元
with decimals in prose and in tables, scores only in a closing 自评得分汇总表, grades in words 优秀 / 良好 / 合格), and
their facts; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/twentyninth/make_twentyninth.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfifth", "twentysecond", "twentyfirst", "twentieth", "eighteenth"),
                               ("twentyninth_reports:REPORTS",)))
