# ruff: noqa: E501
"""Write the twenty-eighth set: 14 self-evaluation reports written in styles none of the 27 earlier sets uses (a budget
told across paragraphs and revised twice, "数量指标：…完成率N%" runs, numbered indicators with 目标值 / 完成值 in brackets,
a closing score table, 亿元 with other years' figures, block header rows, a 收支 table in the text, 元 with separators in
prose and in text cells, results in a paragraph per level, grades in words, a 自评权重 column, an annexed project list),
and their facts; three plant an inconsistency.

Run from the worktree root: .venv/bin/python tests/data/twentyeighth/make_twentyeighth.py
Every unit, person and figure is invented. The PDF is made by LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfifth", "twentysecond", "twentyfirst", "twentieth", "eighteenth"),
                               ("twentyeighth_project:PROJECT", "twentyeighth_whole:WHOLE")))
