"""The year's budget stated as a unit's income and spending budgets, or as its fiscal appropriation's, when no
年初预算 was read: "2024年收入预算1,250.36万元，…。支出预算1,250.36万元，…" (a whole unit's budget at the start of
the year: its spending budget, else its income budget) and "财政拨款预算320.50万元" (the appropriation's budget is
the initial budget when nothing else is stated; guessed when the report also names other money).

The 其中 parts of a 收入预算 / 支出预算 are the budget's, not the year's income and spending items (those are the
final account's: 收入决算数…，其中…): :func:`jixiao.readers.extract.budget_items.breakdown` leaves them."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model import SourceRef
from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_figures import MONEY, other_year, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline, after_parts_word
from jixiao.readers.extract.project_sections import project_part_lines

# the unit's own: opening its clause or after the year / its owner ("2024年收入预算", "部门支出预算"), never a part's
# ("项目支出预算", "基本支出预算", "一般公共预算收入预算")
_OWNER = r"(?:(?<![\u4e00-\u9fff])|(?<=年)|(?<=年度)|(?<=部门)|(?<=单位)|(?<=全年)|(?<=本级)|(?<=年初))"
_LINK = r"(?:数|总额|总计|合计)?\s*(?:为|是|:|共|共计|合计)?\s*"
_UNIT_BUDGET = re.compile(_OWNER + r"(收入|支出)预算" + _LINK + MONEY)
_APPROPRIATION = re.compile(r"财政拨款(?:资金)?预算(?:资金)?" + _LINK + MONEY)
# other money besides the appropriation: the appropriation is then one part of the budget
_OTHER_MONEY = re.compile(r"(?:上年结转|结转结余|其他资金|自筹|事业收入|经营收入|其他收入|单位资金|社会资金)"
                          r"[^,;。]{0,6}?\d")
def budget_from_words(outline: Outline, facts: Facts) -> None:
    """budget.initial from 支出预算 / 收入预算 (whole-unit reports) or 财政拨款预算, when none was read."""
    if facts.has("budget.initial"):
        return
    whole = facts.get("kind") == "整体支出"
    projects = project_part_lines(outline, facts)
    year = facts.get("year")
    found: dict[str, tuple[Decimal, SourceRef, bool]] = {}
    for line in outline.lines:
        if "预算" not in line.norm or line.index in projects:
            continue
        norm = line.norm
        for pattern, own in ((_UNIT_BUDGET, whole), (_APPROPRIATION, True)):
            if not own:
                continue
            for match in pattern.finditer(norm):
                if other_year(norm, match.start(), year) or after_parts_word(norm, match.start()):
                    continue
                word = match.group(1) if pattern is _UNIT_BUDGET else "财政拨款"
                amount, _unit = parse_matched_money(match, len(match.groups()) - 1)
                other = word == "财政拨款" and _OTHER_MONEY.search(norm) is not None
                found.setdefault(word, (tidy(amount), ref(line.location, line.text[match.start(): match.end()]), other))
    spending, income = found.get("支出"), found.get("收入")
    if spending or income:
        amount, source, _other = spending or income  # type: ignore[misc]
        differ = spending is not None and income is not None and spending[0] != income[0]
        facts.put("budget.initial", amount, ref(source.location, source.text, guessed=differ), "年初预算")
    elif "财政拨款" in found:
        amount, source, other = found["财政拨款"]
        facts.put("budget.initial", amount, ref(source.location, source.text, guessed=other), "年初预算")
