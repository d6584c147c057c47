"""What the budget's figures read imply: an unadjusted budget, the year's spending from its parts or its
rate, the only 结转 stated."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# "项目年初预算500.00万元，年内未调整。": the year's budget is the initial one
_UNCHANGED = re.compile(r"(?:年中|年内|全年|年度内|当年)(?:预算)?(?:未|没有|无)(?:作|做|进行)?(?:调整|追加或?调减)")


def _unchanged(outline: Outline, facts: Facts) -> None:
    """The initial budget as the year's when the paragraph stating it says it was not adjusted."""
    initial = facts.get("budget.initial")
    if initial is None or facts.has("budget.adjusted"):
        return
    where = facts.refs["budget.initial"].location
    for line in outline.lines:
        if line.location == where and (said := _UNCHANGED.search(line.norm)) is not None:
            facts.put("budget.adjusted", initial, ref(line.location, line.text[said.start(): said.end()]),
                      "全年（调整）预算")
            return


def _parted_spending(facts: Facts) -> None:
    """"全年执行404.16万元，执行率98.03%。其中基本支出298.74万元，项目支出105.42万元。": the spending split by nature
    with no total of its own, its parts adding up to the amount executed: that amount is the year's spending (a
    guess: the parts' sentence does not name it)."""
    items, executed = facts.get("budget.expenditure_items"), facts.get("budget.executed")
    if facts.has("budget.expenditure_total") or not isinstance(items, list) or not isinstance(executed, Decimal) \
            or {i.get("name") for i in items} != {"基本支出", "项目支出"}:
        return
    if sum((i["amount"] for i in items), Decimal(0)) == executed:
        told = facts.refs["budget.expenditure_items"]
        facts.put("budget.expenditure_total", executed, ref(told.location, told.text, guessed=True), "支出总计")


def _spending_as_executed(facts: Facts) -> None:
    """"支出合计1594.72万元…年初预算1426.00万元，调整后预算1688.30万元，预算执行率94.46%.": no amount executed
    named, the year's spending is it when it over the budget gives the stated rate (a guess: no word names it)."""
    spent, adjusted = facts.get("budget.expenditure_total"), facts.get("budget.adjusted")
    stated = facts.get("budget.stated_execution_rate")
    if facts.has("budget.executed") or not all(isinstance(v, Decimal) and v > 0 for v in (spent, adjusted, stated)):
        return
    if abs(spent / adjusted * 100 - stated) < Decimal("0.005"):
        told = facts.refs["budget.expenditure_total"]
        facts.put("budget.executed", spent, ref(told.location, told.text, guessed=True), "全年执行数")


def settled(outline: Outline, facts: Facts) -> None:
    """What the figures read imply: an unadjusted budget, spending split by nature, the only 结转 stated."""
    _unchanged(outline, facts)
    _parted_spending(facts)
    _spending_as_executed(facts)
    opening = facts.get("budget.opening_balance")
    if opening is not None and not facts.has("budget.carry_over"):  # the only 结转 the document states
        facts.put("budget.carry_over", opening, facts.refs["budget.opening_balance"], "上年结转")
