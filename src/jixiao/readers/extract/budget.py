"""Budget facts stated in prose: income/expenditure totals and items, initial/adjusted/executed,
carry-over and the stated execution rate. Amounts become 万元; the unit written is remembered."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from decimal import Decimal
from typing import Any

from jixiao.model import SourceRef
from jixiao.numbers import parse_money, to_decimal
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.label_unit import with_label_unit
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.project_sections import project_part_lines
from jixiao.readers.extract.scores import about_last_year

MONEY = r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|万(?![\u4e00-\u9fff])|亿(?![\u4e00-\u9fff]))"
_LINK = r"(?:数|金额|资金|总额)?\s*(?:为|是|:|共|达|共计|合计)?\s*"
_AMOUNTS: list[tuple[str, re.Pattern[str], str]] = [
    # "年初批复预算5个项目412万元": a count of projects between the phrase and its amount
    # "部门预算批复800万元，年中追加100万元" / "部门预算安排资金合计538万元": the budget approved at the start of the
    # year; "年初安排预算资金1万元"
    # "年初预算项目73个，预算项目经费15690.38万元" (a count of projects, then their money); a unit's 收入预算 /
    # 支出预算 is read by budget_words when no 年初预算 is stated; "年初预算安排我中心某某建设工程项目174万元" (the
    # project named between the phrase and its amount)
    ("budget.initial", re.compile(r"(?:年初(?:部门)?(?:批复|下达|安排)?预算(?:安排)?"
                                  r"(?:\d{1,3}个项目|项目\d{1,4}个\s*,\s*(?:预算)?(?:项目)?(?:经费|资金))?"
                                  r"|(?<![整加中末])(?:部门)?预算批复(?:数)?|部门预算安排(?:资金)?"
                                  r"|年初预算安排[^,;。]{1,40}?(?:项目|工程)(?:资金|经费)?)"
                                  + _LINK + MONEY),
     "年初预算"),
    ("budget.adjusted", re.compile(
        r"(?:全年\s*(?:\(调整\))?\s*预算|调整后(?:的)?(?:全年)?预算|全年调整预算|调整预算(?:后项目预算|至|到)?|预算调整(?:为|至)"
        r"|全年预算安排|(?<![上去前])年度预算(?=数)|全年预算数?\s*\(调整后\)|(?:年中|年内|年底)调(?:减|增|整)(?:为|至|到))"
        + _LINK + MONEY), "全年（调整）预算"),
    ("budget.executed", re.compile(
        r"(?:全年执行|(?<=[,;])执行|全年(?:实际)?(?:支出|使用)|实际执行|实际支出|执行数|实际使用|执行金额|支付金额|决算支出|决算数"
        r"|财政安排支出)"
        + _LINK + MONEY),
     "全年执行数"),
    ("budget.carry_over",
     re.compile(r"(?:上年结转|结转结余|上年度结转|年初结转|年末结转(?:[和与及]?结余)?|结转下年)(?:结余)?"
                + _LINK + MONEY),
     "上年结转"),
]


# a part's own total is not the unit's: 政府采购支出总额, 项目支出合计, 基本支出总额
_PART_OF = ("采购", "项目", "专项", "基本", "公用", "人员", "资本", "经费", "转移")


def _total_pattern(word: str) -> re.Pattern[str]:
    """收入总计 / 年度收入 / 全年实际收入 / 总收入 / "收入：" (a heading-like label) followed by an amount. Every
    alternative opens on a literal (what precedes the word is tested after it), so a search skips
    straight to those characters."""
    part_of = "".join(f"(?<!{w}{word})" for w in _PART_OF)
    # "全年实际收入3,102.76万元" (after a 收入预算 clause): the year's actual total
    owners = "|".join(f"{owner}(?:实际)?(?:总)?{word}" for owner in ("年度", "本年度?", "全年", "部门", "单位"))
    # "收入决算数为X" / "总支出决算数为Y": the final account's total (not a part's: 财政拨款收入决算数)
    final = rf"|{word}(?<![\u4e00-\u9fff]{{2}}{word})(?=决算)"
    return re.compile(
        rf"(?:{word}(?<![\u4e00-\u9fff]{word})(?=\s*:)|{word}(?<=[,;]{word})(?=\d)|{word}决算(?<=[年总]{word}决算)"
        rf"|{word}{part_of}(?:总计|合计|总额|共计|总数)|{owners}|总{word}{final})(?:决算数?)?" + _LINK + MONEY
    )


_INCOME_TOTAL = _total_pattern("收入")
_EXPENSE_TOTAL = _total_pattern("支出")
_RATE = re.compile(r"(?:预算|资金|全年)?执行率\s*(?:为|是|:|达|达到|约)?\s*(\d+(?:\.\d+)?)\s*%")
# the word before 执行率 that makes it the budget's ("预算执行率", "全年执行率"), not an indicator's ("政府采购执行率")
_RATE_OWNER = re.compile(r"(?:预算|资金|经费|全年|年度|总体|上年|去年|本年)$")
_HAS_MONEY = re.compile(r"\d\s*(?:亿|万|元)")
_ITEM = re.compile(r"([^,，、;；:：。]+?)\s*(?:为|是|:|共)?\s*" + MONEY)


def tidy(amount: Decimal) -> Decimal:
    """13150.000000 (from 元) → 13150.00: no more than the decimals the amount needs, at least 2."""
    two = amount.quantize(Decimal("0.01"))
    return two if two == amount else amount.normalize()


def _blank_brackets(text: str) -> str:
    """Blank out parenthesised asides (same length), so sub-items are not taken as items."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


