"""Write the seventy-second set: 8 self-evaluations of 2020–2025 by public-security, court, procuratorate, justice,
market-regulation, emergency-management, statistics and archives bodies of Fujian, Zhejiang, Shandong, Henan and
Tianjin, in shapes no earlier set uses: reStructuredText with a field list and simple tables; a data warehouse's CSV
of (对象, 属性, 值) triples; a datagrid page whose header, body and footer are separate tables; an .xlsx of level paths
and text amounts carrying 万元; a .docx dated only in Chinese numerals with target → actual cells; a PDF whose form
writes weight and score as "15（15）"; an .odt on the thirteen-column provincial form with a 年度资金使用完成比率; a
.docx whose indicator table opens on 分值 and 得分.

Run from the worktree root: .venv/bin/python tests/data/seventysecond/build.py
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
                       ("seventysecond_text:REPORTS", "seventysecond_files:REPORTS")))
