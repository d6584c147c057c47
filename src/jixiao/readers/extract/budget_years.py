"""Budget figures read before the report's year was known: a sentence quoting another year's figures ("与上年相比，
2023年预算执行率为85%…" in the 问题 section) was taken as this year's when the year came only later (from the form
under the text). Once the year is known, such a figure gives way to another statement of the fact (a table's),
and with none it stands as a guess."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import other_year
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_DIGIT = re.compile(r"\d")


def other_year_figures(outline: Outline, facts: Facts) -> None:
    year = facts.get("year")
    if not isinstance(year, int):
        return
    lines = {line.location: line for line in outline.lines}
    for path in [p for p in facts.values if p.startswith("budget.") and isinstance(facts.values[p], Decimal)]:
        source = facts.refs.get(path)
        if source is None or not _another_years(lines.get(source.location), source.text, year):
            continue
        readings = facts.alternatives.get(path, [])
        this_year = next((r for r in readings if not _another_years(lines.get(r.source.location), r.source.text, year)
                          and _value(r.value) is not None), None)
        if this_year is not None:
            readings.remove(this_year)
            facts.replace(path, _value(this_year.value), this_year.source)
        else:
            facts.replace(path, facts.values[path], ref(source.location, source.text, guessed=True))


def _another_years(line: Line | None, text: str, year: int) -> bool:
    """Whether the figure quoted by ``text`` on ``line`` sits in a sentence about another year."""
    at = line.text.find(text) if line is not None and text else -1
    digit = _DIGIT.search(text)
    return line is not None and at >= 0 and digit is not None and other_year(line.norm, at + digit.start(), year)


def _value(text: str) -> Decimal | None:
    try:
        return to_decimal(text.strip().rstrip("%％万元"))
    except ValueError:
        return None
