"""Budget facts stated in prose: income/expenditure totals and items, initial/adjusted/executed,
carry-over and the stated execution rate. Amounts become 万元; the unit written is remembered."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern as lexicon_pattern
from jixiao.model import SourceRef
from jixiao.numbers import parse_matched_money, to_decimal
from jixiao.readers.extract.budget_figures import (
    APART_WORDS,
    EXPENSE_TOTAL,
    INCOME_TOTAL,
    LINK,
    MONEY,
    UNIT_BUDGET,
    allocated_part_spending,
    apart_spending_figure,
    fund_level_named,
    fund_rates,
    list_item_figure,
    named_part,
    nature_part_rate,
    one_fund_figure,
    other_year,
    sub_unit_figure,
    tidy,
)
from jixiao.readers.extract.budget_items import (
    FINAL_ACCOUNT_PART,
    ITEMS,
    NOT_AN_ITEM,
    blank_parts_of_items,
    breakdown,
    clause_end,
    item_amount,
    items_end,
    one_cut,
)
from jixiao.readers.extract.data_block_totals import block_total, stacked_row_total
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.items_around_total import items_after, items_before, split_by_nature_after
from jixiao.readers.extract.label_unit import heading_unit, with_heading_unit, with_label_unit
from jixiao.readers.extract.listed_budgets import listed_budget_lines
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.project_sections import project_part_lines, several_projects_lines
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.extract.table_columns import money_role

# (every alternative below opens on a literal, what may stand before it tested after it: a search skips to those
# characters rather than trying each place of a line)
_AMOUNTS: list[tuple[str, re.Pattern[str], str]] = [
    # "年初批复预算5个项目412万元": a count of projects between the phrase and its amount
    # "部门预算批复800万元，年中追加100万元" / "部门预算安排资金合计538万元": the budget approved at the start of the
    # year; "年初安排预算资金1万元"
    # "年初预算项目73个，预算项目经费15690.38万元" (a count of projects, then their money); a unit's 收入预算 /
    # 支出预算 is read by budget_words when no 年初预算 is stated; "年初预算安排我中心某某建设工程项目174万元" (the
    # project named between the phrase and its amount)
    # "年初预算收入(含所属二级预算单位)5204.65万元": a unit's income (or spending) budgeted at the start of the year;
    # "年初预算安排项目资金64万元" (the project's money, no project named)
    ("budget.initial", re.compile(r"(?:年初(?:部门)?(?:批复|下达|安排)?(?:项目)?预算"
                                  r"(?:安排(?:项目(?=资金|经费))?|(?:收入|支出)(?:\([^()]{1,20}\))?)?"
                                  r"(?:\d{1,3}个项目|项目\d{1,4}个\s*,\s*(?:预算)?(?:项目)?(?:经费|资金))?"
                                  r"|部门(?<![整加中末]部门)预算批复(?:数|的?总(?:支出|金额|额))?"
                                  r"|预算(?<![整加中末]预算)批复(?:数|的?总(?:支出|金额|额))?|部门预算安排(?:资金)?"
                                  r"|年初预算安排[^,;。]{1,40}?(?:项目|工程)(?:资金|经费)?"
                                  # ("年初财政下达资金5万元", "2024年初，县财政批复项目预算420万元")
                                  r"|年初(?:\s*,\s*[^,;。\d]{0,6}?)?财政(?:批复|下达|安排)(?:项目)?(?:预算)?(?:资金|经费)?"
                                  # ("该专项年初安排资金412.00万元", "年初安排150万")
                                  r"|年初安排(?:资金|经费)?"
                                  # ("年初下达中央和省级水利发展资金2860万元": the funds named between)
                                  r"|年初(?:批复|下达)[^,;。\d]{1,24}?(?:资金|经费)"
                                  # ("年初部门预算批复该项目资金64万元": the approval, then what it approved)
                                  r"|年初(?:部门)?预算批复(?:[本该]?项目)?(?:资金|经费)"
                                  # ("2022年初某某改造资金预算安排300.7万元": the fund named between 年初 and 预算)
                                  r"|年初[^,;。\d]{1,24}?(?:资金|经费)预算安排)"
                                  + LINK + MONEY),
     "年初预算"),
    ("budget.adjusted", re.compile(
        r"(?:全年\s*(?:\(调整\))?\s*预算|调整后(?:的)?(?:全年)?预算|全年调整预算|调整预算(?:后项目预算|至|到)?|预算调整(?:为|至)"
        # ("经调整后，项目总预算为245.6万元": the budget's subject after a comma, or its 总; "第一次调整后项目预算…"
        # without either is a step of several revisions, no year's budget)
        r"|调整后(?:的)?\s*,\s*(?:[本该]?项目)?(?:全年|总)?预算|调整后(?:的)?[本该]?项目总预算"
        r"|全年预算安排|年度(?<![上去前]年度)预算(?=数|总额)|全年预算数?\s*\(调整后\)|(?:年中|年内|年底)调(?:减|增|整)(?:为|至|到)"
        r"|全年可用(?:预算|资金)(?:共计|合计)?"  # ("上年结转…，年初预算…，全年可用资金共计182.40万元")
        r"|全年应执行(?:数|金额|资金))"  # ("全年应执行数为7.79万元": the amount to execute, the budget)
        + LINK + MONEY), "全年（调整）预算"),
    ("budget.executed", re.compile(
        r"(?:全年执行|执行(?<=[,;]执行)|全年(?:累计)?(?:实际)?(?:支出|使用)|实际执行|实际支出|执行数(?<!应执行数)|实际使用|执行金额|支付金额|决算支出|决算数"
        # ("全年预算125.25万，已支出120万": a clause opening on 已支出 right after the budget's, the whole's spending)
        r"|预算[^,;。\d]{0,8}?\d[\d,]*(?:\.\d+)?\s*万?元?\s*[,;]\s*已支出"
        r"|财政安排支出|(?<![\u4e00-\u9fff])支出决算数?"  # ("…；支出决算41012.36万元", never a 财政拨款支出决算)
        r"|部门整体支出|单位整体支出"  # ("2020年部门整体支出共5426.6万元，其中…": the year's whole spending)
        r"|(?<=\d年)支出(?:总额|合计|共计)?"  # ("2022年支出76.36万元，其中基本支出…": the year's spending;
        r"|(?:本|当)年度?总支出"  # ("全年预算数…，本年度总支出1066.2万元，其中…": this year's)
        r"|(?<=[,;])支出合计"  # ("2024年度收入合计…；支出合计605.36万元，其中基本支出…": the year's, after its income)
        r"|截[至止](?:\d{4}年)?(?:12月31日|年底|年末)\s*,?\s*(?:累计|共|实际)?支出)"  # ("截至12月31日支出…")
        # "全年累计支出428.36万元" after quarters' spending: the year's)
        + LINK + MONEY),
     "全年执行数"),
    # the balance carried out of the year (年末结转和结余, 结转下年) or a bare 结转结余; one brought in (上年结转,
    # 年初结转和结余) is the opening balance, and the carry-over only when the document states no other
    ("budget.carry_over",
     re.compile(r"(?:结转结余(?<!年初结转结余)(?<!上年结转结余)(?<!上年度结转结余)|年末结转(?:[和与及]?结余)?|结转下年)"
                r"(?:结余)?"
                + LINK + MONEY),
     "结转结余"),
    # ("上年度结余的资金2.3万元": what last year left over, brought into this one)
    ("budget.opening_balance",
     re.compile(r"(?:上年度?结转|年初结转|上年度?结余(?:的)?(?:资金|经费)?)(?:[和与及]?结余)?" + LINK + MONEY),
     "上年结转"),
]
_BALANCES = ("budget.carry_over", "budget.opening_balance")
# "预算执行率（全年执行数/调整后预算）96.32%": a bracketed note on how the rate was taken may stand before it
# a viewer may drop the % ("执行率92.9。"): a figure of at most 100 closing its clause is then the rate, guessed
# "预算执行率=决算数÷调整后预算数×100%=A÷B×100%=97.50%": a formula in words, its rate after the last =
# "实际使用资金114万元，资金使用率95%": a whole's 资金使用率 right after the amount used (_used_rate)
_RATE = re.compile(r"(?:预算执行率|资金执行率|全年执行率|执行率|(?<=资金)使用率)"
                   r"\s*(?:\([^()]{0,24}\))?\s*(?:=[^,;。]{0,60}?=)?"
                   r"\s*(?:为|是|:|达|达到|约)?\s*"
                   r"(\d+(?:\.\d+)?)\s*(?:(%)|(?=[,;。)]|$))")
# the word before 执行率 that makes it the budget's ("预算执行率", "全年执行率"), not an indicator's ("政府采购执行率")
# (or an amount right before it: "全年执行数：812.54万元执行率：94.48%", label fields a viewer or OCR ran together)
_RATE_OWNER = re.compile(r"(?:预算|资金|经费|全年|年度|总体|上年|去年|本年|实际|\d\s*(?:亿|万)?元)$")
_HAS_MONEY = re.compile(r"\d\s*(?:亿|万|元)")
_USED_BEFORE = re.compile(r"(?:^|[,;。])\s*(?:全年|年度|本年|累计)?实际使用(?:资金|经费)?"
                          r"\s*\d[\d,.]*\s*(?:亿元|万元|元)\s*,\s*资金$")  # (see _used_rate)
# a second percentage right after a rate: the rate was an indicator's target, this its actual
_INDICATOR_ROW = re.compile(r"\s*(?:[≥≤>=<]\s*)?\d+(?:\.\d+)?\s*%")
_CELL_GAP = re.compile(r"[\u4e00-\u9fff](?:\s{2,}|\t)[\u4e00-\u9fff]")  # a row's cells a wide gap apart


Kept = list[tuple[str, Any, SourceRef, str, bool]]  # (…, whether one enumerated item's figure)


def extract_budget(outline: Outline, facts: Facts) -> Kept:
    """This year's figures; another year's ("2023年度年初预算…", "上年执行率…") or a part's are kept aside and
    returned, for :func:`put_kept_aside` once every reader of this year's figures has run."""
    units = _Units()
    year = facts.get("year")
    deferred: Kept = []
    projects = project_part_lines(outline, facts)  # a project's figures: the unit's only if it states none
    several = several_projects_lines(outline, facts)  # one of several projects' figures: never the page's
    project = facts.get("kind") == "项目支出"
    heading: str | None = None  # the unit a heading line names for the label lines right below it
    own = _own_funds_rates(outline)
    listed = _listed_part_lines(outline)
    parts = listed_budget_lines(outline, year)  # a numbered list of parts' budgets: none the whole's
    for line in outline.lines:
        if line.index in several or line.index in parts:
            continue
        norm = line.norm
        if "执行率" in norm or "资金使用率" in norm:
            rates = [m for m in _RATE.finditer(norm)
                     if not m.group().startswith("使用率") or _used_rate(norm, m.start())]
            funds = fund_rates(norm, rates) | {k for k, m in enumerate(rates) if (line.index, m.start()) in own}
            for k, match in enumerate(rates):
                word = match.start() - 2 if match.group().startswith("使用率") else norm.index("执行率", match.start())
                if word and "\u4e00" <= norm[word - 1] <= "\u9fff" and not _RATE_OWNER.search(norm[:word]) \
                        and not (project and norm.endswith("项目", 0, word)):
                    continue  # an indicator's rate (a project report's 项目执行率 is its own)
                if k in funds or _part_rate(norm, match.start()) \
                        or "年初" in match.group(0) or apart_spending_figure(norm, match.start(), ",;。"):
                    continue  # (a rate "（执行数/年初预算）" is taken on another base than the execution rate's; a
                    # clause's "政府采购预算执行率" that spending's own)
                if match.group(2) and _INDICATOR_ROW.match(norm, match.end()) \
                        and (norm[:match.start()].rstrip().endswith("指标")
                             or _CELL_GAP.search(norm, 0, match.start())):
                    # "时效指标 预算执行率 100% 100%": an indicator's row (level, name, target, actual); so too
                    # "运行成本    资金管理    预算执行率   100%    95.20%", its cells a wide gap apart
                    continue
                rate = to_decimal(match.group(1))
                if match.group(2) is None and rate > 100:
                    continue  # (no % and above 100: no rate)
                # (no % sign: a viewer may have dropped it; a figure right after the rate: cells run together,
                # "预算执行率100%95.06%…" an indicator's name and target; either way a guess)
                fused = norm[match.end():match.end() + 1].isdigit()
                found = ("budget.stated_execution_rate", rate,
                         ref(line.location, line.text[match.start():match.end()],
                             guessed=match.group(2) is None or fused), "预算执行率")
                _put_or_defer(facts, found, line.index in projects or line.index in listed
                              or other_year(norm, match.start(), year) or sub_unit_figure(norm, match.start())
                              or nature_part_rate(norm, word), deferred, list_item_figure(norm, match.start()))
        if "预算的" in norm:
            _share_of_budget(line, projects, year, (facts, deferred))
        labelled = with_label_unit(norm) if "元)" in norm else None  # "资金情况(万元):年初预算85.00;…"
        if labelled is None and heading is not None:  # "资金情况(万元)" over "年初预算数:415.00" lines
            labelled = with_heading_unit(norm, heading)
            heading = labelled and heading
        heading = heading_unit(norm) or heading
        if labelled is not None:
            norm = labelled
        stacked = stacked_row_total(outline, line.position) if norm.endswith("计") else None
        if stacked is not None:  # (a 收支 table's cells one a line)
            line, norm = replace(line, text=stacked, norm=stacked), stacked
        if not ("万" in norm or "元" in norm or "亿" in norm) or not _HAS_MONEY.search(norm):
            continue  # (the words first: a search for a digit before them costs more on prose)
        apart = any(word in norm for word in APART_WORDS)  # (the cheap test before apart_spending_figure)
        for path, pattern, label in _AMOUNTS:
            for match in pattern.finditer(norm):
                amount, unit = parse_matched_money(match)
                cited = line.text if labelled else line.text[match.start(): match.end()]
                units.saw(unit, line.location, cited)
                if path not in _BALANCES and named_part(norm, match.start()):
                    continue
                found = (path, tidy(amount), ref(line.location, cited), label)
                elsewhere = line.index in projects or sub_unit_figure(norm, match.start()) or (
                    project and _body_year_budget(norm, match)) or (
                    path not in _BALANCES and (other_year(norm, match.start(), year)
                                               or one_fund_figure(norm, match.start())
                                               or (apart and apart_spending_figure(norm, match.start()))))
                _put_or_defer(facts, found, elsewhere, deferred, list_item_figure(norm, match.start()))
        # ("收入合计(万元):A" or "收入合计:A万元" over its parts' lines)
        block = block_total(outline, line.position) \
            if (labelled is not None and "计(" in line.norm) or "计:" in line.norm else None
        for pattern, total_path, items_path, label in _TOTALS:
            _totals(replace(line, text=block, norm=block) if block else line, pattern,
                    (total_path, items_path, label), units, facts, (year, deferred, line.index in projects))
        # (其中, "全年支出中，…", "收入合计X万元（A万元、B万元）", "执行数A(含…)")
        if "其中" in norm or "出中" in norm or "入中" in norm or "元(" in norm or "(含" in norm:
            breakdown(line, facts)
    _settled(outline, facts)
    if units.counts and not facts.has("budget.source_unit"):
        unit = units.counts.most_common(1)[0][0]
        # (figures written in several units: the one most of them use, a guess)
        facts.replace("budget.source_unit", unit, ref(*units.first[unit], guessed=len(units.counts) > 1))
    return deferred


