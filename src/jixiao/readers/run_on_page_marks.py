"""A page's number copied into a run-on line: a viewer's copy of a whole report run into one line ("…社区矫正对象
第 1 页，共 2 页 某街道2023年度部门整体绩效自评表（续） 指标名称…", "…发放及时率 — 2 — 某局2024年度…") keeps the
page marks that stood on lines of their own, and a mark's figure is no cell (a weight of 2 points). Each mark
standing between spaces in a run-on line is cut out, a space left; a line of ordinary length is left as it is."""

from __future__ import annotations

import re

_MIN_LENGTH = 300  # a line shorter than this is no run-on report
# "— 2 —" (one dash both sides), "第 1 页，共 2 页", "第3页": the forms of a page mark no sentence or cell takes
PAGE_MARK = r"(?:([-—–－])\s*\d{1,3}\s*\1|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)"
_MARK = re.compile(r"(?<=\s)" + PAGE_MARK + r"(?=\s)")


def without_page_marks(text: str) -> str:
    """``text`` with the page marks inside its run-on lines cut out."""
    if not any(len(line) >= _MIN_LENGTH for line in text.split("\n")):
        return text
    return "\n".join(_MARK.sub("", line) if len(line) >= _MIN_LENGTH else line for line in text.split("\n"))
