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
for folder in (HERE, HERE.parent / "twentyfirst", HERE.parent / "twentieth", HERE.parent / "eighteenth",
               HERE.parent / "seventeenth", HERE.parent):
    sys.path.insert(0, str(folder))
from corpus_build import self_check  # noqa: E402
from lure_sheets import SHEETS  # noqa: E402
from lure_text import TEXT  # noqa: E402
from lure_word import WORD  # noqa: E402
from make_seventeenth import write_set  # noqa: E402


def main() -> None:
    write_set(HERE, dict(sorted({**WORD, **TEXT, **SHEETS}.items())))
    raise SystemExit(self_check("lure"))


if __name__ == "__main__":
    main()