def _body_year_budget(norm: str, match: re.Match[str]) -> bool:
    """"某县教育局2024年度预算总额1200万元" in a project's report: a body's whole year's budget (年度预算总额 /
    年度预算数 right after the body's name), not the project's."""
    before = norm[sentence_start(norm, match.start()): match.start()].rstrip("0123456789 ")
    return match.group().startswith("年度") and (names_a_body(before) or before.endswith(("部门", "单位")))


def put_kept_aside(outline: Outline, facts: Facts, kept: Kept) -> None:
    """Another year's or a part's figures, guessed, where no reader found this year's ("上年预算执行率为97.30%"
    gives way to a later sentence's "支付率95%"); none of a form's money block when a table has its header; an
    enumerated item's only when no figure of the unit's budget was read."""
    if not kept:
        return
    form = _money_header(outline)
    budget = any(facts.has(path) for path in UNIT_BUDGET)
    for path, value, source, label, item in kept:
        if not facts.has(path) and not (form and path in _FORM_STATES) and not (item and budget):
            facts.put(path, value, ref(source.location, source.text, guessed=True), label)
    _settled(outline, facts)


def _settled(outline: Outline, facts: Facts) -> None:
    """What the figures read imply: an unadjusted budget, spending split by nature, the only 结转 stated."""
    _unchanged(outline, facts)
    _parted_spending(facts)
    _spending_as_executed(facts)
    opening = facts.get("budget.opening_balance")
    if opening is not None and not facts.has("budget.carry_over"):  # the only 结转 the document states
        facts.put("budget.carry_over", opening, facts.refs["budget.opening_balance"], "上年结转")


