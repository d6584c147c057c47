"""Build the fifth evaluation set: reports in the shapes real published self-evaluations take when
they reach a reviewer (flattened tables, saved web pages, fused cells, traditional characters), with
invented units and figures.

Run: .venv/bin/python tests/data/fifth/make_fifth.py
Deterministic: no randomness, no clock; every output is byte-identical between runs.
Each report's facts are written once (reports_*.py); the document and NAME.expected.yaml come from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import reports_cells  # noqa: E402
import reports_fused  # noqa: E402
import reports_html  # noqa: E402
import reports_lines  # noqa: E402
import reports_pipes  # noqa: E402
import reports_prose  # noqa: E402
from corpus_build import build  # noqa: E402
from fifth_facts import write_expected  # noqa: E402

MODULES = [reports_cells, reports_pipes, reports_lines, reports_fused, reports_html, reports_prose]

if __name__ == "__main__":
    build(HERE, MODULES, "p", write_expected)
