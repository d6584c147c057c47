"""Write the fifty-second set: 8 reports a city finance bureau's reviewer received in 2026 for the year 2025 —
a township health centre's 绩效目标申报表 beside its 自评表 (.odt), a whole-unit form with the 2021 成本指标 block
and 定性 rows graded 达成 / 部分达成 (.rtf), a prose report in full-width digits with quarter points under
第一部分 / （Ⅰ） / ① headings (.txt), a whole-unit page with a summary table of six projects and its grade only in
the closing sentence (.mhtml), a UTF-16 .csv export in 元 with separators, a sheet with a 评价等级 column (.xls), a
form nested in a layout table in 元 with the 10 / 90 split on lines of their own (.docx), and a form across two PDF
pages under a closing grade that does not fit its total (planted).

Run from the worktree root: .venv/bin/python tests/data/fiftysecond/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyfourth", "twentyfirst", "twentieth"),
                       ("fiftysecond_reports:REPORTS",)))
