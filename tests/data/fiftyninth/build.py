"""Write the fifty-ninth set: 8 whole-unit 2025 self-evaluations of townships (乡镇人民政府) and street offices
(街道办事处) in Guangdong, Fujian, Zhejiang and Guizhou on the newer whole-unit frame (运行成本 / 管理效率 / 履职效能 /
社会效应 / 服务对象满意度 as 一级, or as 二级 under 产出 / 效益 / 满意度) — a township's saved page (.mht), a street
office's CSV export, a township's .et and .ods sheets, a township's .wps whose form is nested in a layout table beside
its result and score bands, a street office's PDF printed two pages to a sheet, a street office's .doc and a
township's .mhtml — each with a 收支 table of 上年结转 / 本年收入 / 本年支出 / 年末结转 by fund source, staff split
行政编 / 事业编 / 工勤 with 编外 beside them, a table of score bands beside the result, and 元 in some tables beside
万元 in others.

Run from the worktree root: .venv/bin/python tests/data/fiftyninth/build.py
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
                              "fortyninth", "fiftyeighth", "seventeenth"),
                       ("fiftyninth_units:REPORTS",)))
