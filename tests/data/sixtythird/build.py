"""Write the sixty-third set: 8 self-evaluations of 2020–2021 rural-revitalisation, agriculture, water-conservancy and
forestry funds of county bureaus and townships in Inner Mongolia, Shaanxi, Gansu and Qinghai, in shapes no earlier set
uses: a plain-text e-mail reply with the finance bureau's notice quoted under it; a Markdown export whose pipe tables
have no outer pipes, centred alignment rows and escaped pipes inside cells; a PDF whose indicator table is printed in
two bands (the right-hand columns on the next page under the repeated level columns); a bureau's report covering three
projects each with its own form; a questionnaire's CSV export of 问 / 答 rows; a township's .rtf with every figure in
Chinese numerals; a county's web page with its towns' scores above its own form; an .ods whose target and actual cells
are written in Chinese numerals.

Run from the worktree root: .venv/bin/python tests/data/sixtythird/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("eighteenth", "fortyeighth", "fortyfourth", "twentyfirst", "twentieth", "seventeenth"),
                       ("sixtythird_text:REPORTS", "sixtythird_office:REPORTS")))
