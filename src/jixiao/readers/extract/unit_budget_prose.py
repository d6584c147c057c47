"""A whole unit's budget stated in prose without 年初 / 调整 words ("2024年部门预算财政安排公共财政拨款资金共86.40万元，
实际支出86.40万元"): the sentence gives the year's budget and, after it, what was spent. Whether the figure is the
initial or the adjusted budget is not said; it is read as the budget the spending is measured on (the adjusted
one, as a project's allocation is), guessed, and only when the rate the report states (if any) fits it."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import parse_money
from jixiao.readers.extract.budget_figures import MONEY, other_year, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# "部门预算财政安排…资金共…万元" / "单位预算批复…经费合计…万元"; the clause is the figure's own (no comma before it)
_BUDGET = re.compile(r"(?:部门|单位)预算[^,;。\d]{0,16}?(?:安排|下达|批复)[^,;。\d]{0,24}?" + MONEY)
# what was spent, later in the same sentence (no run of optional spaces side by side: linear on hostile text)
_SPENT = re.compile(r"[^。;]{0,12}?(?:实际支出|实际执行|全年支出|执行|支出)[^,;。\d]{0,6}?" + MONEY)


def unit_budget_prose(outline: Outline, facts: Facts) -> None:
    """The year's budget of a whole-unit report from its one sentence, when no budget figure was read."""
    if facts.get("kind") != "整体支出" or facts.has("budget.adjusted") or facts.has("budget.initial"):
        return
    rate = facts.get("budget.stated_execution_rate")
    for line in outline.lines:
        if "预算" not in line.norm or ("支出" not in line.norm and "执行" not in line.norm):
            continue
        for match in _BUDGET.finditer(line.norm):
            spent = _SPENT.match(line.norm, match.end() + 1) if line.norm[match.end(): match.end() + 1] == "," \
                else None
            if spent is None or other_year(line.norm, match.start(), facts.get("year")):
                continue
            budget, _unit = parse_money(match.group(1) + match.group(2))
            executed, _unit = parse_money(spent.group(1) + spent.group(2))
            if budget <= 0 or (isinstance(rate, Decimal) and abs(executed / budget * 100 - rate) >= 1):
                continue  # the report's rate was worked out on another figure: the initial budget, perhaps
            facts.put("budget.adjusted", tidy(budget),
                      ref(line.location, line.text[match.start(): spent.end()], guessed=True), "全年（调整）预算")
            return
