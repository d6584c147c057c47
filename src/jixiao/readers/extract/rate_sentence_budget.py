"""The budget and spending a stated execution rate was worked out from: a report on a project that runs over
several years first names the whole allocation ("2022年下达某项目资金900万元（两年期）"), then, in the sentence
that states the rate, the evaluated year's own figures ("2023年结转资金合计410万元，全年执行186万元，预算执行率
45.4%"). When the figures read first do not give the stated rate and two amounts before the rate in its own line
do, those are the year's budget and spending; the first figures stay as other readings (``alternatives``), the
new ones are marked guessed (the sentence may call the budget 结转资金 or 资金合计, not 预算), and so is the year
the budget's sentence opens on when the year had been guessed from the replaced figure's line."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model import Reading
from jixiao.numbers import format_number, half_unit, parse_matched_money
from jixiao.readers.extract.budget_figures import MONEY_FIGURE, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentences import sentence_start

_RATE = re.compile(r"执行率\D{0,6}?(\d{1,3}(?:\.\d+)?)\s*%")
_OPENING_YEAR = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]+[)）.、])?\s*(20\d{2})\s*年")


def _gives(spent: Decimal, budget: Decimal, rate: Decimal) -> bool:
    """Whether ``spent`` of ``budget`` is ``rate`` % as the report rounds it (to the rate's own last digit)."""
    if budget <= 0:
        return False
    return abs(spent / budget * 100 - rate) <= half_unit(rate) + Decimal("0.0001")


def budget_at_rate(outline: Outline, facts: Facts) -> None:
    """Replace a budget and spending that do not give the stated rate by the pair in the rate's own line that does."""
    rate, spent = facts.get("budget.stated_execution_rate"), facts.get("budget.executed")
    path = "budget.adjusted"  # (a 年初预算 is its own fact: a rate worked out on the money that arrived leaves it)
    budget = facts.get(path)
    if budget is None and not facts.has("budget.initial") and isinstance(rate, Decimal) and isinstance(spent, Decimal):
        _base_of_rate(outline, facts, rate, spent)
        return
    if not isinstance(rate, Decimal) or not isinstance(spent, Decimal) or not isinstance(budget, Decimal) \
            or _gives(spent, budget, rate):
        return
    for line in outline.lines:
        if "执行率" not in line.norm:
            continue
        for hit in _RATE.finditer(line.norm):
            if Decimal(hit.group(1)) != rate:
                continue
            amounts = [(m, parse_matched_money(m)[0])
                       for m in MONEY_FIGURE.finditer(line.norm, 0, hit.start())]
            for j in range(len(amounts) - 1, 0, -1):
                for i in range(j - 1, -1, -1):
                    if _gives(amounts[j][1], amounts[i][1], rate):
                        _replace(facts, path, line.text, line.location, amounts[i], amounts[j], line.norm)
                        return


def _base_of_rate(outline: Outline, facts: Facts, rate: Decimal, spent: Decimal) -> None:
    """No budget read: "补助11万元，实际使用资金11万元，执行率为100%" — the amount before the spending in the rate's
    own sentence that the spending is the stated rate of is the budget the rate was worked out on (guessed: the
    sentence calls it 补助, not 预算)."""
    where = facts.refs["budget.stated_execution_rate"].location
    for line in outline.lines:
        if line.location != where or "执行率" not in line.norm:
            continue
        for hit in _RATE.finditer(line.norm):
            if Decimal(hit.group(1)) != rate:
                continue
            start = sentence_start(line.norm, hit.start(), "。;")
            amounts = [(m, parse_matched_money(m)[0])
                       for m in MONEY_FIGURE.finditer(line.norm, start, hit.start())]
            if len(amounts) < 2 or tidy(amounts[-1][1]) != spent or not _gives(spent, amounts[-2][1], rate):
                continue
            match, amount = amounts[-2]
            facts.put("budget.adjusted", tidy(amount), ref(line.location, line.text[match.start(): match.end()],
                                                           guessed=True), "全年（调整）预算")
            return


def _replace(facts: Facts, path: str, text: str, location: str, first: tuple[re.Match[str], Decimal],
             second: tuple[re.Match[str], Decimal], norm: str) -> None:
    old = facts.refs.get(path)
    for fact, (match, amount) in ((path, first), ("budget.executed", second)):
        value = tidy(amount)
        if facts.get(fact) == value:
            continue
        earlier = facts.refs.get(fact)
        if earlier is not None:
            facts.alternatives.setdefault(fact, []).append(
                Reading(value=format_number(facts.get(fact)), source=earlier))
        facts.replace(fact, value, ref(location, text[match.start(): match.end()], guessed=True))
    year = facts.refs.get("year")
    start = first[0].start()
    opening = _OPENING_YEAR.match(norm, sentence_start(norm, start, "。;"), start)
    if old is None or year is None or not year.guessed or year.location != old.location or opening is None:
        return
    stated = int(opening.group(1))
    if stated != facts.get("year"):
        facts.alternatives.setdefault("year", []).append(Reading(value=str(facts.get("year")), source=year))
        facts.replace("year", stated, ref(location, text[opening.start(1): opening.end()], guessed=True))
