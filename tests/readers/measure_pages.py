"""Field accuracy of the reader on a folder of reports beside ``NAME.expected.yaml`` files — a corpus under
tests/data, or real published pages kept outside the repository (their text may not be committed):

    PYTHONPATH=src:tests/readers .venv/bin/python tests/readers/measure_pages.py FOLDER [FOLDER ...] [-q]

Per document the share of fields read right and every mismatch (``-q``: the shares only), and ``FALSE ERR`` for an
error-level finding the document's expected facts do not hold (planted ones aside): a misread that accuses the unit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import DATA, errors, evaluate_all, expected_evaluation, report_for

from jixiao.readers import read_any


def false_errors(expected: Path) -> str:
    """The error-level findings of the parsed report that its true facts do not raise, as a suffix for its line."""
    try:
        truth, planted = expected_evaluation(expected)
        wrong = errors(read_any(report_for(expected)).evaluation) - planted - errors(truth)
    except Exception as exc:  # a fixture the model rejects, a report the reader refuses: say so, go on
        return f"  (checks not run: {type(exc).__name__}: {exc})"
    return f"  FALSE ERR {sorted(wrong)}" if wrong else ""


def measure(folder: Path, quiet: bool) -> list[str]:
    lines: list[str] = []
    total = ok = whole = 0
    results = evaluate_all(str(folder))
    for name, (fields, crash) in results.items():
        good = sum(1 for _, _, got in fields if got == "OK")
        total, ok = total + len(fields), ok + good
        share = good / len(fields) if fields else 1.0
        whole += share >= 0.9
        lines.append(f"{name}: {good}/{len(fields)} = {share:.1%}" + (f"  CRASH {crash}" if crash else "")
                     + false_errors(folder / f"{name}.expected.yaml"))
        if not quiet:
            lines.extend(f"    {path}: expected {want!r}, got {got!r}" for path, want, got in fields if got != "OK")
    lines.append(f"OVERALL {folder}: {ok}/{total} = {ok / max(total, 1):.2%}; "
                 f"{whole}/{len(results)} documents >= 90 %")
    return lines


def main(argv: list[str]) -> None:
    quiet = "-q" in argv
    for arg in (a for a in argv if a != "-q"):
        folder = Path(arg) if Path(arg).is_dir() else DATA / arg
        print("\n".join(measure(folder.resolve(), quiet)))


if __name__ == "__main__":
    main(sys.argv[1:])
