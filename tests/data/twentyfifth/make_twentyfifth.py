"""Write the twenty-fifth set: 12 self-evaluation reports told in the prose a finance office writes, and their facts.

Run from the worktree root: .venv/bin/python tests/data/twentyfifth/make_twentyfifth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice; the YAML writer and the
conversion are the seventeenth set's, the builders the eighteenth set's, the money block the twentieth set's.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "twentieth", HERE.parent / "eighteenth", HERE.parent / "seventeenth", HERE.parent):
    sys.path.insert(0, str(folder))
from corpus_build import self_check  # noqa: E402
from make_seventeenth import write_set  # noqa: E402
from twentyfifth_project import PROJECT  # noqa: E402
from twentyfifth_whole import WHOLE  # noqa: E402


def main() -> None:
    write_set(HERE, dict(sorted({**PROJECT, **WHOLE}.items())))
    raise SystemExit(self_check("twentyfifth"))


if __name__ == "__main__":
    main()
