"""Write the sixty-ninth set: 8 self-evaluations of 2021–2025 culture, tourism, sports, health and civil-affairs funds
of Shanxi, Gansu, Qinghai, Ningxia and Xinjiang bodies, in shapes no earlier set uses: a 预算管理一体化 .xlsx export
printing the form's whole head again on every page with page rows between; a .docx whose value cells are cell-level
content controls still showing their placeholders when empty; a form forwarded twice by e-mail and quoted at the second
level with its tabs; a landscape PDF of two text columns, the form beside its 扣分情况说明; coded 二级 and 三级 cells
("C1-2 …"); 元 with separators under lone "单位：元" lines; full-width commas as thousands separators; a system's CSV
print export with its header repeated after each page row.

Run from the worktree root: .venv/bin/python tests/data/sixtyninth/build.py
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
                       ("sixtyninth_text:REPORTS", "sixtyninth_files:REPORTS")))
