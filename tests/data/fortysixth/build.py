"""Write the forty-sixth set: 8 reports a consultancy wrote for eight clients, as the finance bureau receives them —
.xlsx, .rtf, .txt (GBK), .pdf, .docx, .html, a scanned .pdf and a second .docx: a school's 自评表 of 三级指标 only with
the 一级 / 二级 as section heading rows on the workbook's second sheet, a hospital's indicator scores told in prose, a
township's 整体 form in 元 with 分值（分） and a 偏差原因 for every row, a bureau's money block on 年初预算 / 调整预算 /
实际支出, a centre's indicators numbered 1.1.1 in a form nested in a layout table, a site page with two projects' forms
one after the other, a scan whose total stands only in its closing paragraph, an association's 得分率 column and 良好.

Run from the worktree root: .venv/bin/python tests/data/fortysixth/build.py
Every unit, person and figure is invented. The RTF and the text PDF are written by LibreOffice from Word files; the
scan is a page drawn with Pillow in a free CJK font and saved as an image-only PDF.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth", "fortyfourth", "fortyfifth", "lure", "twentyseventh",
                                      "twentyfifth", "twentysecond", "twentyfirst", "twentieth"),
                               ("fortysixth_reports:REPORTS",)))
