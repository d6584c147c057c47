"""Self-check of the eighth set's fixtures: on the TRUE facts (each NAME.expected.yaml) the checks
raise every planted code and no unplanted error-level code.

Run from the repository root: .venv/bin/python tests/data/eighth/check_eighth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests" / "readers"))

from corpus import ERROR_CODES, cases, expected_evaluation, raised  # noqa: E402


def main() -> int:
    bad = 0
    for path in cases("eighth"):
        evaluation, planted = expected_evaluation(path)
        codes = raised(evaluation)
        missing, extra = planted - codes, (codes & ERROR_CODES) - planted
        bad += bool(missing or extra)
        print(f"{path.name.removesuffix('.expected.yaml')}: planted {sorted(planted)} "
              f"missing {sorted(missing)} unplanted errors {sorted(extra)}")
    print("self-check:", "FAILED" if bad else "passed")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
