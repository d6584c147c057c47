"""The budget's stated execution rate in prose: its pattern, and the rates that are another's (a part's, a
named fund's, one numbered item's) rather than the budget's."""

from __future__ import annotations

import re

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_amounts import AMOUNTS, BALANCES, HAS_MONEY
from jixiao.readers.extract.budget_figures import fund_level_named, named_part, other_year
from jixiao.readers.extract.budget_kept_aside import Kept, put_or_defer
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.sentences import sentence_start

# "预算执行率（全年执行数/调整后预算）96.32%": a bracketed note on how the rate was taken may stand before it
# a viewer may drop the % ("执行率92.9。"): a figure of at most 100 closing its clause is then the rate, guessed
# "预算执行率=决算数÷调整后预算数×100%=A÷B×100%=97.50%": a formula in words, its rate after the last =
# "实际使用资金114万元，资金使用率95%": a whole's 资金使用率 right after the amount used (used_rate)
RATE = re.compile(r"(?:预算执行率|资金执行率|全年执行率|执行率|(?<=资金)使用率)"
                   r"\s*(?:\([^()]{0,24}\))?\s*(?:=[^,;。]{0,60}?=)?"
                   r"\s*(?:为|是|:|达|达到|约)?\s*"
                   r"(\d+(?:\.\d+)?)\s*(?:(%)|(?=[,;。)]|$))")
# the word before 执行率 that makes it the budget's ("预算执行率", "全年执行率"), not an indicator's ("政府采购执行率")
# (or an amount right before it: "全年执行数：812.54万元执行率：94.48%", label fields a viewer or OCR ran together)
RATE_OWNER = re.compile(r"(?:预算|资金|经费|全年|年度|总体|上年|去年|本年|实际|\d\s*(?:亿|万)?元)$")
_USED_BEFORE = re.compile(r"(?:^|[,;。])\s*(?:全年|年度|本年|累计)?实际使用(?:资金|经费)?"
                          r"\s*\d[\d,.]*\s*(?:亿元|万元|元)\s*,\s*资金$")  # (see used_rate)
# a second percentage right after a rate: the rate was an indicator's target, this its actual
INDICATOR_ROW = re.compile(r"\s*(?:[≥≤>=<]\s*)?\d+(?:\.\d+)?\s*%")
# a rate an arrow leads on to another ("预算执行率100% → 96.94%"): an indicator's target and its actual in one cell
# (a "指标值→完成值" column), never the budget's rate stated
ARROWED = re.compile(r"\s*(?:→|⟶|->|=>)\s*(?:[≥≤>=<]\s*)?\d+(?:\.\d+)?\s*%")
CELL_GAP = re.compile(r"[\u4e00-\u9fff](?:\s{2,}|\t)[\u4e00-\u9fff]")  # a row's cells a wide gap apart
# the rest of a line after a rate: one or more rates more, each its own cell ("执行率  97.81%  98.02%  98.97%"), and
# perhaps bare figures after them (an indicator's row: "预算执行率  100%  96.50%  10  9.65", its weight and score)
_MORE_RATES = re.compile(r"(?:\s+(?:[≥≤>=<]\s*)?\d+(?:\.\d+)?\s*%)+(?:\s*\d+(?:\.\d+)?(?![\d.]))*\s*")


# a line opening on a bracketed item number ("(3)", "4)")
_ITEM_MARK = re.compile(r"\s*\(?\d{1,2}\)")


def used_rate(norm: str, at: int) -> bool:
    """"实际使用资金398.12万元，资金使用率96.44%": 资金使用率 is the budget's rate in a clause right after one that
    opens on the amount used (a part's "某馆某项目资金使用A元,资金使用率R%", a rate alone, or an indicator's
    "资金使用率 100% 98%" is no statement of it)."""
    return _USED_BEFORE.search(norm[sentence_start(norm, at, "。;"): at]) is not None


def rates_in_a_row(norm: str, end: int) -> bool:
    """Whether the rate ending at ``end`` is the first of a row of rates that closes its line (its figures after
    them aside), one a column (years, funds, an indicator's target and actual): which is the budget's the line does
    not say, its first only a guess."""
    return _MORE_RATES.fullmatch(norm, end) is not None


