"""Write the fifty-sixth set: 8 self-evaluations of 2024 that provincial finance departments' 2025 spot
checks (抽查) drew from prefecture and county bodies of Heilongjiang, Jilin, Qinghai, Xinjiang, Tibet, Hainan
and Ningxia, each in its own template and in the formats the sets use least: an .ods form in the 决策 / 过程 /
产出 / 效益 frame with 指标解释 and 评分标准 columns; a .doc whole-unit report with Korean and Chinese headings
and a 评分表 scored by a 扣分 column only; a .wps report with its money in Chinese numerals and a conclusion
table of 权重 / 得分 / 得分率; an .mht page with Uyghur beside the Chinese in every heading and label cell; an
.odt whole-unit report with Tibetan-first headings and staff traits after the total; an .xls form with a
second sheet of the spot check's 复核 scores; a .csv system export in sections under a 2025 抽查 header; an .et
form whose counts are written in Chinese numerals.

Run from the worktree root: .venv/bin/python tests/data/fiftysixth/build.py
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
                              "fortyninth", "fiftyfifth", "seventeenth"),
                       ("fiftysixth_forms:REPORTS", "fiftysixth_prose:REPORTS")))
