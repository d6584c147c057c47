"""Write the fifty-third set: 8 reports of 2025 one consultancy sends a county finance bureau in one batch — a .docx
still carrying tracked changes and reviewer comments, a .docx whose unit and year stand only in its cover, header and
footer, a .txt whose 附件 form follows the signature and date, a .pdf form with 实际完成值 before 年度指标值 and 评分
before 标准分, an .htm form with range and interval targets, an .odt 部门整体 form with 基本支出 / 项目支出 rows and a
预期目标 / 实际完成情况 goal block, an .xlsx report in text cells with its form on the second sheet, and an .rtf whose
covering letter lists the batch's scores before the one unit's report.

Run from the worktree root: .venv/bin/python tests/data/fiftythird/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyseventh", "fortyfourth", "twentyseventh", "twentieth",
                              "twentyfifth", "twentysecond", "twentyfirst"), ("fiftythird_reports:REPORTS",)))
