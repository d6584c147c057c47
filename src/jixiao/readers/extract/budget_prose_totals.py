"""The unit's income and expenditure totals stated in prose (收入合计, 支出总计 …) and the items they are
told with."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.model import SourceRef
from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_amounts import Units
from jixiao.readers.extract.budget_figures import (
    EXPENSE_TOTAL,
    INCOME_TOTAL,
    allocated_part_spending,
    list_item_figure,
    other_year,
    sub_unit_figure,
    tidy,
)
from jixiao.readers.extract.budget_items import (
    FINAL_ACCOUNT_PART,
    ITEMS,
    NOT_AN_ITEM,
    blank_parts_of_items,
    clause_end,
    item_amount,
    items_end,
    one_cut,
)
from jixiao.readers.extract.budget_kept_aside import Kept, put_or_defer
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.items_around_total import items_after, items_before, split_by_nature_after
from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import sentence_start

# "全年实际收入A,其中财政拨款收入B,上年结转结余C" with B + C = A: the year's opening balance counted as a part
_CARRIED_IN = re.compile(r"上年(?:度)?结转(?:[和与及]?结余)?(?:资金)?")
# "…种植李子30亩,预计年总收入30万元" / "可实现总收入15万元": what a project is to earn, no account's total
_FORECAST = re.compile(r"预计|可实现|预期")
_COMPARED = re.compile(r"\s*(同比|比上年|较上年|与上年)")  # a comparison with last year after the total
_ITEM_LEAD = re.compile(r"^(其中|包括|含|和|及)\s*")
_SPENT_WORD = re.compile(r"(?<=..)决算数?$")
TOTALS = [(INCOME_TOTAL, "budget.income_total", "budget.income_items", "收入总计"),
           (EXPENSE_TOTAL, "budget.expenditure_total", "budget.expenditure_items", "支出总计")]


def prose_totals(line: Line, pattern: re.Pattern[str], paths: tuple[str, str, str], units: Units, facts: Facts,
            context: tuple[object, Kept, bool]) -> None:
    """The first total of this year in the line (another year's only when the line has no other; one under a
    heading about the unit's projects, only when the unit states none)."""
    total_path, items_path, label = paths
    year, deferred, in_projects = context
    matches = [m for m in pattern.finditer(line.norm)
               if not allocated_part_spending(line.norm, m.start())
               and not _FORECAST.search(line.norm[sentence_start(line.norm, m.start(), ",;。"): m.start()])]
    if not matches:
        return
    this_year = [m for m in matches if not other_year(line.norm, m.start(), year)
                 and not sub_unit_figure(line.norm, m.start())]
    match, elsewhere = (this_year[0], in_projects) if this_year else (matches[0], True)
    listed = list_item_figure(line.norm, match.start())  # (one enumerated item's total)
    total, unit = parse_matched_money(match)
    units.saw(unit, line.location, line.text[match.start(): match.end()])
    end = clause_end(line.norm, match.end())
    while _COMPARED.match(line.norm, end + 1):  # "…万元。同比…增长16.24%。其中：…"
        end = clause_end(line.norm, end + 1)
    if line.norm[end + 1: end + 4].lstrip().startswith("其中"):  # "收入：1,026.48万元。其中：…"
        end = clause_end(line.norm, end + 1)
    after = line.norm[match.end():]
    close = after.find(")")
    if after.lstrip().startswith("(") and close > 0 and "其中" in after[:close]:  # "（其中：A；B）"
        end = max(end, match.end() + close + 1)
    elif "其中" in line.norm[match.end(): end]:
        end = items_end(line.norm, end)
    source = ref(line.location, line.text[match.start(): end])
    put_or_defer(facts, (total_path, tidy(total), source, label), elsewhere, deferred, listed)
    segment = line.norm[match.end(): end]
    if segment.lstrip().startswith("("):  # "收入2,186.35万元（其中：财政拨款收入…，其他收入…）"
        close = segment.find(")")
        if close > 0 and "其中" in segment[:close]:
            end = match.end() + close
            segment = line.norm[match.end(): end]
    other = segment.find("其中")
    around = _items_around(line, match, tidy(total), items_path, segment[:other] if other >= 0 else None)
    if around is not None:
        put_or_defer(facts, (items_path, around[0], around[1], label + "构成"), elsewhere, deferred, listed)
        return
    if other < 0 or any(p.search(segment, 0, other) for p, *_ in TOTALS):
        return  # "收入合计A元,支出合计B元,…,其中:基本支出…": the parts are the nearer total's
    base = match.end() + other + 2
    items: list[dict[str, Any]] = []
    carried: list[int] = []
    for item in ITEMS.finditer(blank_parts_of_items(line.norm[base:end])):
        name = line.text[base + item.start(1): base + item.end(1)].strip()
        name = _ITEM_LEAD.sub("", name).strip(" ：:")
        name = _SPENT_WORD.sub("", name)  # "基本支出决算数为…": the item is 基本支出
        carry = bool(_CARRIED_IN.fullmatch(name))
        if not name or len(name) > 30 or (NOT_AN_ITEM.search(name) and not FINAL_ACCOUNT_PART.match(name)
                                          and not carry):
            continue  # "同比上年度增加101.35万元": a change
        amount = item_amount(item)
        items.append({"name": name, "amount": tidy(amount)})
        carried += [len(items) - 1] if carry else []
    if carried and sum(i["amount"] for i in items) != tidy(total):  # a carry-over is a part only when the sum says so
        items = [i for k, i in enumerate(items) if k not in carried]
    items = one_cut(items)
    if items_path == "budget.expenditure_items" and sum(i["amount"] for i in items) != tidy(total):
        # "其中基本支出A万元,某某支出占B万元…;项目支出C万元,某项目占D万元…": each item told with its own shares, the
        # 项目支出 past the "；" — the split by nature when it adds up
        split = split_by_nature_after(line.norm, match.end(), tidy(total))
        if split is not None:
            items, source = split[0], ref(line.location, line.text[match.start(): split[1]], complete=True)
    put_or_defer(facts, (items_path, items, source, label + "构成"), elsewhere, deferred, listed)


_ITEM_NAMES = {"budget.income_items": re.compile(r"(?:收入|拨款)$"), "budget.expenditure_items": re.compile(r"支出$")}


def _items_around(line: Line, match: re.Match[str], total: Decimal, items_path: str,
                  before_parts: str | None) -> tuple[list[dict[str, Any]], SourceRef] | None:
    """A total's items told around it, not after its 其中: 基本支出 with its own 其中 parts, then 项目支出
    (``before_parts``: the text between the total and that 其中), or the parts named before the total (no 其中)."""
    if before_parts is not None:
        if items_path != "budget.expenditure_items" or not ITEMS.search(before_parts):
            return None
        split = split_by_nature_after(line.norm, match.end(), total)
        if split is None:
            return None
        return split[0], ref(line.location, line.text[match.start(): split[1]], complete=True)
    found = items_before(line.norm, line.text, match.start(), total, _ITEM_NAMES[items_path])
    if found is not None:
        return found[0], ref(line.location, line.text[found[1]: match.end()], complete=True)
    packed = items_after(line.norm, match.end(), total, _ITEM_NAMES[items_path])
    if packed is None:
        return None
    return packed[0], ref(line.location, line.text[match.start(): packed[1]], complete=True)
