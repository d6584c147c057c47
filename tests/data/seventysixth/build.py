"""Write the seventy-sixth set: 8 self-evaluations of 2020–2025 by county bureaus and public institutions of
Heilongjiang, Jilin, Liaoning, Hebei, Shanxi, Shandong and Henan (水务局, 人民医院, 高级中学, 农业农村局, 水利发展中心,
实验小学, 农业技术推广中心, 乡镇卫生院) as their PDFs publish them: running heads and page numbers between a table's
rows, the 自评表 over two pages with its header repeated, long 指标解释 / 评分标准 columns, amounts in 元 with
separators and two decimals, dates written 2025.3.15, a table of a bureau's projects, a form of three sub-projects.

Run from the worktree root: .venv/bin/python tests/data/seventysixth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("seventyfifth", "sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth",
                              "twentyfourth", "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth",
                              "seventeenth", "seventysecond", "seventyfourth"),
                       ("seventysixth_text:REPORTS", "seventysixth_files:REPORTS")))
