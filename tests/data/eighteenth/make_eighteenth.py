"""Write the eighteenth set: 12 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/eighteenth/make_eighteenth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice (the seventeenth set's way).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # corpus_build
sys.path.insert(0, str(HERE.parent / "seventeenth"))
from eighteenth_text import TEXT  # noqa: E402
from eighteenth_word import WORD  # noqa: E402
from make_seventeenth import _Dumper, to_pdf  # noqa: E402


def main() -> None:
    for name, make in {**WORD, **TEXT}.items():
        facts, ext, content = make()
        if ext == "pdf":
            content = to_pdf(content, name)
        path = HERE / f"{name}.{ext}"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        head = f"# Expected facts of {name}.{ext}: only what the document visibly states (money in 万元).\n"
        body: dict[str, Any] = facts
        (HERE / f"{name}.expected.yaml").write_text(
            head + yaml.dump(body, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
