"""Write the forty-seventh set: 8 reports in one finance bureau's mailbox in 2025 — .htm, .ods, .txt (UTF-16), .xlsx,
.mhtml, .docx, .pdf and .odt: a street office's 2021 provincial 部门整体 form with 权重（%） in nested <div>s, a 水利
project's ranges and bounds written every way with "扣2分" notes, two budget years side by side, 元 with thousands
separators on a sheet per project, a 自评结论 table after the indicators, a tab-stop form with 指标性质 / 指标方向, a
two-column PDF with 注 and ①② notes under the form, and a report that writes no execution rate.

Run from the worktree root: .venv/bin/python tests/data/fortyseventh/build.py
Every unit, person and figure is invented. The .ods, .odt and the PDF are written by LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus_build import build_set  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(build_set(HERE, ("eighteenth", "fortyfourth", "twentyseventh", "twentieth",
                                      "twentyfifth", "twentysecond", "twentyfirst"), ("fortyseventh_reports:REPORTS",)))
