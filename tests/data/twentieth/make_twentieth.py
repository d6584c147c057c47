"""Write the twentieth set: 12 self-evaluation reports in shapes the earlier sets do not use, and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/twentieth/make_twentieth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice; the YAML writer and the
conversion are the seventeenth set's, the builders the eighteenth set's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth",), ("twentieth_word:WORD", "twentieth_text:TEXT")))