_OWN_PARTS = re.compile(r",\s*(?:包括|含|其中)[^;。]*")


def _blank_parts_of_items(text: str) -> str:
    """Blank out asides and an item's own parts ("基本支出400万元，包括人员经费350万元、公用经费50万元；项目支出…":
    what follows 包括 / 含 / 其中 after an item's amount, up to the next "；", is inside that item)."""
    return re.sub(r"(?<=元)" + _OWN_PARTS.pattern, lambda m: " " * len(m.group(0)), _blank_brackets(text))


_YEAR_FIGURES = re.compile(
    r"(20\d{2})\s*年度?\s*(?:的|全年|部门|单位|本级)?\s*(?:年初|全年|预算|调整|实际|支出|执行|决算|收入)"
)


def other_year(norm: str, start: int, year: object) -> bool:
    """Whether the figure at ``start`` is another year's: its clause says 上年/去年/同比…, or its
    sentence opens on "2023年度年初预算…" when the report evaluates another year."""
    if about_last_year(norm, start):
        return True
    sentence = norm[max(norm.rfind(ch, 0, start) for ch in ";。\n") + 1: start + 4]
    stated = [int(m.group(1)) for m in _YEAR_FIGURES.finditer(sentence)]
    return bool(stated) and isinstance(year, int) and stated[-1] != year


