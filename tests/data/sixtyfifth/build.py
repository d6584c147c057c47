"""Write the sixty-fifth set: 8 self-evaluations of 2024 by culture, sports and tourism bodies of Guangdong, Fujian,
Hainan and Guangxi — a museum, a library, a stadium, a tourism promotion centre, a cultural relics bureau, an opera
troupe, a sports school and a 文化馆 — in shapes no earlier set uses: an .ofd package of positioned text objects, a
PDF's text layer with the watermark and the seal's text in the flow, a 备注 column holding the points lost, footnote
marks on names and values with a page header between indicator rows, the levels as an outline in one column with
each level's points on its own row, points in brackets after each 三级 with no 分值 column, target and actual stacked
in one labelled cell, and 指标内容 / 目标值 / 实际值 / 权重分 / 实得分 heads.

Run from the worktree root: .venv/bin/python tests/data/sixtyfifth/build.py
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
                       ("sixtyfifth_text:REPORTS", "sixtyfifth_files:REPORTS")))
