"""Write the thirty-ninth set: 8 whole-unit reports (4 .txt, 4 .docx) of kinds no earlier set has — a 公安分局, a
人社局, a 农业农村局, a 民政局 with its 二级单位, a 司法局, an 档案馆, a 卫生健康局 whose 部门 consolidates its
subordinate units and an 教育局 with schools as 二级单位 — in habits none of the 38 sets shows: full-width digits in
amounts and scores, 亿元 totals, numbered indicator paragraphs nested by 一级 / 二级 with each 一级's score in prose, a
spending table crossing 基本支出 / 项目支出 with 人员经费 / 公用经费, the rate told as 决算数 ÷ 调整后预算数 in words,
the grade in quotes, a "1月1日至12月31日" period, a 部门 total with each 二级单位's line, a sign-off with 联系人 / 电话,
a 自评表 appended after the prose with its figures repeated; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyninth/make_thirtyninth.py
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
                               ("thirtyninth_reports:REPORTS",)))
