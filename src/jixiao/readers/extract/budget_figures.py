"""What a budget figure in prose is: an amount's pattern and its tidy form (a money table's cell read so too), the
unit's totals' patterns, and whose a figure is (another year's, a named part's after 其中)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from decimal import Decimal, getcontext

from jixiao.lexicon import lexicon, pattern
from jixiao.numbers import WHOLE_FIGURE, WRITTEN_FIGURE, to_wan
from jixiao.readers.extract.scores import about_last_year
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.extract.values import number_in

# an amount's figure, no unit ("2,541.08"); signed, with a minus before it ("-12.50": a final account's or a plan's
# row may fall)
AMOUNT_FIGURE = re.compile(WRITTEN_FIGURE)
SIGNED_AMOUNT_FIGURE = re.compile(rf"-?{WRITTEN_FIGURE}")
MONEY = rf"({WHOLE_FIGURE})\s*(亿元|万元|元|万(?![\u4e00-\u9fff])|亿(?![\u4e00-\u9fff]))"
# an amount and its unit, searched for alone; never opening right after a digit (or a digit and a comma): the figure
# opening there takes the same digits to the same end, so a search (from a line's or a sentence's start, or after
# a word) finds it first, and a long run of digits with no unit is walked once, not once from each digit
MONEY_FIGURE = re.compile(rf"(?<!\d)(?<!\d,){MONEY}")
LINK = r"(?:数|金额|资金数?|总额)?\s*(?:为|是|:|共|达|共计|合计|总计)?\s*"


# a part's own total is not the unit's: 政府采购支出总额, 项目支出合计, 基本支出总额
_PART_OF = ("采购", "项目", "专项", "基本", "公用", "人员", "资本", "经费", "转移")


# "年初财政预算批复的总支出为X": what was budgeted, not spent (read as the initial budget in budget.py)
_NOT_BUDGETED_TOTAL = "总(?<!预算总)(?<!批复总)(?<!预算的总)(?<!批复的总)"  # (tested after 总: a search skips to it)


def _total_pattern(word: str) -> re.Pattern[str]:
    """收入总计 / 年度收入 / 全年实际收入 / 总收入 / "收入：" (a heading-like label) followed by an amount. Every
    alternative opens on a literal (what precedes the word is tested after it), so a search skips
    straight to those characters."""
    part_of = "".join(f"(?<!{w}{word})" for w in _PART_OF)
    # "全年实际收入3,102.76万元" (after a 收入预算 clause): the year's actual total
    # "2024年度本院收入1936.18万元" / "年度我局支出…": the unit naming itself after the year
    # ("2020年度我中心共计支出A万元,其中…": its sum word before the word)
    owners = "|".join(f"{owner}(?:共计|合计|累计|共)?(?:实际)?(?:总)?{word}"
                      for owner in ("年度", "本年度?", "全年", "部门", "单位", "年度[本我][\u4e00-\u9fff]{1,2}?"))
    # "收入决算数为X" / "总支出决算数为Y": the final account's total (not a part's: 财政拨款收入决算数);
    # "2022年支出76.36万元，其中…": the year's own total, its year just before the word
    final = rf"|{word}(?<![\u4e00-\u9fff]{{2}}{word})(?=决算)"
    # "全年完成支出10912.40万元，其中基本支出…" / "实际支出：4987.64万元，其中…": the amount its parts follow
    broken_down = rf"|{word}(?<=(?:完成|实际){word})(?=\s*(?::|为)?\s*\d[\d,.]*\s*(?:亿元|万元|元)\s*[,;]?\s*其中)"
    # "2024年共支出1211.89万元。其中,基本支出…": the year's total after 年共 / 年度共, its parts in the next sentence
    broken_down += rf"|{word}(?<=[年度]共{word})(?=\s*\d[\d,.]*\s*(?:亿元|万元|元)\s*[,;。]?\s*其中)"
    return re.compile(
        rf"(?:{word}(?<![\u4e00-\u9fff]{word})(?=\s*:)|{word}(?<=[,;]{word})(?=\d)|{word}(?<=\d年{word})(?=\d)"
        rf"|{word}决算(?<=[年总]{word}决算)|决算{word}(?<=[,;:年]决算{word})"  # "…,决算收入X万元,其中:…"
        rf"|{word}{part_of}(?:总计|合计|总额|共计|总数)|{owners}|{_NOT_BUDGETED_TOTAL}{word}{final}{broken_down})"
        r"(?:决算数?)?"
        + LINK + MONEY
        + r"(?!\s*(?:以上|以下))"  # ("收入10万元以上村17个": a threshold, no total)
    )


INCOME_TOTAL = _total_pattern("收入")
EXPENSE_TOTAL = _total_pattern("支出")


def tidy(amount: Decimal) -> Decimal:
    """13150.000000 (from 元) → 13150.00: no more than the decimals the amount needs, at least 2; an amount too long
    to carry cents within the context's precision (a run of 27 digits) as written."""
    if amount.adjusted() + 3 > getcontext().prec:
        return amount
    two = amount.quantize(Decimal("0.01"))
    return two if two == amount else amount.normalize()


