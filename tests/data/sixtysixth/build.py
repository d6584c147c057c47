"""Write the sixty-sixth set: 8 self-evaluations of 2021–2023 social-security, civil-affairs and health funds
(养老服务补贴, 城乡低保, 残疾人两项补贴, 医疗救助, 基本公共卫生服务) of county bureaus in Yunnan, Guizhou, Xinjiang and
Ningxia, in shapes no earlier set uses: indicators coded A1 / B1 … with a 评分规则 column, a 资金分项汇总表 of sub-funds
above the form, headings and label cells glossed in English, dates as time targets, the grade told only by a tick in
a band table, a three-year money table before one year's form, two indicators to a table row, a 上半年完成值 column
before the 全年完成值.

Run from the worktree root: .venv/bin/python tests/data/sixtysixth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth", "twentyfourth",
                              "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth", "seventeenth"),
                       ("sixtysixth_text:REPORTS", "sixtysixth_files:REPORTS")))
