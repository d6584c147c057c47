"""Write the twenty-fourth set: 12 self-evaluation reports in shapes the earlier sets do not use, and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentyfourth/make_twentyfourth.py
Every unit, person and figure is invented. PDFs, the Word 97 file and the recalculated workbooks are made with
LibreOffice; the YAML writer and the conversion are the seventeenth set's, the builders the eighteenth set's, the money
block the twentieth set's, the self-check and entry point ``corpus_build.py``'s.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("twentythird", "twentysecond", "twentyfirst", "twentieth", "eighteenth",
                                      "fourteenth"),
                               ("twentyfourth_word:WORD", "twentyfourth_text:TEXT", "twentyfourth_sheets:SHEETS")))