def cell_amount(text: str, unit: str) -> Decimal:
    """An amount cell of a money table in ``unit``, in 万元 (a blank or unreadable cell: 0)."""
    return tidy(to_wan(number_in(text) or Decimal(0), unit))


_YEAR_FIGURES = re.compile(
    r"(20\d{2})\s*年度?\s*(?:的|全年|部门|单位|本级)?\s*(?:年初|全年|预算|调整|实际|支出|执行|决算|收入)"
)


def other_year(norm: str, start: int, year: object) -> bool:
    """Whether the figure at ``start`` is another year's: its clause says 上年/去年/同比…, or its
    sentence opens on "2023年度年初预算…" when the report evaluates another year."""
    if about_last_year(norm, start):
        return True
    sentence = norm[sentence_start(norm, start): start + 4]
    stated = [int(m.group(1)) for m in _YEAR_FIGURES.finditer(sentence)]
    return bool(stated) and isinstance(year, int) and stated[-1] != year


# "下属单位中，某某中心年初预算…" / "所属某某站全年支出…": a sentence opening on a subordinate unit states that unit's
# figures, not the whole's
_SUB_UNIT = re.compile(r"\s*(?:(?:其中|另外|此外|另)\s*[,:]?\s*)?"
                       r"(?:下属|所属(?!年度|地区|区域|行业|领域|科目)|直属|二级(?:预算)?单位)")


# "其中，某某村道路硬化子项目预算12万元，实际支出9.6万元，执行率80%": a sentence opening on 其中 and a part named
# with its own budget states that part's figures (group 1 the name: never the whole's own words, 年初 / 全年 / 项目 …)
_PART_BUDGET = re.compile(r"\s*其中\s*[,:]?\s*([^,;:。()\d]{2,30}?)的?(?:预算|总投资|计划投资)(?:资金|金额|数)?"
                          r"\s*(?:为|是|:)?\s*\d")
_WHOLE_WORDS = re.compile(r"(?:年初|全年|年度|本年度?|当年|调整后?|批复|下达|安排|部门|单位|本?项目|财政|整体|总)+")


