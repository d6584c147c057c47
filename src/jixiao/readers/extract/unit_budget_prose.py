"""A whole unit's budget stated in prose without 年初 / 调整 words ("2024年部门预算财政安排公共财政拨款资金共86.40万元，
实际支出86.40万元"): the sentence gives the year's budget and, after it, what was spent. Whether the figure is the
initial or the adjusted budget is not said; it is read as the budget the spending is measured on (the adjusted
one, as a project's allocation is), guessed, and only when the rate the report states (if any) fits it. A project
report's "项目资金预算140万元，到位…，实际支出…" is read the same way."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import parse_matched_money, to_decimal
from jixiao.readers.extract.budget_figures import MONEY, other_year, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

# "部门预算财政安排…资金共…万元" / "部门总体预算为…" (lexicon unit_budget_openings); the clause is the figure's own
# (no comma before it)
_BUDGET = re.compile("(?:" + pattern("unit_budget_openings").pattern + ")" + MONEY)
# "部门整体支出总额预算数…元": the whole's budget by its name, read without the spending after it (lexicon
# unit_budget_named)
_NAMED = re.compile(pattern("unit_budget_named").pattern + MONEY)
# a project report's "项目资金预算140万元，到位140万元，实际支出140万元"
_PROJECT_BUDGET = re.compile(r"项目(?:资金)?预算(?:数|金额|资金)?(?:为|是|共|合计)?[\s:]*" + MONEY)
# what was spent, later in the same sentence (no run of optional spaces side by side: linear on hostile text)
_SPENT = re.compile(r"[^。;]{0,12}?(?:实际支出|实际执行|全年支出|执行|支出)[^,;。\d]{0,6}?" + MONEY)


def unit_budget_prose(outline: Outline, facts: Facts) -> None:
    """The year's budget from its one sentence (a whole unit's or a project's), when no budget figure was read."""
    if facts.has("budget.adjusted") or facts.has("budget.initial"):
        return
    budget_words = _BUDGET if facts.get("kind") == "整体支出" else _PROJECT_BUDGET
    rate = facts.get("budget.stated_execution_rate")
    for line in outline.lines:
        if "预算" not in line.norm or ("支出" not in line.norm and "执行" not in line.norm):
            continue
        for match in budget_words.finditer(line.norm):
            spent = _SPENT.match(line.norm, match.end() + 1) if line.norm[match.end(): match.end() + 1] == "," \
                else None
            if spent is None or other_year(line.norm, match.start(), facts.get("year")):
                continue
            budget, _unit = parse_matched_money(match)
            executed, _unit = parse_matched_money(spent)
            if budget <= 0 or (isinstance(rate, Decimal) and abs(executed / budget * 100 - rate) >= 1):
                continue  # the report's rate was worked out on another figure: the initial budget, perhaps
            facts.put("budget.adjusted", tidy(budget),
                      ref(line.location, line.text[match.start(): spent.end()], guessed=True), "全年（调整）预算")
            return
    if budget_words is _BUDGET:
        _named_budget(outline, facts)


def _named_budget(outline: Outline, facts: Facts) -> None:
    """A whole unit's "部门整体支出总额预算数…元", its spending cut off: the budget, guessed adjusted."""
    for line in outline.lines:
        if "整体支出" not in line.norm or "预算数" not in line.norm:
            continue
        match = _NAMED.search(line.norm)
        if match is None or other_year(line.norm, match.start(), facts.get("year")) \
                or _SPENT.match(line.norm, match.end() + 1) is not None:
            continue  # (a spending stated after it is the openings' sentence: read, or refused, above)
        budget, _unit = parse_matched_money(match)
        if budget > 0:
            facts.put("budget.adjusted", tidy(budget),
                      ref(line.location, line.text[match.start(): match.end()], guessed=True), "全年（调整）预算")
            return


# "部门预算总金额803.74万元其中:基本支出757.49万元,项目支出46.25万元。完成率均达到100%": the year's budget before
# its two kinds of spending, which add up to it, and the rate both were carried out at
_TOTAL_BY_KIND = re.compile(r"(?:部门|单位)预算(?:总金额|总额|合计|总计)\s*(?:为|是|共|共计|:)?\s*" + MONEY
                            + r"\s*,?\s*其中\s*:?\s*基本支出\s*(?:为|:)?\s*" + MONEY
                            + r"\s*[,;]\s*项目支出\s*(?:为|:)?\s*" + MONEY)
_RATE_AFTER = re.compile(r"\s*[。;,]\s*(?:执行率|完成率)\s*(?:均)?\s*(?:为|达到|达|:)?\s*(\d+(?:\.\d+)?)\s*%")


def budget_by_kind(outline: Outline, facts: Facts) -> None:
    """A whole unit's budget total stated before its 基本支出 and 项目支出 (only when no budget was read, and only
    when the two add up to it); a rate stated right after is the budget's."""
    if facts.get("kind") != "整体支出" or facts.has("budget.adjusted") or facts.has("budget.initial"):
        return
    for line in outline.lines:
        if "预算总" not in line.norm and "预算合计" not in line.norm:
            continue
        for match in _TOTAL_BY_KIND.finditer(line.norm):
            total, basic, project = (parse_matched_money(match, i)[0] for i in (1, 3, 5))
            if total <= 0 or basic + project != total or other_year(line.norm, match.start(), facts.get("year")):
                continue
            facts.put("budget.adjusted", tidy(total), ref(line.location, line.text[match.start(): match.end()]),
                      "全年（调整）预算")
            rate = _RATE_AFTER.match(line.norm, match.end())
            if rate is not None and not facts.has("budget.stated_execution_rate"):
                facts.put("budget.stated_execution_rate", to_decimal(rate.group(1)),
                          ref(line.location, line.text[rate.start(): rate.end()].strip("。;, ")))
            return


