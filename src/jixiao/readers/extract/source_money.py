"""A money block by source (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) whose cells a PDF's text layer
interleaved with the form's other cells: "… 合计 执行数 执行 (万元) (万元) … 率 120 120 来源 … 审签: … 120 100 % …".
The empty source cells are not printed, so the figures cannot be placed by position. Read by the block's own
constraints instead: the percentage closing the figures is the rate, the figure before it the amount spent,
the one before that the total (合计), and the figures before the total (the sources printed) add up to it; the
rate is what was spent over the total. Every value is guessed; where a constraint fails nothing is read.

A viewer or OCR may run the header and its figures together with no separator ("…合计(万元)执行数(万元)执行率
4.918.423.323.3100%"): the figures are written with the same decimals, so each count of decimals cuts the run
one way; the cut is taken only when exactly one count gives sources (two at least) adding up to the total, an
amount spent no larger than it, and the rate after them (when it can be read) equal to spent over total."""

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
# the header run together with its figures: the run of digits and points right after 执行率, and what closes it
_FUSED_HEADER = re.compile(r"合计\s*(?:\((?:万元|元)\))?\s*执行数\s*(?:\((?:万元|元)\))?\s*执行率\s*(?:\(%\))?\s*"
                           r"(?P<run>\d[\d.]{6,60})(?P<close>%|\D{1,4}%)?")
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
            fused = _FUSED_HEADER.search(line.norm)
            if fused is not None and _read_fused(fused, facts, line.location, line.text[fused.start(): fused.end()]):
                return
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


def _cut(run: str, decimals: int) -> list[Decimal] | None:
    """The run cut into figures of ``decimals`` decimals each, or None when it does not cut so."""
    figures: list[Decimal] = []
    at = 0
    while at < len(run):
        point = run.find(".", at)
        if point <= at or point + decimals + 1 > len(run) or not run[at:point].isdigit() \
                or not run[point + 1: point + decimals + 1].isdigit() or (point - at > 1 and run[at] == "0"):
            return None
        figures.append(Decimal(run[at: point + decimals + 1]))
        at = point + decimals + 1
    return figures


def _read_fused(fused: re.Match[str], facts: Facts, location: str, text: str) -> bool:
    """The block read from a fused run (see the module's note); False when no single reading fits."""
    run, close = fused.group("run"), fused.group("close")
    readings: list[tuple[list[Decimal], Decimal | None]] = []
    for decimals in range(1, 5):
        for rate_digits in range(0, 7 if close else 1):  # the rate's digits end the run when its % follows
            body, rate_text = (run[: len(run) - rate_digits], run[len(run) - rate_digits:]) if rate_digits \
                else (run, "")
            figures = _cut(body, decimals) if body else None
            rate = to_decimal(rate_text) if rate_text and close == "%" and not rate_text.startswith(".") else None
            if figures is None or len(figures) < 4 or (rate_text and close == "%" and rate is None):
                continue
            *sources, total, spent = figures
            if total <= 0 or spent > total or sum(sources) != total:
                continue
            if rate is not None and abs(spent / total * 100 - rate) > Decimal("0.5"):
                continue
            readings.append((figures, rate))
    if len(readings) != 1:
        return False
    (*_sources, total, spent), rate = readings[0]
    source = ref(location, text, guessed=True)
    facts.put("budget.adjusted", tidy(total), source, "全年（调整）预算")
    facts.put("budget.executed", tidy(spent), source, "全年执行数")
    if rate is not None:
        facts.put("budget.stated_execution_rate", rate, source, "预算执行率")
    return True
