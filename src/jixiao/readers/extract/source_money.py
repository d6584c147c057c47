"""A money block by source (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) whose cells a PDF's text layer
interleaved with the form's other cells: "… 合计 执行数 执行 (万元) (万元) … 率 120 120 来源 … 审签: … 120 100 % …".
The empty source cells are not printed, so the figures cannot be placed by position. Read by the block's own
constraints instead: the percentage closing the figures is the rate, the figure before it the amount spent,
the one before that the total (合计), and the figures before the total (the sources printed) add up to it; the
rate is what was spent over the total. Every value is guessed; where a constraint fails nothing is read."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# the header's end, its units and the rate's word cut around them ("执行 (万元) (万元) 率"), or the units alone
# with the rate's word printed whole later, before its figure ("执行数 (万元) (万元) 5.5 5.5 … 执行率 100%")
_HEADER = re.compile(r"合计\s*执行数\s*(?:执行\s*(?:率|(?:\((?:万元|元)\)\s*){1,8}率)|(?:\((?:万元|元)\)\s*){2,8})")
# a figure, never a numbered item's number ("3、一次性□" printed among the figures)
_FIGURE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?![\d.,、])\s*(%)?")
_SPAN = 160  # characters after the header the block's figures may spread over
_MAX_FIGURES = 6  # sources (4 at most), total, spent


def source_money(outline: Outline, facts: Facts) -> None:
    """The budget, amount spent and rate of such a block, when no budget figure was read."""
    if facts.has("budget.adjusted") or facts.has("budget.executed"):
        return
    for line in outline.lines:
        if "执行数" not in line.norm or "合计" not in line.norm:
            continue
        header = _HEADER.search(line.norm)
        if header is None:
            continue
        figures: list[Decimal] = []
        for match in _FIGURE.finditer(line.norm, header.end(), header.end() + _SPAN):
            if match.group(2):
                _read(figures, to_decimal(match.group(1)), facts, line.location, line.text[header.start(): match.end()])
                return
            figures.append(to_decimal(match.group(1)))
            if len(figures) > _MAX_FIGURES:
                return


def _read(figures: list[Decimal], rate: Decimal, facts: Facts, location: str, text: str) -> None:
    if len(figures) < 2:
        return
    *sources, total, spent = figures
    if total <= 0 or abs(spent / total * 100 - rate) > Decimal("0.5") or (sources and sum(sources) != total):
        return
    source = ref(location, text, guessed=True)
    facts.put("budget.adjusted", tidy(total), source, "全年（调整）预算")
    facts.put("budget.executed", tidy(spent), source, "全年执行数")
    facts.put("budget.stated_execution_rate", rate, source, "预算执行率")