def extract_budget(outline: Outline, facts: Facts) -> None:
    """This year's figures; another year's ("2023年度年初预算…", "上年执行率…") only when this year's are
    not stated."""
    units: Counter[str] = Counter()
    year = facts.get("year")
    deferred: list[tuple[str, Any, SourceRef, str]] = []
    projects = project_part_lines(outline, facts)  # a project's figures: the unit's only if it states none
    project = facts.get("kind") == "项目支出"
    for line in outline.lines:
        norm = line.norm
        if "执行率" in norm:
            rates = list(_RATE.finditer(norm))
            funds = _fund_rates(norm, rates)
            for k, match in enumerate(rates):
                word = norm.index("执行率", match.start())
                if word and "\u4e00" <= norm[word - 1] <= "\u9fff" and not _RATE_OWNER.search(norm[:word]) \
                        and not (project and norm.endswith("项目", 0, word)):
                    continue  # an indicator's rate (a project report's 项目执行率 is its own)
                if k in funds:
                    continue
                rate = to_decimal(match.group(1))
                found = ("budget.stated_execution_rate", rate,
                         ref(line.location, line.text[match.start():match.end()]), "预算执行率")
                _put_or_defer(facts, found, line.index in projects or other_year(norm, match.start(), year), deferred)
        if "预算的" in norm:
            _share_of_budget(line, projects, year, (facts, deferred))
        labelled = with_label_unit(norm) if "元)" in norm else None  # "资金情况(万元):年初预算85.00;…"
        if labelled is not None:
            norm = labelled
        if not ("万" in norm or "元" in norm or "亿" in norm) or not _HAS_MONEY.search(norm):
            continue  # (the words first: a search for a digit before them costs more on prose)
        for path, pattern, label in _AMOUNTS:
            for match in pattern.finditer(norm):
                amount, unit = parse_money(match.group(1) + match.group(2))
                units[unit] += 1
                if path != "budget.carry_over" and _named_part(norm, match.start()):
                    continue
                cited = line.text if labelled else line.text[match.start(): match.end()]
                found = (path, tidy(amount), ref(line.location, cited), label)
                elsewhere = line.index in projects or (
                    path != "budget.carry_over" and other_year(norm, match.start(), year))
                _put_or_defer(facts, found, elsewhere, deferred)
        for pattern, total_path, items_path, label in _TOTALS:
            _totals(line, pattern, (total_path, items_path, label), units, facts, (year, deferred))
        if "其中" in norm:
            breakdown(line, facts)
    for path, value, source, label in deferred:
        if not facts.has(path):
            facts.put(path, value, ref(source.location, source.text, guessed=True), label)
    if units and not facts.has("budget.source_unit"):
        facts.values["budget.source_unit"] = units.most_common(1)[0][0]


# "执行数为1050万元，完成预算的100%": the rate spent, in words (a clause on revenue, "收入完成预算的105%", is not it)
_SHARE_OF_BUDGET = re.compile(r"完成(?:全年|年度)?预算的\s*(\d+(?:\.\d+)?)\s*%")


def _share_of_budget(line: Line, projects: set[int], year: object,
                     into: tuple[Facts, list[tuple[str, Any, SourceRef, str]]]) -> None:
    facts, deferred = into
    for match in _SHARE_OF_BUDGET.finditer(line.norm):
        clause = line.norm[max(line.norm.rfind(mark, 0, match.start()) for mark in ",;。") + 1: match.start()]
        if "收入" in clause or "税" in clause:
            continue
        found = ("budget.stated_execution_rate", to_decimal(match.group(1)),
                 ref(line.location, line.text[match.start(): match.end()]), "预算执行率")
        _put_or_defer(facts, found, line.index in projects or other_year(line.norm, match.start(), year), deferred)


def _named_part(norm: str, at: int) -> bool:
    """"共有8个项目，其中，某某经费年初预算数6万元，…": after 其中, an amount named after one of the parts (a
    name opens its clause) is that part's, not the unit's; a bracket holding the 其中 list ends it."""
    sentence = norm.rfind("。", 0, at) + 1
    other = norm.rfind("其中", sentence, at)
    if other < 0:
        return False
    # "预算资金X万元（其中中央资金…、省级资金…），实际支出Y万元": the parts end with the bracket
    closed = norm.rfind(")", other, at)
    if closed >= 0 and norm.find("其中", sentence) == other \
            and norm.rfind("(", sentence, other) > norm.rfind(")", sentence, other):
        return False
    clause = max(norm.rfind(mark, 0, at) for mark in ",;:") + 1
    named = norm[clause: at].strip()
    return len(named) >= 2 and not _PERIOD.fullmatch(named)  # "；本年实际支出…": the year's, not a part's


_PERIOD = re.compile(r"(?:本|当|全)年度?|年度|(?:19|20)\d{2}\s*年度?")


# a level of government or a source a fund row is named after ("中央资金完成636.75万元，预算执行率81.97%")
_FUND_LEVEL = re.compile(r"中央|省级|市级|县级|区级|自治区|地方|本级|上级|自筹|其他资金")


