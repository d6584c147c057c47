"""The budget's amounts stated by name in prose (年初预算, 全年（调整）预算, 全年执行数, 结转结余, 上年结转)
and the units its figures are written in."""

from __future__ import annotations

import re
from collections import Counter

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.extract.budget_figures import LINK, MONEY

# (every alternative below opens on a literal, what may stand before it tested after it: a search skips to those
# characters rather than trying each place of a line)
AMOUNTS: list[tuple[str, re.Pattern[str], str]] = [
    # "年初批复预算5个项目412万元": a count of projects between the phrase and its amount
    # "部门预算批复800万元，年中追加100万元" / "部门预算安排资金合计538万元": the budget approved at the start of the
    # year; "年初安排预算资金1万元"
    # "年初预算项目73个，预算项目经费15690.38万元" (a count of projects, then their money); a unit's 收入预算 /
    # 支出预算 is read by budget_words when no 年初预算 is stated; "年初预算安排我中心某某建设工程项目174万元" (the
    # project named between the phrase and its amount)
    # "年初预算收入(含所属二级预算单位)5204.65万元": a unit's income (or spending) budgeted at the start of the year;
    # "年初预算安排项目资金64万元" (the project's money, no project named); "年初预算下达资金320万元" (the
    # budget handed down: 下达 / 批复 after 预算 as before it)
    ("budget.initial", re.compile(r"(?:年初(?:部门)?(?:批复|下达|安排)?(?:项目)?预算"
                                  r"(?:安排(?:项目(?=资金|经费))?|(?:收入|支出)(?:\([^()]{1,20}\))?"
                                  r"|(?:下达|批复)(?:资金|经费)?)?"
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
        r"|(?<!年初)项目预算金额"  # ("项目预算金额为72.5万元": the project's budget, no 年初 named)
        r"|全年应执行(?:数|金额|资金))"  # ("全年应执行数为7.79万元": the amount to execute, the budget)
        + LINK + MONEY), "全年（调整）预算"),
    ("budget.executed", re.compile(
        r"(?:全年执行|执行(?<=[,;]执行)|全年(?:累计)?(?:实际)?(?:各项)?(?:支出|使用)|实际执行|实际支出|执行数(?<!应执行数)|实际使用|执行金额|支付金额|决算支出|决算数"
        # ("全年预算125.25万，已支出120万": a clause opening on 已支出 right after the budget's, the whole's spending)
        rf"|预算[^,;。\d]{{0,8}}?{WRITTEN_FIGURE}\s*万?元?\s*[,;]\s*已支出"
        r"|财政安排支出|(?<![\u4e00-\u9fff])支出决算数?"  # ("…；支出决算41012.36万元", never a 财政拨款支出决算)
        r"|部门整体支出|单位整体支出"  # ("2020年部门整体支出共5426.6万元，其中…": the year's whole spending)
        r"|(?<=\d年)支出(?:总额|合计|共计)?"  # ("2022年支出76.36万元，其中基本支出…": the year's spending;
        r"|(?:本|当)年度?总支出"  # ("全年预算数…，本年度总支出1066.2万元，其中…": this year's)
        # ("…，年末已使用93.12万", "年内共计支付70.8万元": the year's spending by its end, a clause's own subject, never
        # a part's: "培训费年末已支出6万元")
        r"|(?<![^,;。:至止\s])(?:年[末底](?:累计)?已(?:支出|使用|支付)|年内(?:共计|累计|实际)?(?:支付|支出))"
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
BALANCES = ("budget.carry_over", "budget.opening_balance")
HAS_MONEY = re.compile(r"\d\s*(?:亿|万|元)")
# the spending told by when it stood ("年末已使用X", "年内共计支付X"), no 全年执行 named: a part's clause says it as
# well ("培训费预算10万元，年末已支出8万元"), so it gives way to the year's stated one (kept aside, a guess)
_BY_WHEN = re.compile(r"年[末底]|年内")


def told_by_when(path: str, match: re.Match[str]) -> bool:
    """Whether ``match`` (of ``path``'s pattern in :data:`AMOUNTS`) is spending told only by when it stood."""
    return path == "budget.executed" and _BY_WHEN.match(match.group(0)) is not None


class Units:
    """The units the budget's figures are written in: how many figures each, and where each was first written."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, tuple[str, str]] = {}  # unit → (location, text) of its first figure

    def saw(self, unit: str, location: str, text: str) -> None:
        self.counts[unit] += 1
        self.first.setdefault(unit, (location, text))
