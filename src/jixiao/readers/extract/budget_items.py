"""The items a budget figure is made of, listed after 其中 ("…其中：基本支出X万元；项目支出Y万元"): income or
expenditure items by their names, or the sources a budget's money comes from."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import WRITTEN_FIGURE, parse_matched_money
from jixiao.readers.extract.budget_figures import EXPENSE_TOTAL, INCOME_TOTAL, MONEY, MONEY_FIGURE, tidy
from jixiao.readers.extract.budget_kept_aside import Kept, put_or_defer
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.listed_parts import PART_SEPARATORS, named_part
from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import sentence_start

# an item: its name, then its amount ("基本支出就…元": 就 is no name's)
ITEM = re.compile(named_part(r"(?:为|是|:|共|就)?", MONEY))
# ITEM searched along a text starts only where a name can: at the text's start, after a separator or where an
# amount's unit ended (the last item's end). An item that fails from a character fails from each next one up to the
# next separator (a later name is a tail of an earlier one, its amount the same), and a long stretch with no
# separator ("资" × 8,000, or digits) was tried again from every character, to its end each time
ITEMS = re.compile(rf"(?<![^{PART_SEPARATORS}元万亿])" + ITEM.pattern)
# "其中某某服务费A万元、甲、乙、丙等日常支出B万元": a part named by a list of things that 等 closes with the kind of
# spending (the list's first word has no amount of its own, so ITEM fails there)
_LISTED_ITEM = re.compile(r"([^,，、;；:：。\d]{1,12}(?:、[^,，、;；:：。\d]{1,12}){1,8}等[^,，、;；:：。\d]{0,8}?"
                          r"(?:支出|经费|费用))\s*(?:为|是|:|共)?\s*" + MONEY)


def item_amount(item: re.Match[str]) -> Decimal:
    """The amount an :data:`ITEM` (or a listed item's) match names, in yuan: its last two groups."""
    return parse_matched_money(item, (item.re.groups or 0) - 1)[0]


def blank_brackets(text: str) -> str:
    """Blank out parenthesised asides (same length), so sub-items are not taken as items."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text)


_ASIDE = re.compile(r"\([^()]*\)")
_OWN_PARTS = re.compile(r",\s*(?:包括|包含|含|其中)[^;。]*")
_OWN_PARTS_AFTER_AMOUNT = re.compile(r"(?<=元)" + _OWN_PARTS.pattern)


def blank_parts_of_items(text: str) -> str:
    """Blank out asides and an item's own parts ("基本支出400万元，包括人员经费350万元、公用经费50万元；项目支出…":
    what follows 包括 / 含 / 其中 after an item's amount, up to the next "；", is inside that item)."""
    return _OWN_PARTS_AFTER_AMOUNT.sub(lambda m: " " * len(m.group(0)), blank_brackets(text))


# by nature (基本支出 / 项目支出) and by economic class (工资福利支出, 商品和服务支出…) are two cuts of one total:
# listed with a 基本支出, the economic classes are its own parts ("其中基本支出X万元,包含工资福利支出…;商品…")
# (人员经费 / 公用经费 beside 项目支出, no 基本支出 listed, are the total's: they stand for 基本支出)
_BY_ECONOMIC_CLASS = re.compile(
    r"工资福利|商品和服务|对(?:个人和家庭|家庭和个人)的?补助|资本性支出|人员经费|公用经费")


def one_cut(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items of one cut of a total: when one is 基本支出, the economic classes listed with it are its own
    parts, not the total's."""
    if not any(item["name"] == "基本支出" for item in items):
        return items
    return [item for item in items if not _BY_ECONOMIC_CLASS.search(item["name"])]


_CLAUSE_END = re.compile(r"[;。]")


def clause_end(norm: str, start: int) -> int:
    stop = _CLAUSE_END.search(norm, start)
    return stop.start() if stop else len(norm)


# ("年中县级配套追加40万元": a change to the budget; "自评“优”的项目79个财政资金…": a group of projects counted, but
# "5个项目支出200万元" / "实施项目5个支出…" is what the projects spent, an item)
NOT_AN_ITEM = re.compile(r"合计|总计|总额|共计|比上年|较上年|同比|增加|减少|增长|下降|年初预算|调整预算|全年预算|执行"
                         r"|结转|结余|追加|调增|调减|(?:项目\s*\d+\s*个|(?<!\d)\d+\s*个项目)(?!\s*支出)")


# the parts of a 决算's 收入总计 / 支出总计: "收入总计210万元，其中：本年收入合计200万元，年初结转和结余10万元"
FINAL_ACCOUNT_PART = re.compile(r"(?:本年(?:收入|支出)合计|(?:年初|年末)结转[和与及]?结余|用事业基金弥补收支差额"
                                r"|结余分配)$")


# "…万元，主要用于…" / "…万元，占本年支出的41.28%": a clause that describes the item, not another
_DESCRIBED = re.compile(r"\s*,\s*(?:(?:主要)?(?:用于|是|为|包括|含)|占[^,;。\d]{0,12}\d+(?:\.\d+)?%)")


def items_end(norm: str, end: int) -> int:
    """Items listed after 其中 and separated by "；" ("其中：A 2088.15万元；B 113.22万元。"): extend the
    list past each "；" whose clause is one more named amount (not a total, a change or a budget figure)."""
    while end < len(norm) and norm[end] == ";":
        following = clause_end(norm, end + 1)
        clause = norm[end + 1: following].strip(" )")
        item = ITEM.match(clause)
        described = item is not None and _DESCRIBED.match(clause, item.end())  # "…万元，主要用于…"
        if item is None or (item.end() < len(clause) - 12 and not described) or NOT_AN_ITEM.search(clause) \
                or INCOME_TOTAL.search(clause) or EXPENSE_TOTAL.search(clause):
            break
        end = following
    return end


_EXPENSE_ITEM = re.compile(r"(支出|经费|费用)$")
# a fee paid ("某某服务费"; not one collected, 收费 / 会费): an expense's name beside a part that names its kind of
# spending ("其中某某服务费A万元、甲、乙等日常支出B万元"); fees alone ("其中:公务接待费A万元,公务用车运行维护费B万元")
# are the parts of a sub-category such as the 三公 经费, not the year's items
_FEE = re.compile(r"(?<![收会])费$")


def _expense_names(names: list[str]) -> bool:
    """Whether every name is an expense's: each one of spending (支出 / 经费 / 费用) or a fee beside such a one."""
    return any(_EXPENSE_ITEM.search(n) for n in names) \
        and all(_EXPENSE_ITEM.search(n) or _FEE.search(n) for n in names)
_INCOME_ITEM = re.compile(r"(收入|拨款|资金)$")
_ITEM_USE = pattern("item_use")


# "收入预算23,264.53万元，其中：…" / "部门预算收入…，其中：…": the parts of the unit's budget, not the year's income
# and spending items (the final account's: "收入决算数为…，其中：…"; 一般公共预算收入 is a source's name, no budget)
_BUDGET_BEFORE_PARTS = re.compile(r"(?:(?:收入|支出)预算|(?<!公共)预算(?:收入|支出))(?:数|总额)?\s*(?:为|是|:)?\s*"
                                  + MONEY + r"\s*,?\s*$")


# "年初预算A万元，其中基本支出B万元、项目支出C万元；…全年执行D万元，其中基本支出E万元、…": the budget's split by
# nature, when the spending's own split follows in the line (that one is the year's spending items)
_STAGE_BEFORE_PARTS = re.compile(r"(?:年初|全年|年度|调整后?)预算(?:数)?\s*(?:为|是|:)?\s*" + MONEY + r"\s*,?\s*$")
_SPENT_PARTS_LATER = re.compile(r"(?:执行|支出)(?:数)?\s*(?:为|是|:)?\s*" + MONEY + r"\s*,?\s*其中")


def _budget_split_before_spending(norm: str, at: int) -> bool:
    """Whether the 其中 at ``at`` splits a budget figure by nature and the spending's own split comes later."""
    return _STAGE_BEFORE_PARTS.search(norm[max(0, at - 60): at]) is not None \
        and _SPENT_PARTS_LATER.search(norm, at) is not None


# "实际支出157.71万元。其中基本支出148.26万元" (the page cut after it): one item by nature after the spending's
# total, a partial list
_SPENT_BEFORE = re.compile(r"支出\s*(?:为|:)?\s*" + MONEY + r"\s*[,。]?\s*$")


# "基本支出228万元,其中:工资福利支出A万元,商品和服务支出B万元…": the parts of one item by nature, by economic
# class, never the year's items beside 基本支出 / 项目支出 (the unit's first split is by nature)
_ITEM_BEFORE_PARTS = re.compile(r"(?:基本|项目)支出(?:数|总额)?\s*(?:为|是|:|共计|合计)?\s*" + MONEY + r"\s*[,。]?\s*$")


def _budget_parts_clause(before: str) -> bool:
    """Whether the text before a 其中 ends on a unit's 收入预算 / 支出预算 figure."""
    return _BUDGET_BEFORE_PARTS.search(before[-60:]) is not None


# 其中, or a clause opening on the year's whole ("全年支出中，基本支出X万元，项目支出Y万元"; never "项目支出中", whose
# parts are that item's)
# or a bracket right after the year's 收入合计 / 支出合计 holding two amounts ("收入合计X万元（财政拨款收入A万元、
# 其他收入B万元）"; zero-width, right inside the bracket; kept only after such a total: _TOTAL_BEFORE)
# or a bracket after a figure opening on 含 ("执行数A(含中央资金B万元,地方资金C万元)": kept only when every part is a
# fund's source, _CONTAINED)
# or a clause right after the figure naming its sources ("总预算A万元,经调整后资金的来源为:中央财政补助B万元,…")
_PARTS_OPEN = re.compile(r"其中\s*[:,]?|(?<![^。;,\s])(?:\d{4}年度?)?(?:全年|本年|当年)?(?:收入|支出)中\s*[:,]"
                         r"|(?<=元\()(?!\s*其中)(?=[^()]{2,60}?元\s*[、,][^()]{2,60}?元\s*\))"
                         r"|(?<=[\d元]\()含\s*:?"
                         r"|(?<=元,)[^,;。:\d]{0,8}?资金的?来源(?:为|是)?\s*:")
_CONTAINED = "含"
_TOTAL_BEFORE = re.compile(r"(?:收入|支出)(?:合计|总计|总额)\s*(?:为|:)?\s*" + MONEY + r"\s*\($")


def breakdown(line: Line, facts: Facts, deferred: Kept) -> None:
    """"…执行3318.62万元。其中：基本支出1286.35万元；项目支出2032.27万元，主要用于…；年末结转103.13万元":
    the items after a figure that no total claimed (expenditure or income by their names; the clause
    after an amount describes it; a 结转 clause is the carry-over, not an item). A total of money received (到位) is
    kept aside in ``deferred``: the budget only where the document states none."""
    norm = line.norm
    blanked = blank_brackets(norm)  # once a line: blanking each clause's prefix again was quadratic
    for found in _PARTS_OPEN.finditer(norm):
        spent = None
        if not found.group(0) and _TOTAL_BEFORE.search(norm, max(0, found.start() - 40), found.start()) is None:
            # "实际支出A万元(某某经费B万元、某某经费C万元)": the spending's parts, kept only when they add up to it
            spent = _SPENT_TOTAL.search(norm, max(0, found.start() - 41), found.start() - 1)
            if spent is None:
                continue
        start = found.end()
        items: list[dict[str, Any]] = []
        at = start
        # "预算423.38万元(其中:自治区169.35万元,市级254.03万元)": the items end with the bracket
        close = norm.find(")", start) if norm[found.start() - 1: found.start()] == "(" else -1
        while at < len(norm):
            end = clause_end(norm, at) if close < 0 else min(clause_end(norm, at), close)
            more = _items_in_clause(line, at, end, items, blanked)
            if not more or end >= len(norm) or norm[end] != ";":
                break
            at = end + 1
        items = _up_to_total(items, norm[:found.start()])
        if spent is not None and tidy(parse_matched_money(spent)[0]) != sum(i["amount"] for i in items):
            continue  # (a bracket whose amounts do not make up the spending is an aside)
        names = [str(i["name"]) for i in items]
        lone = len(items) == 1 and names[0] in ("基本支出", "项目支出") \
            and _SPENT_BEFORE.search(norm, 0, found.start()) is not None
        if (len(items) < 2 and not lone) or _budget_parts_clause(norm[:found.start()]) \
                or _budget_split_before_spending(norm, found.start()) \
                or (not lone and _ITEM_BEFORE_PARTS.search(norm, max(0, found.start() - 40), found.start())):
            continue  # (a 收入预算's parts are the budget's, not the year's income items; an item's are its own)
        contained = found.group(0).startswith(_CONTAINED)
        if all(_FUND_SOURCE.search(n) and not re.search(r"(收入|支出)$", n) for n in names):
            if contained:  # (the sources of a spending figure only)
                _spent_by_sources(line, found.start() - 1, items, facts)
            elif close < 0 or not _spent_by_sources(line, found.start() - 1, items, facts):  # (a bracket after
                _fund_sources(line, found.start() - (close >= 0), items, (facts, deferred))  # spending holds its
                # sources)
            continue
        if contained:
            continue  # (what a figure contains by another cut than its sources: not read)
        if _expense_names(names):
            path = "budget.expenditure_items"
        elif all(_INCOME_ITEM.search(n) for n in names) and not _uses(norm, start, end, len(items)):
            path = "budget.income_items"
        else:
            continue
        whole = path == "budget.expenditure_items" and set(names) == {"基本支出", "项目支出"}  # the split by nature
        facts.put(path, items, ref(line.location, line.text[start: at],
                                   complete=True if whole else False if lone else None))


def _uses(norm: str, start: int, end: int, count: int) -> bool:
    """Whether each of the ``count`` amounts from ``start`` to ``end`` is followed at once by what it pays for
    (lexicon ``item_use``): the parts of a money's uses, not its income."""
    units = [m.end() for m in re.finditer(r"(?:亿元|万元|元)", norm[start:end])]
    return len(units) >= count and all(_ITEM_USE.match(norm, start + at) for at in units)


def _up_to_total(items: list[dict[str, Any]], before: str) -> list[dict[str, Any]]:
    """"年初预算3000万元，其中A2400万元、B600万元；年中追加500万元，…": the parts end where they reach the total the
    其中 follows (the clause after them tells what came later, no part)."""
    # ("共下达我县2020年度某某资金A万元,其中:中央资金B万元,省级资金C万元;用于D万元、…": the figure the 其中 follows,
    # whatever names it, when no budget word stands right before it)
    total = (_BUDGET_TOTAL.search(before) or _FIGURE_BEFORE.search(before)) if len(items) > 2 else None
    if total is None:
        return items
    whole, _unit = parse_matched_money(total)
    running = Decimal(0)
    for k, item in enumerate(items, 1):
        running += item["amount"]
        if k >= 2 and running == tidy(whole):
            return items[:k]
    return items


def blanked_before(norm: str, end: int, blanked: str) -> str:
    """``blank_brackets(norm[:end])`` read from the whole line blanked once (``blanked``; read it only
    up to ``end``): the same but for a bracket that closes after ``end``, which stays as written."""
    opening = norm.rfind("(", 0, end)
    if opening < 0 or blanked[opening] != " " or norm.find(")", opening, end) >= 0:
        return blanked
    return blanked[:opening] + norm[opening:end]


def _items_in_clause(line: Line, at: int, end: int, items: list[dict[str, Any]], blanked: str) -> bool:
    """The named amounts of one clause ("上级资金139.5万元，本级46.5万元，…"), up to the first part that is
    not one; whether the clause held any."""
    norm = blanked_before(line.norm, end, blanked)
    found = False
    while at < end:
        item = ITEM.match(norm, at, end) or (_LISTED_ITEM.match(norm, at, end) if items else None)
        if item is None or item.end() > end:
            break
        name = line.text[item.start(1): item.end(1)].strip(" ：:，,")
        longest = 40 if item.re is _LISTED_ITEM else 20
        if re.search(r"结转|结余", name) or not name or len(name) > longest or NOT_AN_ITEM.search(name):
            break
        amount = item_amount(item)
        if len(items) >= 2 and tidy(amount) == sum(i["amount"] for i in items):
            break  # "其中中央资金A万元，县配套B万元，某年下达资金A+B万元": the parts' sum restated, no further part
        items.append({"name": name, "amount": tidy(amount)})
        found = True
        at = item.end()
        if norm[at: at + 1] not in (",", "、") or _OWN_PARTS.match(norm, at):
            break  # "基本支出400万元，包括人员经费…、公用经费…；项目支出…": the item's own parts end the clause
        at += 1
    return found


_FUND_SOURCE = pattern("fund_rows.prose_source")
# ("上级年初下达转移支付资金320万元，其中…": the fund's name between the verb and its amount; "总资金规模A万元(其中
# 中央财政资金B万元,省级财政资金C万元)": a fund's size is its budget)
_BUDGET_TOTAL = re.compile(r"(?:共计|总计|合计|共|安排|下达|预算|到位|资金规模)(?:[^,;。\d]{0,8}?资金)?\s*(?:为|:)?\s*"
                           + MONEY
                           + r"\s*[,，。]?\s*$")  # "安排资金5230.5万。其中，…": 其中 may open the next sentence


# (never opening inside a run of digits: a search to the end walks a long run once, not once from each digit)
_FIGURE_BEFORE = re.compile(MONEY_FIGURE.pattern + r"\s*[,，]?\s*$")
_INITIAL_BEFORE = re.compile(r"年初(?:批复|下达|安排)?(?:预算)?(?:资金)?\s*$")
# "全省执行数A(含中央资金B万元,地方资金C万元,其他资金D万元)": the spending its sources make up (read only when the
# parts add up to it), its unit maybe left off; "实际拨付至N个项目实施单位A万元(其中中央财政资金B万元,…)": what a
# fund paid out to the bodies carrying out its projects
_SPENT_TOTAL = re.compile(r"(?:执行数?|实际支出|全年支出|累计支出|实际拨付(?:至[^,;。()]{0,30}?)?)"
                          rf"\s*(?:为|:|共计|合计)?\s*({WRITTEN_FIGURE})\s*(亿元|万元|元)?\s*$")


def _fund_sources(line: Line, at: int, items: list[dict[str, Any]], into: tuple[Facts, Kept]) -> None:
    """"共计186万元，其中上级资金139.5万元，本级46.5万元": the budget and where its money comes from. Money received
    ("资金已到位A万元,其中…") is no budget beside one the document states, before or after it: kept aside (``into``'s
    second), put, guessed, only where no budget was read."""
    facts, deferred = into
    total = _BUDGET_TOTAL.search(line.norm[:at])
    if total is not None and "结转" in line.norm[sentence_start(line.norm, total.start(), "。;,"): total.start()]:
        return  # "往年结转资金共计A万元(其中…)": a balance carried in, not the year's budget nor its sources
    received = total is not None and total.group(0).startswith("到位")
    if received and facts.has("budget.adjusted"):
        return  # "总预算A万元,…。资金已到位B万元,其中…": the money received after the budget, no second budget
    source = ref(line.location, line.text[total.start() if total else at: at + 40])
    # "年初预算168万元，其中A150万元、B18万元；…全年预算175.5万元": the parts are the initial budget's
    column = "initial" if total is not None and _INITIAL_BEFORE.search(line.norm, 0, total.start() + 2) else "adjusted"
    found: list[tuple[str, Any, SourceRef, str]] = [("budget.fund_rows", _source_rows(items, column), source, "")]
    if total is not None:
        amount, _unit = parse_matched_money(total)
        found.insert(0, (f"budget.{column}", tidy(amount), source, ""))
    for fact in found:
        put_or_defer(facts, fact, received, deferred)


def _source_rows(items: list[dict[str, Any]], column: str) -> list[dict[str, Any]]:
    """The fund rows the parts make, each amount under ``column``."""
    verb = pattern("fund_rows.name_verb")  # "中央资金投入A万元": the source is 中央资金
    return [{"name": verb.sub("", i["name"]) or i["name"], column: i["amount"]} for i in items]


def _spent_by_sources(line: Line, at: int, items: list[dict[str, Any]], facts: Facts) -> bool:
    """"执行数A(含中央资金B万元,…)": the spending and the sources it came from, when the figure before the parts is
    one of spending and they add up to it (its unit maybe left off); whether it was."""
    spent = _SPENT_TOTAL.search(line.norm, max(0, at - 40), at)
    if spent is None:
        return False
    whole = sum((i["amount"] for i in items), Decimal(0))
    amount, _unit = parse_matched_money(spent)  # (no unit written: 万元, as the parts')
    if tidy(amount) != tidy(whole):
        return False  # (parts that do not make up the figure are not all its sources)
    source = ref(line.location, line.text[spent.start(): at + 60])
    facts.put("budget.executed", tidy(amount), source)
    rows, known = _source_rows(items, "executed"), facts.get("budget.fund_rows")
    if known and [row["name"] for row in known] == [row["name"] for row in rows] \
            and all(row.get("executed") is None for row in known):  # the budget's sources, read before: now spent
        merged = [{**kept, "executed": row["executed"]} for kept, row in zip(known, rows, strict=True)]
        facts.replace("budget.fund_rows", merged, facts.refs["budget.fund_rows"])
    else:
        facts.put("budget.fund_rows", rows, source)
    return True