def _fund_rates(norm: str, rates: list[re.Match[str]]) -> set[int]:
    """The rates that are one fund's each, not the budget's: a sentence states several, each after the fund it
    belongs to ("中央资金完成…，预算执行率81.97%，省级资金完成…，预算执行率99.28%")."""
    if len(rates) < 2:
        return set()
    stops = [i for i, ch in enumerate(norm) if ch == "。"]
    sentence = [bisect.bisect_left(stops, m.start()) for m in rates]
    counts = Counter(sentence)
    out: set[int] = set()
    for k, match in enumerate(rates):
        if counts[sentence[k]] < 2:
            continue
        same = k > 0 and sentence[k - 1] == sentence[k]
        clause_start = rates[k - 1].end() if same else (stops[sentence[k] - 1] + 1 if sentence[k] else 0)
        if _FUND_LEVEL.search(norm, clause_start, match.start()) is not None:
            out.add(k)
    return out


def _put_or_defer(facts: Facts, found: tuple[str, Any, SourceRef, str], elsewhere: bool,
                  deferred: list[tuple[str, Any, SourceRef, str]]) -> None:
    if elsewhere:
        deferred.append(found)
    else:
        facts.put(*found)


_TOTALS = [(_INCOME_TOTAL, "budget.income_total", "budget.income_items", "收入总计"),
           (_EXPENSE_TOTAL, "budget.expenditure_total", "budget.expenditure_items", "支出总计")]


def _totals(line: Line, pattern: re.Pattern[str], paths: tuple[str, str, str], units: Counter[str], facts: Facts,
            context: tuple[object, list[tuple[str, Any, SourceRef, str]]]) -> None:
    """The first total of this year in the line (another year's only when the line has no other)."""
    total_path, items_path, label = paths
    year, deferred = context
    matches = list(pattern.finditer(line.norm))
    if not matches:
        return
    this_year = [m for m in matches if not other_year(line.norm, m.start(), year)]
    match, elsewhere = (this_year[0], False) if this_year else (matches[0], True)
    total, unit = parse_money(match.group(1) + match.group(2))
    units[unit] += 1
    end = _clause_end(line.norm, match.end())
    while re.match(r"\s*(同比|比上年|较上年|与上年)", line.norm[end + 1:]):  # "…万元。同比…增长16.24%。其中：…"
        end = _clause_end(line.norm, end + 1)
    if line.norm[end + 1: end + 4].lstrip().startswith("其中"):  # "收入：1,026.48万元。其中：…"
        end = _clause_end(line.norm, end + 1)
    after = line.norm[match.end():]
    close = after.find(")")
    if after.lstrip().startswith("(") and close > 0 and "其中" in after[:close]:  # "（其中：A；B）"
        end = max(end, match.end() + close + 1)
    elif "其中" in line.norm[match.end(): end]:
        end = _items_end(line.norm, end)
    source = ref(line.location, line.text[match.start(): end])
    _put_or_defer(facts, (total_path, tidy(total), source, label), elsewhere, deferred)
    segment = line.norm[match.end(): end]
    if segment.lstrip().startswith("("):  # "收入2,186.35万元（其中：财政拨款收入…，其他收入…）"
        close = segment.find(")")
        if close > 0 and "其中" in segment[:close]:
            end = match.end() + close
            segment = line.norm[match.end(): end]
    other = segment.find("其中")
    if other < 0:
        return
    base = match.end() + other + 2
    items = []
    for item in _ITEM.finditer(_blank_parts_of_items(line.norm[base:end])):
        name = line.text[base + item.start(1): base + item.end(1)].strip()
        name = re.sub(r"^(其中|包括|含|和|及)\s*", "", name).strip(" ：:")
        if not name or len(name) > 30 or (_NOT_AN_ITEM.search(name) and not _FINAL_ACCOUNT_PART.match(name)):
            continue  # "同比上年度增加101.35万元": a change
        amount, _unit = parse_money(item.group(2) + item.group(3))
        items.append({"name": name, "amount": tidy(amount)})
    _put_or_defer(facts, (items_path, items, source, label + "构成"), elsewhere, deferred)


def _clause_end(norm: str, start: int) -> int:
    for i in range(start, len(norm)):
        if norm[i] in ";。":
            return i
    return len(norm)


