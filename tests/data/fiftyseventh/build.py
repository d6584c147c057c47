"""Write the fifty-seventh set: 8 county transfer-payment (转移支付) self-evaluations of 2024 from Shaanxi, Shanxi
and Inner Mongolia, as a provincial finance department reviewer's 2025 inbox holds them, in shapes no earlier set
uses: an .rtf whose money table puts 中央 / 省级 / 市县 in columns; an .htm 区域绩效自评表 of a transfer payment
(全年预算数（A） / 全年执行数（B） / 执行率（B/A）, rows 中央补助 / 地方资金); an .xls whose targets and
actuals stand in different units (万人次 / 人次, 万元 / 元, 公顷 / 亩); a .wps form continued in a 续表 with its
header repeated; a .doc whose figures stand only in numbered notes at its foot; an .mhtml notice with a metadata
table and a 附件 list above the form; an .ods whole-unit form with a 偏差率 column; an .et form whose
money block splits 中央 / 省级 / 市县 rows.

Run from the worktree root: .venv/bin/python tests/data/fiftyseventh/build.py
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
                              "fortyninth", "fiftyfifth", "fiftysixth", "seventeenth"),
                       ("fiftyseventh_sheets:REPORTS", "fiftyseventh_prose:REPORTS", "fiftyseventh_pages:REPORTS")))
