"""Write the seventeenth set: 10 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/seventeenth/make_seventeenth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # corpus_build
from corpus_build import _Dumper, convert, to_pdf, write_set  # noqa: F401  (the sets import them from here)
from seventeenth_reports import REPORTS

HERE = Path(__file__).resolve().parent


def main() -> None:
    write_set(HERE, REPORTS)


if __name__ == "__main__":
    main()
