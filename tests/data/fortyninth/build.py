"""Write the forty-ninth set: 8 reports a county finance bureau received in 2025 from units no earlier set wrote
for — a hospital's equipment purchase with 中央 / 省级 / 县级 / 单位自筹 columns (.et), a town's whole-unit form with
年度主要任务 rows (.wps), a central transfer's 区域绩效自评表 (.ods), a 2021-template 成本指标 block (.doc, written from
an .odt: LibreOffice wrote the .docx straight to .doc without its table), a two-row indicator header (.docx), 权重 /
自评分 columns (.rtf), a school's 生均 figures in 元 (.mht), prose and form differing on the spending (.pdf, planted).

Run from the worktree root: .venv/bin/python tests/data/fortyninth/build.py
Every unit, person and figure is invented. The .et, .wps, .ods, .doc and the PDF are written by LibreOffice (the .et
and .wps as the BIFF / Word 97 binaries WPS saves under those names).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    # build_set's self-check counts TEXT_TABLE_MISMATCH (planted in ny08, raised from the document's two statements,
    # not from its facts) as missing; tests/readers/test_corpora.py leaves it out as FROM_THE_DOCUMENT.
    build_set(HERE, ("eighteenth", "fortyeighth", "fortyfourth", "twentyseventh", "twentieth", "twentyfifth",
                     "twentysecond", "twentyfirst"), ("fortyninth_reports:REPORTS",))
