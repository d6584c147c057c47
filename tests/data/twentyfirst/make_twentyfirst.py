"""Write the twenty-first set: 12 self-evaluation reports in shapes the earlier sets do not use, and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentyfirst/make_twentyfirst.py
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
    raise SystemExit(build_set(HERE, ("twentieth", "eighteenth"),
                               ("twentyfirst_word:WORD", "twentyfirst_text:TEXT", "twentyfirst_sheets:SHEETS")))