def listed_part_lines(outline: Outline) -> set[int]:
    """"(1)某某专项资金43万。预算执行率100%。" then "(2)某某补助资金59万。预算执行率100%。": two or more numbered
    items each stating an amount and a rate list the parts one by one; each rate is its item's, the budget's only
    when the document states no other."""
    items = {line.index for line in outline.lines if "执行率" in line.norm and _ITEM_MARK.match(line.norm)
             and HAS_MONEY.search(line.norm) and "其中" not in line.norm}  # (a 其中 line is a part of the one above)
    return items if len(items) >= 2 else set()


def part_rate(norm: str, at: int) -> bool:
    """"其中局机关本级全年执行1,356.18万元，执行率96.68%": a rate in the sentence of an amount named after one of
    the parts (after 其中) is that part's, not the unit's."""
    sentence = sentence_start(norm, at, "。;")
    start = norm.rfind("其中", sentence, at)
    if start < 0:
        return False
    return any(named_part(norm, match.start()) for path, pattern, _ in AMOUNTS if path not in BALANCES
               for match in [pattern.search(norm, start, at)] if match is not None)


# "执行数为1050万元，完成预算的100%": the rate spent, in words (a clause on revenue, "收入完成预算的105%", is not it)
_SHARE_OF_BUDGET = re.compile(r"完成(?:全年|年度)?预算的\s*(\d+(?:\.\d+)?)\s*%")


def share_of_budget(line: Line, projects: set[int], year: object,
                     into: tuple[Facts, Kept]) -> None:
    facts, deferred = into
    for match in _SHARE_OF_BUDGET.finditer(line.norm):
        clause = line.norm[sentence_start(line.norm, match.start(), ",;。"): match.start()]
        if "收入" in clause or "税" in clause:
            continue
        found = ("budget.stated_execution_rate", to_decimal(match.group(1)),
                 ref(line.location, line.text[match.start(): match.end()]), "预算执行率")
        put_or_defer(facts, found, line.index in projects or other_year(line.norm, match.start(), year), deferred)


# a fund named for its purpose ("天然林管护补助资金全年共…"; lexicon fund_sentence) is one fund of the budget; the bare
# words (项目资金, 预算资金, 财政资金) name the budget's whole
_WHOLE_FUND = re.compile(r"^(?:本|项目|预算|财政|年度|全年|部门|单位|专项|整体)*资金$")


def own_funds_rates(outline: Outline) -> set[tuple[int, int]]:
    """The rates (line index, rate's start) each stated in a sentence that opens on one named fund ("某某补助资金全年
    共…，预算执行率100%。" then "某某管护补助资金全年共…，预算执行率0%。"): when two or more name different funds and
    state different rates, or a sentence opening on the whole states one too, each is its fund's, none the budget's
    stated twice. So too sentences each speaking of one level's fund ("收到中央补助资金…，执行率为100%" then "地方应
    配套…，实际配套到位…，执行率为400.12%") with different rates."""
    opening = lexicon_pattern("fund_sentence")
    named: dict[tuple[int, int], tuple[str, str]] = {}
    levels: dict[tuple[int, int], tuple[str, str]] = {}  # sentences speaking of one level's fund ("收到中央补助资金…")
    whole = False  # a sentence opening on the whole (部门预算资金全年共…) states a rate too
    for line in outline.lines:
        if "执行率" not in line.norm:
            continue
        for match in RATE.finditer(line.norm):
            start = sentence_start(line.norm, match.start(), "。;")
            fund = opening.match(line.norm, start)
            if fund is None or fund.end() > match.start():
                level = fund_level_named(line.norm, start, match.start())
                if level is not None:
                    levels[(line.index, match.start())] = (level, match.group(1))
                continue
            if _WHOLE_FUND.match(fund.group(1)):
                whole = True
            else:
                named[(line.index, match.start())] = (fund.group(1), match.group(1))
    return _apart(named, whole) | _apart(levels, False)


def _apart(named: dict[tuple[int, int], tuple[str, str]], whole: bool) -> set[tuple[int, int]]:
    """The rates that are their funds' own: two or more funds with different rates (or the whole stating one too)."""
    funds = {fund for fund, _ in named.values()}
    rates = {to_decimal(rate) for _, rate in named.values()}
    return set(named) if whole or (len(funds) > 1 and len(rates) > 1) else set()
