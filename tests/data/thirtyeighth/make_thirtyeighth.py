"""Write the thirty-eighth set: 6 reports (3 .txt, 3 .docx; 3 whole-unit, 3 project) in plain-Word habits of a 区
bureau, a 乡镇, a 街道, a school, a hospital and a village-road project: the budget told as 收入合计 /
支出合计 with 财政拨款 / 非财政拨款 parts, 人员 as a table (编制 / 实有 / 退休), the indicators in a table whose 一级
and 二级 are merged and whose 三级 carry the unit in brackets (目标值 bare), a 偏差 column in %, the score written
"自评得分：X分（满分100分）", 整改 with deadlines and other years' figures; one plants an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyeighth/make_thirtyeighth.py
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
                               ("thirtyeighth_reports:REPORTS",)))
