"""A self-evaluation exported as an INI / properties file ("[指标01]" section heads, "三级指标 = 某某率" lines) → the
"label：value" lines the label and record readers take.

Only a text that has section heads in brackets holding Chinese ("[基本信息]", "[指标03]") is taken for such an
export, and only its lines whose key is Chinese words (a unit in brackets allowed) are rewritten: a formula in a
report's prose ("得分 = 分值 × 执行率") is left as it stands."""

from __future__ import annotations

import re

# (a line of its own, its spaces and its words before the first Chinese taken once: linear on a long line)
_SECTION = re.compile(r"^[ \t]*+\[[^\]\n\u4e00-\u9fff]*+[\u4e00-\u9fff][^\]\n]*+\][ \t]*$", re.MULTILINE)
_KEY_LINE = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff（）()A-Za-z0-9%％/／、]{1,23}?)[ \t]*=[ \t]*(.*)$",
                       re.MULTILINE)
_MIN_SECTIONS = 2


def ini_pairs(text: str) -> str:
    """``text`` with each "key = value" line of an INI-style export written "key：value" and its section heads in
    【】, a heading's brackets (unchanged when the text has fewer than two bracketed section heads)."""
    if "=" not in text or len(_SECTION.findall(text)) < _MIN_SECTIONS:
        return text
    text = _SECTION.sub(lambda m: f"【{m.group(0).strip()[1:-1]}】", text)  # (a heading of its own: ends a record run)
    return _KEY_LINE.sub(lambda m: f"{m.group(1)}：{m.group(2).strip()}", text)
