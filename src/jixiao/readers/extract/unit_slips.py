"""A budget figure written in 元 with the very digits another budget figure of the report states in 万元
("全年预算数2089元" beside "全年执行数2089万元"): the 元 slipped for 万元 — read as 万元, marked guessed, with a
warning."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import field_label
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.textnorm import match_text

_FIGURES = ("budget.initial", "budget.adjusted", "budget.executed")
_IN_YUAN = re.compile(r"\d\s*元")  # "2089元" (not "2089万元")
_WAN = Decimal(10000)


def unit_slips(facts: Facts) -> None:
    for path in _FIGURES:
        value, source = facts.get(path), facts.refs.get(path)
        if not isinstance(value, Decimal) or value <= 0 or source is None:
            continue
        text = match_text(source.text)
        if "万元" in text or not _IN_YUAN.search(text):
            continue
        scaled = tidy(value * _WAN)
        if any(facts.get(other) == scaled for other in _FIGURES if other != path):
            facts.replace(path, scaled, ref(source.location, source.text, guessed=True))
            facts.warn(f"{field_label(path)}在{source.location}写作“{source.text}”，与报告以万元计的同一数字相差一万倍，"
                       f"按{scaled}万元读取（推测）")
