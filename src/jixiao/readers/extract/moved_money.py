"""A money block whose figures a scan or a viewer moved out of their cells: the labels 全年预算数 | 全年执行数 | 执行率
in their order, the figures after them and on the next lines, in among the 其中 rows' labels ("全年预算数(A)180全年
执行数(B)执行率(B/A)其中中央补助自治区补助180万元" / "162.36万元" / "90.2%"). Which figure is which is read from the
block's own constraint: the last amount divided by the first gives the rate stated after them (to its decimals).
Then the first is the budget, the last the amount spent, the percent the rate, each a guess; read only when no
budget figure was read elsewhere.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.numbers import place_unit, to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_LABELS = re.compile(r"全年预算数?.{0,40}?全年执行数?.{0,30}?执行率")
_SPAN = 160  # characters after the labels where the figures sit
# an amount (not a year, a month, a date or a label's letter) or a percent
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|万元|元)?(?![\d.]|\s*[年月日号])")
_WANTED = ("budget.adjusted", "budget.executed", "budget.initial")


def moved_money(outline: Outline, facts: Facts) -> None:
    if any(facts.has(path) for path in _WANTED):
        return
    lines = outline.lines
    for k, line in enumerate(lines):
        if "执行率" not in line.norm or "预算" not in line.norm:
            continue
        labels = _LABELS.search(line.norm)
        if labels is None:
            continue
        text = line.norm[labels.start():] + "".join(" " + below.norm for below in lines[k + 1: k + 4])
        amounts: list[Decimal] = []
        for figure in _FIGURE.finditer(text[:_SPAN]):
            if figure.group(2) == "%":
                _put(facts, amounts, to_decimal(figure.group(1)), line.location, text[:figure.end()])
                return
            amounts.append(to_decimal(figure.group(1)))


def _put(facts: Facts, amounts: list[Decimal], rate: Decimal, location: str, quote: str) -> None:
    """The first and last amounts and the rate, when the rate is the last over the first."""
    if len(amounts) < 2 or not amounts[0]:
        return
    if (amounts[-1] * 100 / amounts[0]).quantize(place_unit(rate), ROUND_HALF_UP) != rate:
        return
    source = ref(location, quote, guessed=True)
    facts.put("budget.adjusted", amounts[0], source)
    facts.put("budget.executed", amounts[-1], source)
    if not facts.has("budget.stated_execution_rate"):
        facts.put("budget.stated_execution_rate", rate, source)