def sub_unit_figure(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a sentence that opens on a subordinate unit (下属 / 所属 / 直属 /
    二级单位), or on 其中 and a part named with its own budget (a sub-project's, a village's): that unit's or part's
    figure, not the reporting unit's."""
    sentence = sentence_start(norm, start)
    return _SUB_UNIT.match(norm, sentence) is not None or part_sentence(norm, start)


# "…分为三个方面,一是某某支出,即某某经费合计A万元,已于本年度支出A万元,预算完成率100%;二是…": the lead of an
# enumerated item (一是 / 其一, or "(1)" inside a sentence: at a line's start it may be a heading over the unit's
# figures) earlier in the sentence makes the figure that item's, not the unit's
_LIST_ITEM = re.compile(r"(?:^|(?<=[,:;。\s]))(?:[一二三四五六七八九十]是|其[一二三四五六七八九十](?=[,:是\s]))"
                        r"|(?<=[,:])\s*\(\d{1,2}\)")


# the unit's budget as read: an enumerated item's figure stands in for none of it
UNIT_BUDGET = ("budget.initial", "budget.adjusted", "budget.executed", "budget.expenditure_total")


def list_item_figure(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a sentence (up to ; or 。) after the lead of an enumerated item."""
    return _LIST_ITEM.search(norm, sentence_start(norm, start, "。;"), start) is not None


def part_sentence(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a sentence opening on 其中 and a part named with its own budget."""
    sentence = sentence_start(norm, start)
    part = _PART_BUDGET.match(norm, sentence) if "其中" in norm[sentence: sentence + 4] else None
    return part is not None and start >= part.start(1) and not _WHOLE_WORDS.fullmatch(part.group(1))


_APART = pattern("apart_spending")
APART_WORDS = tuple(lexicon()["apart_spending"].split("|"))  # (a substring pre-test before apart_spending_figure)


def apart_spending_figure(norm: str, start: int, ends: str = ";。\n") -> bool:
    """Whether the figure at ``start`` stands in a sentence part (after ; or 。, or another of ``ends``) that names,
    before it, a spending accounted for apart (“三公”经费, 政府采购): that spending's own budget or execution, not
    the unit's."""
    part = sentence_start(norm, start, ends)
    return _APART.search(norm, part, start) is not None


# an allocated part named, its amount, then the clause's comma: "…追加预算82.5万元, " before a bare 支出
_PART_ALLOCATED = re.compile("(?:" + pattern("part_allocations").pattern
                             + r")[^,;。]{0,16}?\d[\d,.]*\s*(?:亿元|万元|元)\s*,\s*(?:实际)?$")


# a bare 支出 and its amount: a part's spending; "支出总计" / "本年支出合计" after an income part ("…,上年结转50万元,
# 支出总计480万元") is the unit's
_BARE_SPENDING = re.compile(r"支出\s*(?::|为)?\s*\d")


def allocated_part_spending(norm: str, at: int) -> bool:
    """Whether the figure at ``at`` is spending told right after a part's own allocation in its sentence ("某中心追加
    预算A万元,支出B万元"): that part's, not the unit's."""
    return _BARE_SPENDING.match(norm, at) is not None \
        and _PART_ALLOCATED.search(norm, sentence_start(norm, at), at) is not None


_NATURE = pattern("nature_spending")


def nature_part_rate(norm: str, start: int) -> bool:
    """Whether the rate at ``start`` stands in a sentence part (after ; or 。) naming a spending by nature before it
    with no amount between ("一是项目支出执行偏慢，执行率91.82%"): that part's rate, not the unit's; a part naming
    two natures ("基本支出和项目支出均按进度执行，预算执行率97.62%") speaks of the whole."""
    part = sentence_start(norm, start)
    named = list(_NATURE.finditer(norm, part, start))
    return len({m.group(0) for m in named}) == 1 and MONEY_FIGURE.search(norm, named[-1].end(), start) is None


def named_part(norm: str, at: int) -> bool:
    """"共有8个项目，其中，某某经费年初预算数6万元，…": after 其中, an amount named after one of the parts (a
    name opens its clause) is that part's, not the unit's; a bracket holding the 其中 list ends it. So is every
    amount of a sentence opening on 其中 and a part named with its own budget ("其中，某某村…子项目预算…，支出…")."""
    if part_sentence(norm, at):
        return True
    sentence = norm.rfind("。", 0, at) + 1
    other = norm.rfind("其中", sentence, at)
    if other < 0:
        return False
    # "预算资金X万元（其中中央资金…、省级资金…），实际支出Y万元": the parts end with the bracket
    closed = norm.rfind(")", other, at)
    if closed >= 0 and norm.find("其中", sentence) == other \
            and norm.rfind("(", sentence, other) > norm.rfind(")", sentence, other):
        return False
    clause = sentence_start(norm, at, ",;:")
    named = norm[clause: at].strip()
    if named.startswith("其中"):  # "全年预算655.8万元，其中年初预算612.5万元、年中追加…": the figure's own word
        named = named[2:].strip()
    return len(named) >= 2 and not _PERIOD.fullmatch(named)  # "；本年实际支出…": the year's, not a part's


_PERIOD = re.compile(r"(?:本|当|全)年度?|年度|(?:19|20)\d{2}\s*年度?")


# a level of government or a source a fund row is named after ("中央资金完成636.75万元，预算执行率81.97%")
FUND_LEVEL = pattern("fund_levels")
# "中央补助资金", "县级配套资金", "地方财政": a level of government named as a fund (the level the first group)
_FUND_NAMED = re.compile(r"(" + FUND_LEVEL.pattern + r")[^,;。\d]{0,6}?(?:资金|财政|配套|补助)")
# "中央资金年初下达3200万元，全年支出3146.80万元；县级配套资金…": a sentence part opening on one fund (a level of
# government's money) states that fund's figures, not the whole budget's
_ONE_FUND = re.compile(r"\s*" + _FUND_NAMED.pattern)


def one_fund_figure(norm: str, start: int) -> bool:
    """Whether the figure at ``start`` stands in a sentence part (after ; or : or 。) that opens on one fund."""
    part = sentence_start(norm, start, ";:。\n")
    return _ONE_FUND.match(norm, part) is not None


def fund_level_named(norm: str, start: int, end: int) -> str | None:
    """The level of government whose fund is first named between ``start`` and ``end`` ("收到中央补助资金…" →
    中央; "地方应配套…" → 地方), if any."""
    match = _FUND_NAMED.search(norm, start, end)
    return match.group(1) if match else None


_FUND_PERIOD = pattern("fund_periods")  # "当年资金" / "结转资金": a fund of one year's money
_WHOLE_SPENDING = pattern("whole_spending")  # "总支出" after parts' spending: the whole's


def fund_rates(norm: str, rates: list[re.Match[str]]) -> set[int]:
    """The rates that are one fund's each, not the budget's: a sentence states several, each after the fund it
    belongs to ("中央资金完成…，预算执行率81.97%，省级资金完成…，预算执行率99.28%"; "当年资金执行率…，结转资金
    执行率…")."""
    if len(rates) < 2:
        return set()
    stops = [i for i, ch in enumerate(norm) if ch == "。"]
    sentence = [bisect.bisect_left(stops, m.start()) for m in rates]
    counts = Counter(sentence)
    out: set[int] = set()
    wholes: set[int] = set()  # the sentences one of whose rates follows the whole's spending
    for k, match in enumerate(rates):
        if counts[sentence[k]] < 2:
            continue
        same = k > 0 and sentence[k - 1] == sentence[k]
        clause_start = rates[k - 1].end() if same else (stops[sentence[k] - 1] + 1 if sentence[k] else 0)
        if FUND_LEVEL.search(norm, clause_start, match.start()) is not None \
                or _FUND_PERIOD.search(norm, clause_start, norm.index("执行率", match.start())) is not None:
            out.add(k)  # (a fund's own spending first: "中央资金累计支出A万元，执行率…" is the fund's)
        elif _WHOLE_SPENDING.search(norm, clause_start, match.start()) is not None:
            wholes.add(sentence[k])
    # "专项资金支出A万元，预算执行率61%，财政资金支出B万元，预算执行率58%，总支出C万元，执行率63%": the parts' rates
    # before the whole's
    return out | {k for k, m in enumerate(rates) if sentence[k] in wholes
                  and _WHOLE_SPENDING.search(norm, rates[k - 1].end() if k else 0, m.start()) is None}
