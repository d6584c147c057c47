"""Write the crash corpus of the reliability issues into a folder, one sub-folder per case, with the
commands that met each input (for manual runs; the tests and the benchmark build them on their own).

    .venv/bin/python tests/fuzz/build_corpus.py OUT_DIR [CASE …]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the helpers hostile.py imports

from hostile import CASES


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out, names = Path(argv[0]), set(argv[1:])
    for case in CASES:
        if names and case.name not in names:
            continue
        folder = out / case.name
        folder.mkdir(parents=True, exist_ok=True)
        paths = case.build(folder)
        commands = "; ".join(f"jixiao {c} {' '.join(repr(p) for p in paths)}" for c in case.commands)
        (folder / "COMMANDS.txt").write_text(f"issue {case.issue}: {commands}\n", encoding="utf-8")
        print(f"{case.name:<28} issue {case.issue}  {commands}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