_NOT_AN_ITEM = re.compile(r"合计|总计|总额|共计|比上年|较上年|同比|增加|减少|增长|下降|年初预算|调整预算|全年预算|执行"
                          r"|结转|结余")


# the parts of a 决算's 收入总计 / 支出总计: "收入总计210万元，其中：本年收入合计200万元，年初结转和结余10万元"
_FINAL_ACCOUNT_PART = re.compile(r"(?:本年(?:收入|支出)合计|(?:年初|年末)结转[和与及]?结余|用事业基金弥补收支差额"
                                 r"|结余分配)$")


_DESCRIBED = re.compile(r"\s*,\s*(?:主要)?(?:用于|是|为|包括|含)")


def _items_end(norm: str, end: int) -> int:
    """Items listed after 其中 and separated by "；" ("其中：A 2088.15万元；B 113.22万元。"): extend the
    list past each "；" whose clause is one more named amount (not a total, a change or a budget figure)."""
    while end < len(norm) and norm[end] == ";":
        following = _clause_end(norm, end + 1)
        clause = norm[end + 1: following].strip(" )")
        item = _ITEM.match(clause)
        described = item is not None and _DESCRIBED.match(clause, item.end())  # "…万元，主要用于…"
        if item is None or (item.end() < len(clause) - 12 and not described) or _NOT_AN_ITEM.search(clause) \
                or _INCOME_TOTAL.search(clause) or _EXPENSE_TOTAL.search(clause):
            break
        end = following
    return end


_EXPENSE_ITEM = re.compile(r"(支出|经费|费用)$")
_INCOME_ITEM = re.compile(r"(收入|拨款|资金)$")


# "收入预算23,264.53万元，其中：…" / "部门预算收入…，其中：…": the parts of the unit's budget, not the year's income
# and spending items (the final account's: "收入决算数为…，其中：…"; 一般公共预算收入 is a source's name, no budget)
_BUDGET_BEFORE_PARTS = re.compile(r"(?:(?:收入|支出)预算|(?<!公共)预算(?:收入|支出))(?:数|总额)?\s*(?:为|是|:)?\s*"
                                  + MONEY + r"\s*,?\s*$")


def _budget_parts_clause(before: str) -> bool:
    """Whether the text before a 其中 ends on a unit's 收入预算 / 支出预算 figure."""
    return _BUDGET_BEFORE_PARTS.search(before[-60:]) is not None


def breakdown(line: Line, facts: Facts) -> None:
    """"…执行3318.62万元。其中：基本支出1286.35万元；项目支出2032.27万元，主要用于…；年末结转103.13万元":
    the items after a figure that no total claimed (expenditure or income by their names; the clause
    after an amount describes it; a 结转 clause is the carry-over, not an item)."""
    norm = line.norm
    blanked = _blank_brackets(norm)  # once a line: blanking each clause's prefix again was quadratic
    for found in re.finditer(r"其中\s*:?", norm):
        start = found.end()
        items: list[dict[str, Any]] = []
        at = start
        # "预算423.38万元(其中:自治区169.35万元,市级254.03万元)": the items end with the bracket
        close = norm.find(")", start) if norm[found.start() - 1: found.start()] == "(" else -1
        while at < len(norm):
            end = _clause_end(norm, at) if close < 0 else min(_clause_end(norm, at), close)
            more = _items_in_clause(line, at, end, items, blanked)
            if not more or end >= len(norm) or norm[end] != ";":
                break
            at = end + 1
        names = [str(i["name"]) for i in items]
        if len(items) < 2 or _budget_parts_clause(norm[:found.start()]):
            continue  # (a 收入预算's parts are the budget's, not the year's income items)
        if all(_FUND_SOURCE.search(n) and not re.search(r"(收入|支出)$", n) for n in names):
            _fund_sources(line, found.start() - (close >= 0), items, facts)
            continue
        if all(_EXPENSE_ITEM.search(n) for n in names):
            path = "budget.expenditure_items"
        elif all(_INCOME_ITEM.search(n) for n in names):
            path = "budget.income_items"
        else:
            continue
        whole = path == "budget.expenditure_items" and set(names) == {"基本支出", "项目支出"}  # the split by nature
        facts.put(path, items, ref(line.location, line.text[start: at], complete=True if whole else None))


