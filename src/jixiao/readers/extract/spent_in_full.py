"""Money said spent in full with no amount of its own: "项目资金28.6万元于某日下达,全部为财政资金。我镇于年底前全部
支出" — the budget's amount, named in the sentence before, is what was spent (a guess: no figure names it)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_figures import MONEY_FIGURE
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentences import sentence_start

_IN_FULL = pattern("spent_in_full.alone")
_NOT_DONE = pattern("spent_in_full.not_done")


def spent_in_full(outline: Outline, facts: Facts) -> None:
    """The budget as the amount executed when a sentence with no figure says the money was all spent and the
    sentence before it names the budget's amount (no rate or spending read elsewhere); not where the clause says it
    was not done or is yet to be done (lexicon ``spent_in_full.not_done``), nor the words a noun ("全部支出用于…")."""
    adjusted = facts.get("budget.adjusted")
    if not isinstance(adjusted, Decimal) or facts.has("budget.executed") \
            or facts.has("budget.stated_execution_rate"):
        return
    for line in outline.lines:
        for said in _IN_FULL.finditer(line.norm):
            start = sentence_start(line.norm, said.start(), "。;")
            if _NOT_DONE.search(line.norm, sentence_start(line.norm, said.start(), ",。;"), said.start()):
                continue  # "尚未全部支出", "计划于明年底前全部支出": not (yet) spent
            end = line.norm.find("。", said.end())
            if MONEY_FIGURE.search(line.norm, start, end if end >= 0 else len(line.norm)):
                continue  # "资金50万元已全部支出": a figure of its own, read (or not) as such
            before = line.norm[sentence_start(line.norm, max(start - 1, 0), "。;"): start]
            if any(parse_matched_money(m)[0] == adjusted for m in MONEY_FIGURE.finditer(before)):
                text = line.text[start: said.end()].strip(" 。;,")
                facts.put("budget.executed", adjusted, ref(line.location, text, guessed=True), "全年执行数")
                return
