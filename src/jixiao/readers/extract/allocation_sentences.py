"""What one sentence of a project fund's allocation says beside its first amount ("下达…资金A万元,…"): a sum of its
amounts (共计 / 合计), several 下达 to their recipients, or another fund's money listed after it (read by
extract/project_funds)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import parse_matched_money, parse_money
from jixiao.readers.extract.budget_figures import MONEY
from jixiao.readers.extract.budget_items import blank_brackets

_AMOUNT = re.compile(MONEY)
_HANDED = re.compile(r"下达[^,;。下]{0,60}?" + MONEY)  # one 下达 clause and its amount
# "下达中央财政资金A万元,县财政资金B万元,共计下达Z万元": the sentence's own sum of the amounts from an allocation on
_SENTENCE_SUM = re.compile(pattern("allocation_sum").pattern + MONEY)
# "下达了A经费:X万元,B费:Y万元": after the allocation's amount, another fund named with its own amount (the lexicon's)
_OTHER_FUND = re.compile(pattern("allocation_other_fund").pattern + MONEY)


def sentence_sum(norm: str, allocation: re.Match[str]) -> re.Match[str] | None:
    """The 共计 / 合计 later in an allocation's sentence that the amounts from the allocation up to it add up to
    (the allocation is then its first part, the sum the fund's budget), else None. An amount in brackets is a part
    of the one before it ("下达某某资金134万元(其中某县某项目40万元),市本级安排某某经费20万元,两项合计154万元")."""
    stop = norm.find("。", allocation.end())
    total = _SENTENCE_SUM.search(norm, allocation.end(), stop if stop >= 0 else len(norm))
    if total is None:
        return None
    between = blank_brackets(norm[allocation.start(): total.start()])
    parts = [parse_matched_money(m)[0] for m in _AMOUNT.finditer(between)]
    whole, _unit = parse_matched_money(total)
    return total if len(parts) >= 2 and sum(parts, Decimal(0)) == whole else None


def handed_in_parts(norm: str, allocation: re.Match[str]) -> list[Decimal]:
    """What the sentence's several 下达 add up to, when the allocation is the first of two or more ("下达某县某馆某某
    补助30万元,下达某区某人补助-某某(…)3万元"): each a part of the fund, handed to its own recipient."""
    stop = norm.find("。", allocation.end())
    handed = _HANDED.findall(norm, allocation.start(), stop if stop >= 0 else len(norm))
    if len(handed) < 2:
        return []
    return [sum((parse_money(figure + unit)[0] for figure, unit in handed), Decimal(0))]


def other_funds_listed(norm: str, allocation: re.Match[str]) -> bool:
    """Whether the allocation's amount is followed by another fund's ("下达了A经费:X万元,B费:Y万元。") and the
    sentence states no sum at all: it hands down several funds, and neither amount is the project's budget. (A sum
    they add up to is read by ``sentence_sum``; one they do not leaves the first amount, as before.)"""
    stop = norm.find("。", allocation.end())
    return _OTHER_FUND.match(norm, allocation.end()) is not None \
        and _SENTENCE_SUM.search(norm, allocation.end(), stop if stop >= 0 else len(norm)) is None
