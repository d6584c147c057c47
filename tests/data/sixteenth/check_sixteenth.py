"""Self-check of the sixteenth set's fixtures: on the TRUE facts (each NAME.expected.yaml) the checks
raise every planted code and no unplanted error-level code.

Run from the repository root: .venv/bin/python tests/data/sixteenth/check_sixteenth.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_build import self_check

if __name__ == "__main__":
    raise SystemExit(self_check("sixteenth"))
