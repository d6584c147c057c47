"""Labels joined to their values by leader dots, as WPS and Word print a tab stop with a dot leader:

    年初预算数…………………………456.00万元      →  年初预算数：456.00万元
    项目名称……………………农村公路养护工程        →  项目名称：农村公路养护工程

A contents line (the dots run to a bare page number: "一、项目基本情况……………1") is left for the outline,
which drops it; so is any line whose words before the dots are not a short label.
"""

from __future__ import annotations

import re

_LEADER = re.compile(r"(?m)^([ \t\u3000]*[\u4e00-\u9fffA-Za-z（）()]{2,20}?)[ \t]*[…·.．]{3,}[ \t]*(?=\S)(?![\d\s]+$)")


def leader_labels(text: str) -> tuple[str, int]:
    """``text`` with each label's leader dots read as the colon they stand for; how many lines changed."""
    if "…" not in text and "..." not in text and "···" not in text and "．．．" not in text:
        return text, 0
    return _LEADER.subn(r"\1：", text)
