"""Write the sixtieth set: 8 project self-evaluations of 2024 for special-bond (专项债券) and government-fund
(政府性基金) projects of Jiangsu, Sichuan, Hubei and Henan, in shapes no earlier set uses: a Word form still holding
a reviewer's tracked changes (w:ins / w:del) and comments; a site's page (.htm) whose table has a caption and th
cells, targets as ranges; a text copied from a document viewer with its running header and 第 N 页 共 M 页 footer
inside the table; an .ods with the fund sources (债券资金 / 配套资金 / 自筹资金) as the money block's columns and
指标解释 / 评分标准 / 扣分原因 columns; a .csv whose merged cells were filled with their text; an .et with
half-point weights and a sheet of the bond's terms; a .wps report with 指标解释 / 评分标准 / 扣分原因 columns; an .mht
page with a 亿元 bond summary above the form.

Run from the worktree root: .venv/bin/python tests/data/sixtieth/build.py
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
                              "fortyninth", "fiftyfifth", "seventeenth"),
                       ("sixtieth_word:REPORTS", "sixtieth_forms:REPORTS")))
