"""Write the twenty-sixth set: 12 self-evaluation reports in the form variants provinces and years give the 自评表
(column sets and orders, 2-level and 0–10 forms, the 履职效能 and 投入 / 过程 frames, unusual money rows, two forms in
one report), and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentysixth/make_twentysixth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice; the YAML writer and the
conversion are the seventeenth set's, the builders the eighteenth set's, the money block the twentieth set's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfifth", "twentysecond", "twentyfirst", "twentieth", "eighteenth"),
                               ("twentysixth_project:PROJECT", "twentysixth_whole:WHOLE")))
