"""Write the seventieth set: 8 self-evaluations of 2022–2025 by towns, street offices and village collectives of
Guangxi, Hainan, Jiangxi, Hubei and Hunan — 乡村振兴衔接资金 project reports and whole-unit reports — in shapes no
earlier set uses: a wiki page's Markdown export opened by a front-matter block that carries the unit, year and score;
a .txt report with its score table pasted as CSV lines (quoted cells with separators); an .odt whose indicator table
is transposed (one column per indicator); a saved page whose form is a grid of div elements laid out by CSS
display: table; an OA tree export (├── / └──) of the indicator levels under prose whose money is in Chinese numerals;
a page of one definition list (dl / dt / dd) per indicator; an INI-style export ([section] and key=value lines); an
.xlsx whose indicator block is transposed beside an upright money block.

Run from the worktree root: .venv/bin/python tests/data/seventieth/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtythird", "sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth",
                              "twentyfourth", "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth",
                              "seventeenth"),
                       ("seventieth_text:REPORTS", "seventieth_files:REPORTS")))
