"""Write the eighteenth set: 12 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/eighteenth/make_eighteenth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice (the seventeenth set's way).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, (), ("eighteenth_word:WORD", "eighteenth_text:TEXT")))