# the figures a form's money block states: another year's or a part's figure in the text is no stand-in for them
_FORM_STATES = ("budget.initial", "budget.adjusted", "budget.executed", "budget.stated_execution_rate")


def _money_header(outline: Outline) -> bool:
    """Whether a table of the document has a money block's header row (a 全年执行数 column beside a budget's)."""
    for _, table in outline.tables:
        for row in table.rows:
            roles = {money_role(cell) for cell in row if "执行" in cell or "预算" in cell}
            if "executed" in roles and roles & {"initial", "adjusted"}:
                return True
    return False


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


class _Units:
    """The units the budget's figures are written in: how many figures each, and where each was first written."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, tuple[str, str]] = {}  # unit → (location, text) of its first figure

    def saw(self, unit: str, location: str, text: str) -> None:
        self.counts[unit] += 1
        self.first.setdefault(unit, (location, text))


# a line opening on a bracketed item number ("(3)", "4)")
_ITEM_MARK = re.compile(r"\s*\(?\d{1,2}\)")


def _used_rate(norm: str, at: int) -> bool:
    """"实际使用资金398.12万元，资金使用率96.44%": 资金使用率 is the budget's rate in a clause right after one that
    opens on the amount used (a part's "某馆某项目资金使用A元,资金使用率R%", a rate alone, or an indicator's
    "资金使用率 100% 98%" is no statement of it)."""
    return _USED_BEFORE.search(norm[sentence_start(norm, at, "。;"): at]) is not None


def _listed_part_lines(outline: Outline) -> set[int]:
    """"(1)某某专项资金43万。预算执行率100%。" then "(2)某某补助资金59万。预算执行率100%。": two or more numbered
    items each stating an amount and a rate list the parts one by one; each rate is its item's, the budget's only
    when the document states no other."""
    items = {line.index for line in outline.lines if "执行率" in line.norm and _ITEM_MARK.match(line.norm)
             and _HAS_MONEY.search(line.norm) and "其中" not in line.norm}  # (a 其中 line is a part of the one above)
    return items if len(items) >= 2 else set()


def _part_rate(norm: str, at: int) -> bool:
    """"其中局机关本级全年执行1,356.18万元，执行率96.68%": a rate in the sentence of an amount named after one of
    the parts (after 其中) is that part's, not the unit's."""
    sentence = sentence_start(norm, at, "。;")
    start = norm.rfind("其中", sentence, at)
    if start < 0:
        return False
    return any(named_part(norm, match.start()) for path, pattern, _ in _AMOUNTS if path not in _BALANCES
               for match in [pattern.search(norm, start, at)] if match is not None)


# "执行数为1050万元，完成预算的100%": the rate spent, in words (a clause on revenue, "收入完成预算的105%", is not it)
_SHARE_OF_BUDGET = re.compile(r"完成(?:全年|年度)?预算的\s*(\d+(?:\.\d+)?)\s*%")


def _share_of_budget(line: Line, projects: set[int], year: object,
                     into: tuple[Facts, Kept]) -> None:
    facts, deferred = into
    for match in _SHARE_OF_BUDGET.finditer(line.norm):
        clause = line.norm[sentence_start(line.norm, match.start(), ",;。"): match.start()]
        if "收入" in clause or "税" in clause:
            continue
        found = ("budget.stated_execution_rate", to_decimal(match.group(1)),
                 ref(line.location, line.text[match.start(): match.end()]), "预算执行率")
        _put_or_defer(facts, found, line.index in projects or other_year(line.norm, match.start(), year), deferred)


# a fund named for its purpose ("天然林管护补助资金全年共…"; lexicon fund_sentence) is one fund of the budget; the bare
# words (项目资金, 预算资金, 财政资金) name the budget's whole
_WHOLE_FUND = re.compile(r"^(?:本|项目|预算|财政|年度|全年|部门|单位|专项|整体)*资金$")


def _own_funds_rates(outline: Outline) -> set[tuple[int, int]]:
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
        for match in _RATE.finditer(line.norm):
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


def _put_or_defer(facts: Facts, found: tuple[str, Any, SourceRef, str], elsewhere: bool, deferred: Kept,
                  item: bool = False) -> None:
    """``found`` put, or kept aside when stated ``elsewhere`` (another year, a part) or for one enumerated
    ``item``."""
    if elsewhere or item:
        deferred.append((*found, item))
    else:
        facts.put(*found)


# "全年实际收入A,其中财政拨款收入B,上年结转结余C" with B + C = A: the year's opening balance counted as a part
_CARRIED_IN = re.compile(r"上年(?:度)?结转(?:[和与及]?结余)?(?:资金)?")
# "…种植李子30亩,预计年总收入30万元" / "可实现总收入15万元": what a project is to earn, no account's total
_FORECAST = re.compile(r"预计|可实现|预期")
_TOTALS = [(INCOME_TOTAL, "budget.income_total", "budget.income_items", "收入总计"),
           (EXPENSE_TOTAL, "budget.expenditure_total", "budget.expenditure_items", "支出总计")]


def _totals(line: Line, pattern: re.Pattern[str], paths: tuple[str, str, str], units: _Units, facts: Facts,
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
    while re.match(r"\s*(同比|比上年|较上年|与上年)", line.norm[end + 1:]):  # "…万元。同比…增长16.24%。其中：…"
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
    _put_or_defer(facts, (total_path, tidy(total), source, label), elsewhere, deferred, listed)
    segment = line.norm[match.end(): end]
    if segment.lstrip().startswith("("):  # "收入2,186.35万元（其中：财政拨款收入…，其他收入…）"
        close = segment.find(")")
        if close > 0 and "其中" in segment[:close]:
            end = match.end() + close
            segment = line.norm[match.end(): end]
    other = segment.find("其中")
    around = _items_around(line, match, tidy(total), items_path, segment[:other] if other >= 0 else None)
    if around is not None:
        _put_or_defer(facts, (items_path, around[0], around[1], label + "构成"), elsewhere, deferred, listed)
        return
    if other < 0 or any(p.search(segment, 0, other) for p, *_ in _TOTALS):
        return  # "收入合计A元,支出合计B元,…,其中:基本支出…": the parts are the nearer total's
    base = match.end() + other + 2
    items: list[dict[str, Any]] = []
    carried: list[int] = []
    for item in ITEMS.finditer(blank_parts_of_items(line.norm[base:end])):
        name = line.text[base + item.start(1): base + item.end(1)].strip()
        name = re.sub(r"^(其中|包括|含|和|及)\s*", "", name).strip(" ：:")
        name = re.sub(r"(?<=..)决算数?$", "", name)  # "基本支出决算数为…": the item is 基本支出
        carry = bool(_CARRIED_IN.fullmatch(name))
        if not name or len(name) > 30 or (NOT_AN_ITEM.search(name) and not FINAL_ACCOUNT_PART.match(name)
                                          and not carry):
            continue  # "同比上年度增加101.35万元": a change
        amount = item_amount(item)
        items.append({"name": name, "amount": tidy(amount)})
        carried += [len(items) - 1] if carry else []
    if carried and sum(i["amount"] for i in items) != tidy(total):  # a carry-over is a part only when the sum says so
        items = [i for k, i in enumerate(items) if k not in carried]
    _put_or_defer(facts, (items_path, one_cut(items), source, label + "构成"), elsewhere, deferred, listed)


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
