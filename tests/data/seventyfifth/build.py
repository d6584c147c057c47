"""Write the seventy-fifth set: 8 self-evaluations of 2020–2025 by district and street-level units of Beijing,
Shanghai, Tianjin, Chongqing, Jiangsu and Zhejiang (街道办事处, 社区卫生服务中心, 城管执法, 区级文旅, 退役军人服务站,
残联), as such units publish them: whole-unit reports whose 自评表 sits in an appendix after the prose and the
自评结论, targets and actuals mixing words and figures, scores with one or two decimals, 扣分原因 columns, a WPS sheet
of numeric cells, a two-row form header, a viewer's layout copy with spaces for columns, a GB2312 page holding a Word
paste.

Run from the worktree root: .venv/bin/python tests/data/seventyfifth/build.py
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
                              "seventysecond", "seventyfourth"),
                       ("seventyfifth_text:REPORTS", "seventyfifth_files:REPORTS")))
