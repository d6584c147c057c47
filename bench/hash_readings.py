"""Every document's whole reading, hashed: to show that a change meant to make parsing cheaper reads nothing
differently.

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/hash_readings.py FOLDER… > OUT`` once with the old
``src`` and once with the new (``PYTHONPATH=<old tree>/src``), then ``diff`` the two outputs. Each line is a file's
path and the SHA-256 of ``repr`` of ``read_any``'s result (the evaluation with its provenance, the warnings and the
forms), or of the error it raised; ``.expected.yaml`` files (a corpus's answers) are skipped.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.report import REPORT_SUFFIXES


def reading(path: Path) -> str:
    try:
        return repr(read_any(path))
    except Exception as error:  # (a refusal is a reading too, compared like any other)
        return f"{type(error).__name__}: {error}"


def documents(folders: list[str]) -> list[Path]:
    found = []
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix.lower() in REPORT_SUFFIXES and not path.name.endswith(".expected.yaml"):
                found.append(path)
    return found


def main() -> None:
    for path in documents(sys.argv[1:]):
        digest = hashlib.sha256(reading(path).encode("utf-8")).hexdigest()[:16]
        print(f"{path}\t{digest}", flush=True)


if __name__ == "__main__":
    main()