def _blanked_before(norm: str, end: int, blanked: str) -> str:
    """``_blank_brackets(norm[:end])`` read from the whole line blanked once (``blanked``; read it only
    up to ``end``): the same but for a bracket that closes after ``end``, which stays as written."""
    opening = norm.rfind("(", 0, end)
    if opening < 0 or blanked[opening] != " " or norm.find(")", opening, end) >= 0:
        return blanked
    return blanked[:opening] + norm[opening:end]


def _items_in_clause(line: Line, at: int, end: int, items: list[dict[str, Any]], blanked: str) -> bool:
    """The named amounts of one clause ("上级资金139.5万元，本级46.5万元，…"), up to the first part that is
    not one; whether the clause held any."""
    norm = _blanked_before(line.norm, end, blanked)
    found = False
    while at < end:
        item = _ITEM.match(norm, at, end)
        if item is None or item.end() > end:
            break
        name = line.text[item.start(1): item.end(1)].strip(" ：:，,")
        if re.search(r"结转|结余", name) or not name or len(name) > 20 or _NOT_AN_ITEM.search(name):
            break
        amount, _unit = parse_money(item.group(2) + item.group(3))
        items.append({"name": name, "amount": tidy(amount)})
        found = True
        at = item.end()
        if norm[at: at + 1] not in (",", "、") or _OWN_PARTS.match(norm, at):
            break  # "基本支出400万元，包括人员经费…、公用经费…；项目支出…": the item's own parts end the clause
        at += 1
    return found


_FUND_SOURCE = re.compile(r"上级|本级|中央|省级|市级|县级|区级|自治区|自筹|专项资金|补助资金|财政拨款|其他资金|社会资金"
                          r"|单位资金|地方资金")
_BUDGET_TOTAL = re.compile(r"(?:共计|总计|合计|共|安排|下达|预算|到位)(?:资金)?\s*(?:为|:)?\s*" + MONEY
                           + r"\s*[,，]?\s*$")


def _fund_sources(line: Line, at: int, items: list[dict[str, Any]], facts: Facts) -> None:
    """"共计186万元，其中上级资金139.5万元，本级46.5万元": the budget and where its money comes from."""
    total = _BUDGET_TOTAL.search(line.norm[:at])
    source = ref(line.location, line.text[total.start() if total else at: at + 40])
    if total is not None:
        amount, _unit = parse_money(total.group(1) + total.group(2))
        facts.put("budget.adjusted", tidy(amount), source)
    facts.put("budget.fund_rows", [{"name": i["name"], "adjusted": i["amount"]} for i in items], source)


# "下达…资金1860万元" / "…衔接资金共下达105万元" / "项目预算资金426.80万元" (年初预算资金 is the initial
# budget, read before); "下达某某资金(某某行动)2360万元", "共投入某某补助经费预算830万元",
# "财政下拨某某运行经费为190万元", "分解下达中央转移支付某某专项资金共22171万元" (the transfer's whole, before
# the parts "一是某处，下达预算资金…" it was split into); "区财政通过某国债安排资金700万元",
# "下达我市某场地补短工程160万元", a cover's "资金总额及构成 总额90万元";
# "项目财政资金总额12.40万元…拨付使用12.40万元"; "项目计划投资860万元…已完成拨付831.20万元，执行率96.7%";
# "资金来源：中央资金120万元、省级资金80万元…，合计250万元" (the sources' 合计 is the project's budget)
_ALLOCATED = re.compile(r"(?:(?:下达|下拨|共投入)[^,;。]{0,30}?(?:资金|经费|预算|工程)(?:\([^()]{1,20}\))?"
                        r"|(?<=财政)[^,;。]{0,20}?安排(?:专项)?(?:资金|经费)"
                        r"|(?:项目|专项|申报)预算(?:资金|数)?(?:总额)?|项目财政资金总额|资金总额及构成\s*(?:总额)?|项目计划(?:总)?投资|共投入资金|(?:资金|经费)(?:共|合计)?下达"
                        r"|资金来源[^。;]{0,160}?(?=合计|共计))\s*(?:共计|合计|共)?\s*(?:为|:)?\s*" + MONEY)
