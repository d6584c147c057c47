"""The report a covering letter encloses: "关于报送2025年度项目绩效自评复核结果的函" over a batch's summary, then
"某中心2025年度某某经费绩效自评报告" further down — the enclosed report's own title names its project."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.title_lines import YEAR
from jixiao.readers.textnorm import match_text

# a report's own title closes on its kind of report ("…绩效自评报告", "…项目支出绩效自评表"); a letter's does not
_REPORT_TITLE_END = re.compile(r"(?:绩效)?(?:自评|评价)(?:报告|表)$")
_LOOKED_AT = 80  # lines after the letter's title: a covering page and its summary table


def is_letter_title(title: str) -> bool:
    """"关于报送…的函" / "…的报告": a letter's title (a notice of reports, not a report's own title)."""
    norm = match_text(title).strip()
    return bool(pattern("letter_title_end").search(norm)) and norm.startswith("关于")


def enclosed_title(outline: Outline, last: Line) -> Line | None:
    """The first line below ``last`` (a letter's title) that is a report's own title: short, alone on its line, with
    a year, closing on 自评报告 / 评价报告 / 自评表 / 评价表, no letter of its own."""
    at = next((k for k, line in enumerate(outline.lines) if line is last), None)
    for line in outline.lines[at + 1: at + 1 + _LOOKED_AT] if at is not None else []:
        norm = "".join(line.norm.split())
        if 8 <= len(norm) <= 80 and "|" not in norm and not norm.startswith("关于") and YEAR.search(norm) \
                and _REPORT_TITLE_END.search(norm):
            return line
    return None
