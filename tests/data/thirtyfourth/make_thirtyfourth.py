"""Write the thirty-fourth set: 8 self-evaluation reports of the seed's kind (部门/单位整体支出 and
项目支出 reports of a street office, a town, district bureaus, a school, a hospital, a health centre and a
事业单位) written by other hands: sections in another order or merged, the budget told as 收入 / 支出
决算 figures with 同比 clauses, staff told in other words, the 自评表 as a Word table with other column
names or in a 附件, indicators told per 一级 in prose with scores, 问题 / 改进措施 / 结果应用 sections,
grade words 优秀 / 良好 / "等级为优"; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyfourth/make_thirtyfourth.py
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
                               ("thirtyfourth_reports:REPORTS",)))
