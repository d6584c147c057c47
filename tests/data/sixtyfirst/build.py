"""Write the sixty-first set: 8 self-evaluations of 2023 by district commissions and bureaus of Beijing, Shanghai,
Tianjin and Chongqing (an 教育委员会, a 城市管理委员会, a 卫生健康委员会, a 民政局, a 司法局, a 体育局, a 水务局, a
园林绿化局), in shapes no earlier set uses: a Word whole-unit report with a table of contents, running headers and
footnotes and a 项目支出绩效自评结果汇总表 beside its own form; a PDF whose indicator table stands on a landscape page
stored rotated; a wiki page's Markdown export with pipe tables; an .rtf with targets worded 不低于 / 不超过 /
控制在…以内 / 较上年提高; an .odt project report whose score and grade (良好) are told only in the prose; an .xls whose
second sheet is the 汇总表; a system's .csv export with ＞ ＜ targets; an .ods with the 汇总表 above the unit's form.

Run from the worktree root: .venv/bin/python tests/data/sixtyfirst/build.py
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
                              "seventeenth"),
                       ("sixtyfirst_word:REPORTS", "sixtyfirst_sheets:REPORTS")))
