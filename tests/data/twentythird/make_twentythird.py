"""Write the twenty-third set: 12 self-evaluation reports in shapes the earlier sets do not use, and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentythird/make_twentythird.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice; the YAML writer and the
conversion are the seventeenth set's, the builders the eighteenth set's, the money block the twentieth set's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "twentysecond", HERE.parent / "twentyfirst", HERE.parent / "twentieth",
               HERE.parent / "eighteenth", HERE.parent / "seventeenth", HERE.parent / "fourteenth", HERE.parent):
    sys.path.insert(0, str(folder))
from corpus_build import self_check  # noqa: E402
from make_seventeenth import write_set  # noqa: E402
from twentythird_sheets import SHEETS  # noqa: E402
from twentythird_text import TEXT  # noqa: E402
from twentythird_word import WORD  # noqa: E402


def main() -> None:
    write_set(HERE, dict(sorted({**WORD, **TEXT, **SHEETS}.items())))
    raise SystemExit(self_check("twentythird"))


if __name__ == "__main__":
    main()