# "2023年度预算收入252万元,预算支出252万元": a whole unit's budget told as what it was to take in and to spend
_IN_AND_OUT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=年)|(?<=年度))预算收入(?:为|是|:)?\s*" + MONEY
                         + r"\s*,\s*预算支出(?:为|是|:)?\s*" + MONEY)


def budget_in_and_out(outline: Outline, facts: Facts) -> None:
    """A whole unit's "预算收入A万元,预算支出B万元" (the year's, no budget read otherwise): the spending budgeted is the
    budget the year's spending is measured on, guessed adjusted as the openings' figures are."""
    if facts.get("kind") != "整体支出" or facts.has("budget.adjusted") or facts.has("budget.initial"):
        return
    for line in outline.lines:
        if "预算收入" not in line.norm:
            continue
        for match in _IN_AND_OUT.finditer(line.norm):
            budget, _unit = parse_matched_money(match, 3)
            if budget <= 0 or other_year(line.norm, match.start(), facts.get("year")):
                continue
            facts.put("budget.adjusted", tidy(budget),
                      ref(line.location, line.text[match.start(): match.end()], guessed=True), "全年（调整）预算")
            return


# "预算收入69.06万元，其中年初预算57.28万元，调整追加11.78万元": the year's budget and its two parts
_WITH_ADDITION = re.compile(r"预算(?:收入|总额|资金|总收入)?(?:为|是|共|共计|合计)?[\s:]*" + MONEY
                            + r"\s*,\s*其中[\s:]*年初(?:批复)?预算(?:数|安排)?为?[\s:]*" + MONEY
                            + r"\s*,\s*(?:年中|年内)?(?:调整)?(?:追加|调增|增加)(?:预算)?为?[\s:]*" + MONEY)


def budget_with_addition(outline: Outline, facts: Facts) -> None:
    """A budget stated as its initial part plus what was added during the year: the whole is the adjusted
    budget, when the parts add up to it."""
    if facts.has("budget.adjusted"):
        return
    for line in outline.lines:
        if "追加" not in line.norm and "调增" not in line.norm and "增加" not in line.norm:
            continue
        for match in _WITH_ADDITION.finditer(line.norm):
            whole, _unit = parse_matched_money(match)
            initial, _unit = parse_matched_money(match, 3)
            added, _unit = parse_matched_money(match, 5)
            if whole <= 0 or initial + added != whole or other_year(line.norm, match.start(), facts.get("year")):
                continue
            facts.put("budget.adjusted", tidy(whole), ref(line.location, line.text[match.start(): match.end()]),
                      "全年（调整）预算")
            return


# "2022年预算资金450万元,项目调剂增加280万元,实际到位资金730万元,已支付460万元": the year's budget before what
# was added to it (its initial part), the money received, what was paid
_ADDED_PAID = re.compile(r"预算(?:资金|经费)(?:为|共)?[\s:]*" + MONEY
                         + r"\s*,\s*(?:项目)?(?:调剂|调整)?(?:追加|调增|增加)(?:资金)?[\s:]*" + MONEY
                         + r"\s*,\s*(?:(?:实际)?到位(?:资金)?[\s:]*" + MONEY + r"\s*,\s*)?"
                         + r"(?:已支付|已拨付|实际支出|已支出)(?:资金)?[\s:]*" + MONEY)


def budget_before_addition(outline: Outline, facts: Facts) -> None:
    """The initial budget and what was paid, from a sentence stating the year's budget, then what was added to
    it and what was paid (no whole after the addition: no adjusted budget), when neither was read."""
    if facts.has("budget.initial") or facts.has("budget.adjusted") or facts.has("budget.executed"):
        return
    for line in outline.lines:
        if "增加" not in line.norm and "追加" not in line.norm and "调增" not in line.norm:
            continue
        for match in _ADDED_PAID.finditer(line.norm):
            if other_year(line.norm, match.start(), facts.get("year")):
                continue
            source = ref(line.location, line.text[match.start(): match.end()])
            facts.put("budget.initial", tidy(parse_matched_money(match)[0]), source, "年初预算")
            facts.put("budget.executed", tidy(parse_matched_money(match, 7)[0]), source, "全年执行数")
            return


# "当年实际到位106.5万元，支出36.94万元": the money received, then in the same sentence what was spent of it
_RECEIVED_SPENT = re.compile(r"(?:实际)?到位(?:资金)?(?:为|共)?[\s:]*" + MONEY
                             + r"\s*,\s*(?:实际|共)?(?:支出|使用)(?:资金)?(?:为|共)?[\s:]*" + MONEY)


def spent_after_received(outline: Outline, facts: Facts) -> None:
    """What a project spent, from the sentence saying how much money came in and then how much of it was spent,
    when no 执行数 was read (never the year's whole budget: only the spending is taken)."""
    if facts.has("budget.executed") or facts.get("kind") != "项目支出":
        return
    for line in outline.lines:
        if "到位" not in line.norm or ("支出" not in line.norm and "使用" not in line.norm):
            continue
        for match in _RECEIVED_SPENT.finditer(line.norm):
            if other_year(line.norm, match.start(), facts.get("year")):
                continue
            spent, _unit = parse_matched_money(match, 3)
            facts.put("budget.executed", tidy(spent), ref(line.location, line.text[match.start(): match.end()]),
                      "全年执行数")
            return
