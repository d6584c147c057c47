"""Write the nineteenth set: 10 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/nineteenth/make_nineteenth.py
Every unit, person and figure is invented. The PDF is made from a Word file with LibreOffice
(the YAML writer and the conversion are the seventeenth set's).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # corpus_build
sys.path.insert(0, str(HERE.parent / "seventeenth"))
import yaml  # noqa: E402
from make_seventeenth import _Dumper, to_pdf  # noqa: E402
from nineteenth_text import TEXT_REPORTS  # noqa: E402
from nineteenth_word import WORD_REPORTS  # noqa: E402


def main() -> None:
    for name, make in {**WORD_REPORTS, **TEXT_REPORTS}.items():
        facts, ext, content = make()
        if ext == "pdf":
            content = to_pdf(content, name)
        path = HERE / f"{name}.{ext}"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        head = f"# Expected facts of {name}.{ext}: only what the document visibly states (money in 万元).\n"
        (HERE / f"{name}.expected.yaml").write_text(
            head + yaml.dump(facts, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