# "…服务资金3728万元全部执行到位": the budget, spent in full
_IN_FULL = re.compile(r"资金\s*" + MONEY + r"\s*(?:已)?全部(?:执行|支出|拨付|使用)")
# "已严格按合同约定和施工进度及时足额拨付资金66.86万元": 已 may stand a few words before 拨付; a subsidy's
# "…全部发放到农户手中，发放资金9765万元"
_RATE_AFTER = r"(?:\s*,\s*(?:资金|预算)?(?:支付率|执行率)\s*(?:为|:)?\s*(\d+(?:\.\d+)?)\s*%)?"
_PAID = re.compile(r"(?:(?:已|累计|实际)支付|已经支出|完成发放(?:补助)?|实际总支出|全年度?实际支出"
                   r"|(?<=到位数)[^,;。]{0,12}?[,;]支出|拨付使用|已[^,;。下达]{0,20}?拨付(?:[^,;。\d]{0,20}?(?:资金|经费))?|实际完成投资|(?<=[,;])发放)"
                   r"(?:资金|工程款)?"
                   r"\s*(?:共计|合计|为|:)?\s*" + MONEY + _RATE_AFTER)

# "全年度实际总支出2595.62万元" (a part's "其中，某经费实际支出120万元" is no total); "已拨付中央某某防治资金680万元";
# "实际到位数60万元,支出46.63万元" (spent after what arrived)
# "截止2021年12月31日，已经支出70,909.19万元", "全区共完成发放补助资金141.8万元": what was spent (已支出 alone
# may name a part's spending)
# "1.某某中心资金完成61.99万元。": what was spent — unless its line states the goal ("绩效目标:某某资金完成80万元") or
# the clause names one fund ("中央资金完成300万元，…": that fund's row)
_DONE = re.compile(r"(?:资金|经费)完成(?:\s*了)?\s*" + MONEY + _RATE_AFTER)
# "已兑现某某对象基本生活救助资金14280元" / "会议经费…，支出资金0.26万元，执行率100%": what was spent, unless a
# part's (after 其中, named) or one fund's ("中央资金支出资金…")
_SPENT = re.compile(r"(?:已兑现[^,;。\d]{0,30}?(?:资金|经费)|(?<![\u4e00-\u9fff]{2})支出(?:资金|经费))"
                    r"\s*(?:共计|合计|为|:)?\s*" + MONEY + _RATE_AFTER)
_GOAL_LINE = re.compile(r"^\s*(?:\(?[一二三四五六七八九十\d]+[)、.]\s*)?(?:年度|项目|总体|绩效|预期|年初)*目标\s*[:\d]")


def _spent(norm: str) -> re.Match[str] | None:
    match = _SPENT.search(norm)
    if match is None or _GOAL_LINE.match(norm) or _named_part(norm, match.start()) or _one_funds(norm, match.start()):
        return None
    return match


_USE_RATE = re.compile(r"资金使用率\s*(?:为|是|:|达|达到)?\s*(\d+(?:\.\d+)?)\s*%")


def _done(norm: str) -> re.Match[str] | None:
    match = _DONE.search(norm)
    return None if match is None or _GOAL_LINE.match(norm) or _one_funds(norm, match.start()) else match


def _one_funds(norm: str, at: int) -> bool:
    """Whether the clause of the amount at ``at`` names one fund ("中央资金完成300万元": that fund's row)."""
    clause = max(norm.rfind(mark, 0, at) for mark in ",;:。") + 1
    return _FUND_LEVEL.search(norm, clause, at) is not None


# "区级财政每年安排60万元,由每年年初预算批复下达至我局": an amount the year's 年初预算 provides is the initial budget
_BY_INITIAL = re.compile(r"安排(?:资金|经费)?\s*" + MONEY
                         + r"\s*,\s*(?:由|通过|列入)\s*(?:每年|当年|本年度?)?\s*年初(?:部门)?预算")


