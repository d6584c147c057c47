"""A project fund's money in the phrases its reports use ("下达…资金1860万元", "已支付1796.45万元，支付率96.58%"),
read when a project report states no budget figures the usual way (what its allocations add up to is
:mod:`.allocation_sums`', the money found by the fund's own name :mod:`.named_project_funds`')."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import WRITTEN_FIGURE, half_unit, parse_matched_money, to_decimal
from jixiao.readers.extract.allocation_sums import (
    SUMMED,
    budget_of,
    handed_in_parts,
    other_funds_listed,
    project_share,
    sentence_sum,
    share_guessed,
)
from jixiao.readers.extract.budget_figures import (
    MONEY,
    UNIT_BUDGET,
    list_item_figure,
    named_part,
    part_sentence,
    sub_unit_figure,
    tidy,
)
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.listed_budgets import listed_budget_lines
from jixiao.readers.extract.named_project_funds import named_fund, named_spending, one_funds
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.project_lists import listed_project_items
from jixiao.readers.extract.sentences import sentence_start

# "下达…资金1860万元" / "…衔接资金共下达105万元" / "项目预算资金426.80万元": a fund's allocation (the lexicon's
# phrasings, each with its example), then its amount ("为人民币86.5万元": the currency's name may stand before it)
_ALLOCATED = re.compile("(?:" + pattern("project_allocation").pattern
                        + r")\s*(?:共计|合计|共)?\s*(?:为|:)?\s*(?:人民币)?\s*" + MONEY)
# the lexicon's phrasings of a budget told in prose ("指标金额是110万元", "…其中包含某某项目经费10万元": group fund
# names the project's own fund)
_TOLD = re.compile("(?:" + pattern("project_budget_phrases").pattern + r")\s*(?:共计|合计|共)?\s*(?:为|是|:)?\s*"
                   + MONEY)
# a fund's budget spent in full: its amount, then the lexicon's words (each holding 全部, which is tested for first)
_IN_FULL = re.compile(r"资金\s*" + MONEY + r"\s*(?:" + pattern("spent_in_full.after_amount").pattern + ")")
# what was spent: the lexicon's phrasings (each with its example), 资金 / 工程款 and a 共计 between, the amount, then
# the rate when a clause beside it states one ("支付4968.2万元，未支262.3万元，支付率95%": the rest left unpaid may
# stand between)
_RATE_AFTER = rf"(?:(?:\s*,\s*(?:未支付?|未拨付|结余|剩余)\s*{WRITTEN_FIGURE}\s*(?:亿元|万元|元|万))?" \
              r"\s*,\s*(?:资金|预算|实际)?(?:支付率|执行率)\s*(?:为|:)?\s*(\d+(?:\.\d+)?)\s*%)?"
_PAID = re.compile("(?:" + pattern("project_spending_phrases").pattern + r")(?:资金|工程款)?\s*(?:共计|合计|为|:)?\s*"
                   + MONEY + _RATE_AFTER)

# "1.某某中心资金完成61.99万元。": what was spent — unless its line states the goal ("绩效目标:某某资金完成80万元") or
# the clause names one fund ("中央资金完成300万元，…": that fund's row)
_DONE = re.compile(r"(?:资金|经费)完成(?:\s*了)?\s*" + MONEY + _RATE_AFTER)
# "已兑现某某对象基本生活救助资金14280元" / "会议经费…，支出资金0.26万元，执行率100%": what was spent, unless a
# part's (after 其中, named) or one fund's ("中央资金支出资金…")
# "财政安排支出共计87.06万元,余款安排下年支出": what the project spent of its allocation
_SPENT = re.compile(r"(?:已兑现[^,;。\d]{0,30}?(?:资金|经费)|(?<![\u4e00-\u9fff]{2})支出(?:资金|经费)"
                    r"|安排支出(?=\s*共计))"
                    r"\s*(?:共计|合计|为|:)?\s*" + MONEY + _RATE_AFTER)
_GOAL_LINE = re.compile(r"^\s*(?:\(?[一二三四五六七八九十\d]+[)、.]\s*)?(?:年度|项目|总体|绩效|预期|年初)*目标\s*[:\d]")


def _spent(norm: str) -> re.Match[str] | None:
    match = _SPENT.search(norm)
    total = match is not None and match.group().startswith("安排支出")  # (a 共计 is a whole, never a part's amount)
    if match is None or _GOAL_LINE.match(norm) or (not total and named_part(norm, match.start())) \
            or one_funds(norm, match.start()):
        return None
    return match


# "截至年末,某某示范项目资金已使用A万元": the words before 项目 (the lexicon's spending phrase)
_SHORT_NAME = re.compile(r"([\u4e00-\u9fff]+)项目资金已")
_NAME_TAIL = 2  # characters of the short name's end, at least, that the project's own name must hold


def _part_named(paid: re.Match[str], facts: Facts) -> bool:
    """Whether the spending's words name a project before 项目 that is not the report's own (its name's or title's
    words do not hold the short name's end): "一期项目资金已使用A万元", "某某段项目资金已使用…" is a part's."""
    short = _SHORT_NAME.match(paid.group(0))
    if short is None or len(short.group(1)) < _NAME_TAIL:  # ("该项目资金已使用…": the report's own)
        return False
    own = "".join(str(facts.get(path) or "") for path in ("project.name", "title"))
    name = short.group(1)
    return not any(name[k:] in own for k in range(len(name) - _NAME_TAIL + 1))


# a fund's rate of use: the lexicon's words (each with its example) before the rate
_USE_RATE = re.compile("(?:" + pattern("project_use_rate_words").pattern
                       + r")\s*(?:为|是|:|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")


# the rate a report calls the spending's own (lexicon project_actual_rate_words)
_ACTUAL_RATE = re.compile("(?:" + pattern("project_actual_rate_words").pattern
                          + r")\s*(?:为|是|:|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")


def _actual_rate(line: Line, facts: Facts) -> None:
    """"…共计A万元,执行率100%" told with the allocation, then "已拨付B万元,…实际支出率R%": the rate the report
    calls actual is the spending's, and replaces a different one read before (a part's sentence's is the part's)."""
    match = _ACTUAL_RATE.search(line.norm)
    if match is None or part_sentence(line.norm, match.start()):
        return
    rate = to_decimal(match.group(1))
    if rate != facts.get("budget.stated_execution_rate"):
        facts.replace("budget.stated_execution_rate", rate, ref(line.location, line.text[match.start(): match.end()]))


def _done(norm: str) -> re.Match[str] | None:
    match = _DONE.search(norm)
    return None if match is None or _GOAL_LINE.match(norm) or one_funds(norm, match.start()) else match


# an amount the year's 年初预算 provides is the initial budget: 安排 and the amount, then the lexicon's words (each
# holding 年初, which is tested for first)
_BY_INITIAL = re.compile(r"安排(?:资金|经费)?\s*" + MONEY + r"\s*(?:" + pattern("project_initial_source").pattern + ")")


def _initial_by_source(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        if "年初" in line.norm and (match := _BY_INITIAL.search(line.norm)):
            amount, _unit = parse_matched_money(match)
            facts.put("budget.initial", tidy(amount), ref(line.location, line.text[match.start(): match.end()]))
            return


# "某某资金下达我区111万元（文号），…，调减40万元（文号），全年实际下达71万元": what was handed down in the end is
# the year's budget; the first amount, when the cut (or rise) between leads from it to the end, the initial one
_FINAL_ALLOCATION = re.compile(r"(?:全年|最终)?实际下达(?:资金)?\s*(?:共计|合计|共|为)?\s*" + MONEY)
_FIRST_ALLOCATION = re.compile(r"下达[^,;。\d]{0,12}?" + MONEY)
_CHANGED = re.compile(r"调(减|增)(?:资金)?\s*" + MONEY)


def _final_allocation(outline: Outline, facts: Facts) -> bool:
    for line in outline.lines:
        final = _FINAL_ALLOCATION.search(line.norm) if "实际下达" in line.norm else None
        if final is None:
            continue
        amount, _unit = parse_matched_money(final)
        start = line.norm.rfind("。", 0, final.start()) + 1
        first = _FIRST_ALLOCATION.search(line.norm, start, final.start())
        changes = list(_CHANGED.finditer(line.norm, first.end(), final.start())) if first is not None else []
        if first is not None and changes:
            initial, _unit = parse_matched_money(first)
            for change in changes:
                step, _unit = parse_matched_money(change, 2)
                initial += -step if change.group(1) == "减" else step
            if initial == amount:
                begun, _unit = parse_matched_money(first)
                facts.put("budget.initial", tidy(begun), ref(line.location, line.text[first.start(): first.end()]))
        facts.put("budget.adjusted", tidy(amount), ref(line.location, line.text[final.start(): final.end()]))
        return True
    return False


# the bracket's budget before an addition is the original one (the lexicon's words, with their example)
_BRACKET_ORIGINAL = re.compile(r"\s*" + pattern("project_original_in_bracket.opening").pattern + r"\s*" + MONEY
                               + r"(?=[^()]{0,40}(?:" + pattern("project_original_in_bracket.addition").pattern + "))")


def _original_in_bracket(line: Line, at: int, facts: Facts) -> None:
    original = _BRACKET_ORIGINAL.match(line.norm, at)
    if original is not None and not facts.has("budget.initial"):
        amount, _unit = parse_matched_money(original)
        facts.put("budget.initial", tidy(amount), ref(line.location, line.text[original.start(): original.end()]))


def project_fund_phrases(outline: Outline, facts: Facts) -> None:
    """A project fund's report that states no budget figures the usual way: "下达…资金1860万元" is its
    budget, "已支付1796.45万元，支付率96.58%" what was spent and the rate (only for project reports,
    only where nothing else was read; with an initial budget read, only what was spent)."""
    if facts.get("kind") != "项目支出":
        return
    wanted = {path: not facts.has(path) for path in ("budget.adjusted", "budget.executed",
                                                     "budget.stated_execution_rate")}
    if wanted["budget.adjusted"] and not facts.has("budget.initial") and _final_allocation(outline, facts):
        wanted["budget.adjusted"] = False
    if not facts.has("budget.initial"):
        _initial_by_source(outline, facts)
    if facts.has("budget.initial"):  # "年初预算安排200万元…已…拨付资金66.86万元": only what was spent is sought
        wanted["budget.adjusted"] = False
    if not any(wanted.values()):
        return
    allocated: list[tuple[Decimal, SourceRef]] = []
    summed: list[tuple[Decimal, SourceRef]] = []  # the "合计Z万元" amounts the allocations may add up to
    # what one sentence's several 下达 add up to ("下达…A万元,下达…B万元"), with where in ``allocated`` it was told
    parts: dict[Decimal, int] = {}
    named: list[tuple[Decimal, str, SourceRef]] = []  # (amount, fund name) where the phrase names the fund
    masked = pattern("masked_allocation")
    paid_at = allocated_at = None  # the lines of the payment read and of the first allocation
    paid_rate = False  # whether the payment's sentence gave the rate
    paid_clause: tuple[str, re.Match[str]] | None = None  # the payment read, in its line
    listed = listed_budget_lines(outline, facts.get("year"))  # a numbered list of parts' budgets: none the whole's
    items = listed_project_items(outline)  # several projects' items run on in the lines: each figure its project's

    def in_item(line: Line, match: re.Match[str] | None) -> bool:
        return match is not None and any(start <= match.start() < end for start, end in items.get(line.index, ()))

    for number, line in enumerate(outline.lines):
        if line.index in listed:
            continue
        if wanted["budget.adjusted"] and not allocated and "下" in line.norm and masked.search(line.norm):
            wanted["budget.adjusted"] = False  # the first 下达's figure masked by a site: no later batch is the budget
        if wanted["budget.adjusted"]:
            for match in sorted([*_ALLOCATED.finditer(line.norm), *_TOLD.finditer(line.norm)], key=re.Match.start):
                if part_sentence(line.norm, match.start()) or in_item(line, match):
                    continue  # (a part's own budget, a listed project's)
                # "下达某某资金A万元,某某资金B万元,共计下达Z万元": Z
                whole = sentence_sum(line.norm, match) if match.re is _ALLOCATED else None
                if whole is None and match.re is _ALLOCATED and other_funds_listed(line.norm, match):
                    continue  # "下达了A经费:X万元,B费:Y万元。": two funds' money, no sum: no budget of the project's
                if whole is None and match.re is _ALLOCATED:
                    for total in handed_in_parts(line.norm, match):
                        parts.setdefault(total, len(allocated))
                found = whole or match
                split, share = project_share(line.norm, found.end(), facts.get("project.name"))
                if split:
                    continue  # "…1200万元,其中甲项目300万元,乙项目500万元": other projects' parts, none this one's
                found = share or found  # "我局共获得上级资金1200万元,其中本项目300万元": the project's share
                amount, _unit = parse_matched_money(found, found.re.groups - 1)
                allocated.append((tidy(amount), ref(line.location, line.text[match.start(): found.end()],
                                                    share_guessed(share))))
                allocated_at = number if allocated_at is None else allocated_at
                _original_in_bracket(line, found.end(), facts)
                # the approval's part, or the fund a year's sentence opens on: the project's
                group = next((g for g in ("fund", "year_fund") if match.re is _TOLD and match.group(g)), None)
                if group is not None and not facts.has("project.name"):
                    fund = line.text[match.start(group): match.end(group)]
                    named.append((tidy(amount), fund, ref(line.location, fund, guessed=True)))
            if allocated and "合计" in line.norm:
                for match in SUMMED.finditer(line.norm):
                    amount, _unit = parse_matched_money(match, 2)
                    summed.append((tidy(amount), ref(line.location, line.text[match.start(): match.end()])))
                    if match.group("fund") and not facts.has("project.name"):
                        fund = line.text[match.start("fund"): match.end("fund")]
                        named.append((tidy(amount), fund, ref(line.location, fund, guessed=True)))
        if wanted["budget.stated_execution_rate"] and "%" in line.norm:  # (every use rate ends on its %)
            used = _USE_RATE.search(line.norm)  # "项目实际使用资金…，资金使用率51.63%"
            if used is not None and (_parts_rates(line.norm, used) or in_item(line, used)):
                used = None  # "A补助…资金使用率100%;B项目…资金使用率84.77%": each part's, not the fund's
            # one enumerated item's rate: the unit's, guessed, only while nothing else gives the unit's budget
            item = used is not None and list_item_figure(line.norm, used.start())
            if used is not None and not (item and any(map(facts.has, (*UNIT_BUDGET, "budget.stated_execution_rate")))):
                facts.put("budget.stated_execution_rate", to_decimal(used.group(1)),
                          ref(line.location, line.text[used.start(): used.end()], guessed=item), weak=item)
                wanted["budget.stated_execution_rate"] = item  # (an item's rate gives way to a later one)
        if "实际" in line.norm and "%" in line.norm:
            _actual_rate(line, facts)
        paid = _PAID.search(line.norm) if wanted["budget.executed"] else None
        if paid is None and wanted["budget.executed"] and "完成" in line.norm:
            paid = _done(line.norm)
        if paid is None and wanted["budget.executed"] and ("兑现" in line.norm or "支出" in line.norm):
            paid = _spent(line.norm)
        paid = None if in_item(line, paid) or (paid is not None and _part_named(paid, facts)) else paid
        full = _IN_FULL.search(line.norm) if paid is None and "全部" in line.norm else None
        full = None if in_item(line, full) else full
        if full is not None:
            amount, _unit = parse_matched_money(full)
            source = ref(line.location, line.text[full.start(): full.end()])
            if wanted["budget.adjusted"]:
                allocated.append((tidy(amount), source))
            if wanted["budget.executed"]:
                facts.put("budget.executed", tidy(amount), source)
                wanted["budget.executed"] = False
        if paid is not None and sub_unit_figure(line.norm, paid.start()):
            paid = None  # ("其中，某某村…子项目预算…，实际支出…": the part's; "下属某某站…实际支出…": that unit's, kept
            # aside by extract_budget and put back guessed when the project states no spending of its own)
        if paid is not None:
            amount, _unit = parse_matched_money(paid)
            source = ref(line.location, line.text[paid.start(): paid.end()])
            facts.put("budget.executed", tidy(amount), source)
            paid_at, paid_clause = number, (line.norm, paid)
            if paid.group(3) and wanted["budget.stated_execution_rate"]:
                paid_rate = facts.put("budget.stated_execution_rate", to_decimal(paid.group(3)), source)
            wanted["budget.executed"] = False
    if wanted["budget.executed"]:
        _spending_by_fund_rows(facts)
    if not facts.has("budget.executed"):
        named_spending(outline, facts)
    if wanted["budget.adjusted"] and not allocated:
        allocated = named_fund(outline, facts.get("project.name"))
        _sources_of_a_larger_whole(facts, allocated)
    if allocated and paid_at is not None and allocated_at is not None and paid_at < allocated_at \
            and facts.get("budget.executed") > max(amount for amount, _source in allocated):
        # "…规模扩大增加投资由地方承担,已申请专项债券资金支付9600万元…市财政下达某工程建设经费260万元": a payment
        # told before the fund's allocation and larger than it is the background's (a larger whole's, another
        # fund's), not what this fund spent
        facts.drop("budget.executed")
        if paid_rate:
            facts.drop("budget.stated_execution_rate")
    if allocated:
        budget = budget_of(allocated, facts.get("budget.executed"), facts.get("budget.stated_execution_rate"), summed,
                            parts)
        facts.put("budget.adjusted", *budget)
        _sources_of_a_larger_whole(facts, [budget])  # "下达…资金为A万元…总投资B万元,其中:中央A万元,自筹C万元"
        for amount, fund, source in named:  # a report naming its project only where its money is told
            if amount == budget[0]:
                facts.put("project.name", fund, source, weak=True)
                break
        if not facts.has("budget.executed"):
            _spent_in_parts(facts, budget[0])
    if paid_clause is not None and isinstance(facts.get("budget.adjusted"), Decimal):
        _rate_of_its_own_sum(facts, *paid_clause, facts.get("budget.adjusted"))


def _rate_of_its_own_sum(facts: Facts, norm: str, paid: re.Match[str], budget: Decimal) -> None:
    """"…补助资金2666万元,已支出39万元,资金支付率1.46%": a sentence stating its own sum before what was spent and
    the rate, both of that sum (39 ÷ 2666 = 1.46 %), while the budget read is another (the whole's line lost): the
    spending and the rate may be a part's, so they stand as guesses."""
    before = list(re.finditer(MONEY, norm[sentence_start(norm, paid.start()): paid.start()]))
    if not before:
        return
    own = tidy(parse_matched_money(before[-1])[0])
    executed, rate = facts.get("budget.executed"), facts.get("budget.stated_execution_rate")
    if own == budget or own <= 0 or not isinstance(executed, Decimal) or not isinstance(rate, Decimal):
        return
    if abs(executed / own * 100 - rate) > half_unit(rate):  # the rate as written, rounded
        return
    for path in ("budget.executed", "budget.stated_execution_rate"):
        source = facts.refs[path]
        facts.replace(path, facts.get(path), SourceRef(location=source.location, text=source.text, guessed=True))


def _spending_by_fund_rows(facts: Facts) -> None:
    """"收到财政资金共A万元,其中:中央资金…,地方资金…;支出B万元,其中中央资金…,地方资金…" in a project's report: the
    支出 read as a total with parts named as the fund rows are is what the project spent, each part its row's."""
    rows, items = facts.get("budget.fund_rows"), facts.get("budget.expenditure_items")
    total = facts.get("budget.expenditure_total")
    if not rows or not items or not isinstance(total, Decimal) \
            or [row.get("name") for row in rows] != [item.get("name") for item in items]:
        return
    source = facts.drop("budget.expenditure_total")
    facts.drop("budget.expenditure_items")
    assert source is not None
    facts.put("budget.executed", total, source)
    spent = [{**row, "executed": item["amount"]} for row, item in zip(rows, items, strict=True)]
    facts.replace("budget.fund_rows", spent, source)


def _spent_in_parts(facts: Facts, budget: Decimal) -> None:
    """"某某经费项目50万元,其中:商品和服务支出39.98万元…;其他资本性支出10.02万元" under the money's 执行情况: spending
    items that add up to the project's budget tell that all of it was spent, a guess."""
    items = facts.get("budget.expenditure_items")
    if not isinstance(items, list) or len(items) < 2 or not all(isinstance(i.get("amount"), Decimal) for i in items):
        return
    if sum((i["amount"] for i in items), Decimal(0)) == budget:
        told = facts.refs["budget.expenditure_items"]
        facts.put("budget.executed", budget, ref(told.location, told.text, guessed=True))


def _sources_of_a_larger_whole(facts: Facts, named: list[tuple[Decimal, SourceRef]]) -> None:
    """"…项目,其中中央资金600万元,地方自筹900万元" beside the fund's own 600 (named, or the amount handed down): the
    rows are the sources of the project's whole investment, the evaluated fund one of them, not the fund's parts
    (dropped)."""
    rows = facts.get("budget.fund_rows")
    if not named or not isinstance(rows, list):
        return
    amounts = [row.get("adjusted") for row in rows]
    if named[0][0] in amounts and sum(a for a in amounts if isinstance(a, Decimal)) != named[0][0]:
        facts.drop("budget.fund_rows")


def _parts_rates(norm: str, first: re.Match[str]) -> bool:
    """Whether the sentence of a use rate states another, different one after it: the rates of the fund's parts,
    each after its own name, none of them the whole's."""
    stop = norm.find("。", first.end())
    return any(other.group(1) != first.group(1)
               for other in _USE_RATE.finditer(norm, first.end(), stop if stop >= 0 else len(norm)))
