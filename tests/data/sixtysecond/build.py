"""Write the sixty-second set: 8 self-evaluations of 2022 by hospitals, CDCs, schools and universities of Shandong,
Hebei, Shanxi and Liaoning as a provincial 预算管理一体化 system prints or exports them, in shapes no earlier set uses:
the indicator table with 指标性质 / 指标方向 / 度量单位 columns (comparator and unit in columns of their own, figures
bare; in one form the unit column before the direction), money in 元 with separators, 'N/A' and '——' cells, the
export's furniture (打印时间 / 操作员 / 第N页/共M页 / 导出记录数), an indicator table split over two printed pages with
its header repeated and a 本页小计 under each part (PDF, HTML print preview, one .xls sheet), a report whose form is
only an attachment listed at its end, a notice page listing its attachments above the form it shows.

Run from the worktree root: .venv/bin/python tests/data/sixtysecond/build.py
Every unit, person and figure is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_set(HERE, ("sixtyfirst", "eighteenth", "fortyeighth", "fortyseventh", "fortyfourth", "twentyfirst",
                              "twentieth", "fifth", "fourteenth", "tenth"),
                       ("sixtysecond_text:REPORTS", "sixtysecond_files:REPORTS")))
