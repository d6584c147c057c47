"""Write the sixty-fourth set: 8 self-evaluations of 2023–2024 by courts, procuratorates, public security bureaus,
emergency management bureaus and fire rescue detachments of Jiangsu, Zhejiang, Anhui and Hubei, in shapes no earlier
set uses: the indicator table written as numbered paragraphs each giving 指标值、完成值、分值、得分 in one sentence, a
权重 column in percent beside 分值, three levels with the 一级 written in every row, a separate 扣分情况说明 table
beside a form with no 偏差原因 column, a 更正版 re-issue showing the old and the new figures, a form in a floating
text box, a Word table copied out of a viewer with each merged label on the middle row of its span.

Run from the worktree root: .venv/bin/python tests/data/sixtyfourth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth", "twentyfourth", "twentieth",
                              "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth", "seventeenth"),
                       ("sixtyfourth_text:REPORTS", "sixtyfourth_files:REPORTS")))
