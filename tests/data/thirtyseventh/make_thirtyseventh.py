"""Write the thirty-seventh set: 8 reports (4 .txt, 4 .docx; 4 whole-unit, 4 project) written by a third party or a
supervising finance bureau for a unit (a consultancy's or a 财政局's voice, 评价依据 / 评价方法 / 评价过程 sections) and
by towns and townships in other provinces' habits (村级运转, 一事一议, 乡村振兴衔接资金): the 指标体系 as a 评分表 with
评分标准 text in every row, the scores also per 一级 in a small summary table, the budget as 年初预算 / 调整预算 / 决算
with a 结余 / 结转 clause, in 元 with separators or in 万元, the 评价结论 first, 问题 and 建议 numbered 一是 / 二是 with
other years' figures, a unit's two projects told one after the other; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/thirtyseventh/make_thirtyseventh.py
Every unit, firm, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyninth", "twentyfifth", "twentieth", "eighteenth"),
                               ("thirtyseventh_reports:REPORTS",)))
