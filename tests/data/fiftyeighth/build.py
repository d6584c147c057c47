"""Write the fifty-eighth set: 8 whole-unit 2025 self-evaluations of public institutions (事业单位) — a county
hospital (.xls), a vocational school (.et), a research institute (.rtf), a broadcast station (.mht), a water-supply
centre (.csv), an archive (.wps), a sports school (.ods) and a farm-machinery station (.doc) — with 收支 split into
基本支出 / 项目支出 / 经营支出 / 上缴上级支出, staff by 编制类型 with 编外聘用 beside them, money in 元 with thousands
separators, score columns 标准分 / 自评分 / 扣分说明, and one indicator table per project after the unit's own.

Run from the worktree root: .venv/bin/python tests/data/fiftyeighth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyseventh", "fortyfourth", "twentyfirst", "twentieth",
                              "fortyninth", "seventeenth"),
                       ("fiftyeighth_units:REPORTS",)))
