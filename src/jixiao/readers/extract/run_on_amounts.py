"""A project form's money labels run together with their figures on one line, as a viewer copies a cover:
"…计划投资额(万元)110.00实际到位资金(万元)84.74实际使用情况(万元)84.74其中:…". Read like the same labels side by
side in a table (table_amounts), and only when the line holds both the budget and what was spent."""

from __future__ import annotations

import re

from jixiao.numbers import parse_money
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.table_amounts import _amount_field

_LABELLED_FIGURE = re.compile(r"([\u4e00-\u9fff]{2,20})\s*\(\s*(亿元|万元|元)\s*\)\s*(\d[\d,]*(?:\.\d+)?)(?![\d.%])")
_WANTED = ("budget.adjusted", "budget.executed")


def run_on_amounts(outline: Outline, facts: Facts) -> None:
    """The budget and the amount spent from a run-together line of "label(万元)figure" pairs, when no budget
    figure was read elsewhere."""
    if any(facts.has(path) for path in (*_WANTED, "budget.initial")):
        return
    for line in outline.lines:
        if "元)" not in line.norm:
            continue
        found: dict[str, tuple[str, re.Match[str]]] = {}
        for pair in _LABELLED_FIGURE.finditer(line.norm):
            words = pair.group(1)
            # the label is the longest tail of the words before the bracket that names a budget figure
            path = next((field for k in range(max(0, len(words) - 10), len(words) - 1)
                         if (field := _amount_field(words[k:])[0]) is not None), None)
            if path in _WANTED and path not in found:
                found[path] = (pair.group(3) + pair.group(2), pair)
        if len(found) == len(_WANTED):
            for path, (figure, pair) in found.items():
                amount, _unit = parse_money(figure)
                facts.put(path, tidy(amount), ref(line.location, line.text[pair.start(): pair.end()]))
            return
