"""Write the nineteenth set: 10 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/nineteenth/make_nineteenth.py
Every unit, person and figure is invented. The PDF is made from a Word file with LibreOffice
(the YAML writer and the conversion are the seventeenth set's).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, (), ("nineteenth_word:WORD_REPORTS", "nineteenth_text:TEXT_REPORTS")))
