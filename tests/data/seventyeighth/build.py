"""Write the seventy-eighth set: 8 self-evaluations of 2022–2025 on the revised whole-unit and project templates, by
bureaus and project units of Jiangxi, Guizhou, Henan, Shanxi, Zhejiang, Guangxi, Sichuan and Shandong, as Word keeps
them and as an OA system exports them: money split by column into 基本支出 / 项目支出 under a two-row header (or a row a
stage), 中期 and 年度 targets side by side, a 成本指标 block (经济 / 社会 / 生态环境成本指标), 服务对象满意度 in the
效益 block, results told as ①②③ items, the forms in 附表 after the prose, run on in a 续表.

Run from the worktree root: .venv/bin/python tests/data/seventyeighth/build.py
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
                       ("seventyeighth_word:REPORTS", "seventyeighth_text:REPORTS")))