def _initial_by_source(outline: Outline, facts: Facts) -> None:
    for line in outline.lines:
        if "年初" in line.norm and (match := _BY_INITIAL.search(line.norm)):
            amount, _unit = parse_money(match.group(1) + match.group(2))
            facts.put("budget.initial", tidy(amount), ref(line.location, line.text[match.start(): match.end()]))
            return


def project_fund_phrases(outline: Outline, facts: Facts) -> None:
    """A project fund's report that states no budget figures the usual way: "下达…资金1860万元" is its
    budget, "已支付1796.45万元，支付率96.58%" what was spent and the rate (only for project reports,
    only where nothing else was read; with an initial budget read, only what was spent)."""
    if facts.get("kind") != "项目支出":
        return
    wanted = {path: not facts.has(path) for path in ("budget.adjusted", "budget.executed",
                                                     "budget.stated_execution_rate")}
    if not facts.has("budget.initial"):
        _initial_by_source(outline, facts)
    if facts.has("budget.initial"):  # "年初预算安排200万元…已…拨付资金66.86万元": only what was spent is sought
        wanted["budget.adjusted"] = False
    if not any(wanted.values()):
        return
    allocated: list[tuple[Decimal, SourceRef]] = []
    for line in outline.lines:
        if wanted["budget.adjusted"]:
            for match in _ALLOCATED.finditer(line.norm):
                amount, _unit = parse_money(match.group(1) + match.group(2))
                allocated.append((tidy(amount), ref(line.location, line.text[match.start(): match.end()])))
        if wanted["budget.stated_execution_rate"] and "使用率" in line.norm:
            used = _USE_RATE.search(line.norm)  # "项目实际使用资金…，资金使用率51.63%"
            if used is not None:
                facts.put("budget.stated_execution_rate", to_decimal(used.group(1)),
                          ref(line.location, line.text[used.start(): used.end()]))
                wanted["budget.stated_execution_rate"] = False
        paid = _PAID.search(line.norm) if wanted["budget.executed"] else None
        if paid is None and wanted["budget.executed"] and "完成" in line.norm:
            paid = _done(line.norm)
        if paid is None and wanted["budget.executed"] and ("兑现" in line.norm or "支出" in line.norm):
            paid = _spent(line.norm)
        full = _IN_FULL.search(line.norm) if paid is None and "全部" in line.norm else None
        if full is not None:
            amount, _unit = parse_money(full.group(1) + full.group(2))
            source = ref(line.location, line.text[full.start(): full.end()])
            if wanted["budget.adjusted"]:
                allocated.append((tidy(amount), source))
            if wanted["budget.executed"]:
                facts.put("budget.executed", tidy(amount), source)
                wanted["budget.executed"] = False
        if paid is not None:
            amount, _unit = parse_money(paid.group(1) + paid.group(2))
            source = ref(line.location, line.text[paid.start(): paid.end()])
            facts.put("budget.executed", tidy(amount), source)
            if paid.group(3) and wanted["budget.stated_execution_rate"]:
                facts.put("budget.stated_execution_rate", to_decimal(paid.group(3)), source)
            wanted["budget.executed"] = False
    if allocated:
        facts.put("budget.adjusted", *_budget_of(allocated, facts.get("budget.executed"),
                                                 facts.get("budget.stated_execution_rate")))


def _budget_of(allocated: list[tuple[Decimal, SourceRef]], executed: object, rate: object) -> tuple[Decimal, SourceRef]:
    """The amount a report's prose allocates to the project: the first one, unless the amount spent and
    the rate stated fit another ("中、省下达资金合计1067.2万元…共投入资金1987.08万元…执行资金1847.85万元，执行率92.9%":
    1987.08, what the rate was worked out on)."""
    if isinstance(executed, Decimal) and isinstance(rate, Decimal):
        for amount, source in allocated:
            if amount > 0 and abs(executed / amount * 100 - rate) < 1:
                return amount, source
    return allocated[0]
