"""Write the fifty-fifth set: 8 whole-unit (部门整体) self-evaluations of 2025 a city's market-regulation bureau
publishes for itself and its subordinate 所 and 中心 — a saved site page (.mht) with the bureau's 部门职责 / 机构设置 /
人员 sections and a summary table over its units, an .ods form whose 一级 cells carry their block weights, a WPS .et
form still holding the template's empty 指标2 / …… rows, a .wps report whose indicators are sentences of 年度目标值 /
全年实际值, a .txt of an article a site split over three pages (its furniture between the parts, the form cut
between two of them), a .docx form parted into 共性指标 / 个性指标 rows, an .xls form in 元 with ¥ signs, and an .html
page whose label cells are letter-spaced.

Run from the worktree root: .venv/bin/python tests/data/fiftyfifth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyninth", "fortyseventh", "fortyfourth",
                              "twentyseventh", "twentieth", "twentyfifth", "twentysecond", "twentyfirst"),
                       ("fiftyfifth_pages:REPORTS", "fiftyfifth_forms:REPORTS")))
