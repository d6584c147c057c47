"""Write the forty-first set: 8 reports (4 .txt, 4 .docx; 4 整体支出, 4 项目支出) of units and in habits none of the
forty sets shows: a county hospital and a 高职 college whose 事业收入 dwarfs their 财政拨款, a 乡镇卫生院, a 不动产登记
centre, a state-owned bus company's 财政补贴 project, a 协会's government-purchased service, an 灌区 project and a 测绘
project; indicators as ◆ / ▲ / ※ / ● bullet lists and as "1.1.1" outline numbers, a Word indicator table broken over
a page with its header repeated, a 扣分原因 column, "≥95%（含）" / "＞90%" / "≤3个工作日" / "100%完成" targets,
"已完成" / "按期完成" values, 预算安排 for 年初预算, the form in 元 and the prose in 万元, 绩效目标 and 完成情况 as two
numbered lists, "综合得分" / "最终得分" with "评价等次：良"; two plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/fortyfirst/make_fortyfirst.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfifth", "twentieth", "eighteenth"),
                               ("fortyfirst_reports:REPORTS",)))
