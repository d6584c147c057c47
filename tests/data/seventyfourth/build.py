"""Write the seventy-fourth set: 8 self-evaluations of 2018–2025 by transport, housing, natural-resources,
veterans-affairs and sports bodies of Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang and Guizhou, in provincial variants
of the forms and multi-part documents no earlier set uses: a 指标解释 column after the name with 权重 before the values
and 完成率 after them; two projects' forms on one page; a form continued over a viewer's page break under "续表" with
its header repeated; a form in 万元 above a spending breakdown in 元; a 评分汇总表 closing on 综合得分 and an 等级 word;
评分标准 and 佐证材料 columns beside a money block in 元; a report in parts whose total stands only in its summary; a
收支 table in 元 beside 权重（%） and 指标解释 columns.

Run from the worktree root: .venv/bin/python tests/data/seventyfourth/build.py
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
                              "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth", "seventeenth",
                              "seventysecond"),
                       ("seventyfourth_text:REPORTS", "seventyfourth_files:REPORTS")))
