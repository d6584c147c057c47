"""Write the fiftieth set: 8 reports a provincial finance department's reviewer received in 2025 from units no
earlier set wrote for — a street office's whole-unit form in 履职效能 / 管理效率 / 运行成本 / 社会效应 /
可持续性 blocks (.et), a project funded only by 年中追加 with its 年初预算数 blank (.odt), a finance system's
GBK .csv with a 数据来源 column (total planted one point high), a site page with an 无障碍 bar, a 索引号 block
and a 得分率 column (.htm), two sheets with 中央资金 / 省级资金 / 市县资金 rows (.xlsx), block subtotals only
with the indicators in prose (.doc, written from an .odt), two projects' forms in one file (.wps), a ruled PDF
whose indicator table runs over two pages before a numbered 整改 list with dates.

Run from the worktree root: .venv/bin/python tests/data/fiftieth/build.py
Every unit, person and figure is invented. The .et, .odt, .doc, .wps and the PDF are written by LibreOffice (the
.et and .wps as the BIFF / Word 97 binaries WPS saves under those names).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyfourth", "twentyfirst", "twentieth",
                             "twentyfifth", "twentysecond"), ("fiftieth_reports:REPORTS",)))
