"""Write the sixty-seventh set: 8 project and whole-unit self-evaluations of 2022–2024 agriculture, water
conservancy, forestry and rural-revitalisation funds of county centres and bureaus in Hebei, Shandong, Henan and
Shaanxi, as a consultancy receives them, in shapes no earlier set uses: a printed form's 栏次 row and column-number
row (PDF), level columns so narrow their merged cells stand a character or two a line (PDF), a form in an iframe saved
as its own part of an .mhtml, an OA page's hidden column and hidden draft row (.mhtml), a workbook whose second sheet
is a 填报说明 with example figures (.xlsx), cells holding more decimals than they show with the staff on a second
sheet (.xlsx), a Word form split into two tables by a page break inside the indicators and inside the money block.

Run from the worktree root: .venv/bin/python tests/data/sixtyseventh/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfourth", "sixtyfirst", "eighteenth", "fortyeighth", "fortyfourth", "twentyfourth",
                              "twentieth", "twentyfirst", "twentythird", "fifth", "fourteenth", "tenth", "seventeenth"),
                       ("sixtyseventh_word:REPORTS", "sixtyseventh_sheets:REPORTS")))
