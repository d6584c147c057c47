"""Write the lure set: 14 clean self-evaluation reports (no defect at all), each built around a shape that can lure a
reader or a check into a false error, and their expected facts (no ``planted:`` list: nothing is planted).

Run from the worktree root: .venv/bin/python tests/data/lure/make_lure.py
Every unit, person and figure is invented. The YAML writer and Word → PDF are the seventeenth set's, the Word builders
and facts record the eighteenth set's, the money block the twentieth set's, the workbook writer the twenty-first's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentyfirst", "twentieth", "eighteenth"),
                               ("lure_word:WORD", "lure_text:TEXT", "lure_sheets:SHEETS")))
