"""What a project fund's allocations add up to: a sentence's own 共计 of its parts, several 下达 of one sentence, a
year's 合计 after them, another fund's money listed after the first amount, and the allocation that is the fund's
budget among them."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.model import SourceRef
from jixiao.numbers import parse_matched_money, parse_money
from jixiao.readers.extract.budget_figures import MONEY, MONEY_FIGURE
from jixiao.readers.extract.budget_items import blank_brackets
from jixiao.readers.extract.sentences import sentence_start

# "…下达预算A万元;…下达预算B万元;某年某某资金合计Z万元": the sum the allocations before it add up to (group fund: the
# fund the year's 合计 names)
SUMMED = re.compile(r"(?:(?<=\d年)(?P<fund>[^,;。:()\d]{2,30}?(?:资金|经费)))?合计\s*(?:为|:)?\s*" + MONEY)
_HANDED = re.compile(r"下达[^,;。下]{0,60}?" + MONEY)  # one 下达 clause and its amount
# "下达中央财政资金A万元,县财政资金B万元,共计下达Z万元": the sentence's own sum of the amounts from an allocation on
_SENTENCE_SUM = re.compile(pattern("allocation_sum").pattern + MONEY)
# "下达了A经费:X万元,B费:Y万元": after the allocation's amount, another fund named with its own amount (the lexicon's)
_OTHER_FUND = re.compile(pattern("allocation_other_fund").pattern + MONEY)


def sentence_sum(norm: str, allocation: re.Match[str]) -> re.Match[str] | None:
    """The 共计 / 合计 later in an allocation's sentence that the amounts from the allocation up to it add up to
    (the allocation is then its first part, the sum the fund's budget), else None. An amount in brackets is a part
    of the one before it ("下达某某资金134万元(其中某县某项目40万元),市本级安排某某经费20万元,两项合计154万元")."""
    stop = norm.find("。", allocation.end())
    total = _SENTENCE_SUM.search(norm, allocation.end(), stop if stop >= 0 else len(norm))
    if total is None:
        return None
    between = blank_brackets(norm[allocation.start(): total.start()])
    parts = [parse_matched_money(m)[0] for m in MONEY_FIGURE.finditer(between)]
    whole, _unit = parse_matched_money(total)
    return total if len(parts) >= 2 and sum(parts, Decimal(0)) == whole else None


def handed_in_parts(norm: str, allocation: re.Match[str]) -> list[Decimal]:
    """What the sentence's several 下达 add up to, when the allocation is the first of two or more ("下达某县某馆某某
    补助30万元,下达某区某人补助-某某(…)3万元"): each a part of the fund, handed to its own recipient."""
    stop = norm.find("。", allocation.end())
    handed = _HANDED.findall(norm, allocation.start(), stop if stop >= 0 else len(norm))
    if len(handed) < 2:
        return []
    return [sum((parse_money(figure + unit)[0] for figure, unit in handed), Decimal(0))]


def other_funds_listed(norm: str, allocation: re.Match[str]) -> bool:
    """Whether the allocation's amount is followed by another fund's ("下达了A经费:X万元,B费:Y万元。") and the
    sentence states no sum at all: it hands down several funds, and neither amount is the project's budget. (A sum
    they add up to is read by ``sentence_sum``; one they do not leaves the first amount, as before.)"""
    stop = norm.find("。", allocation.end())
    return _OTHER_FUND.match(norm, allocation.end()) is not None \
        and _SENTENCE_SUM.search(norm, allocation.end(), stop if stop >= 0 else len(norm)) is None


# a total's parts after its amount ("…1200万元,其中本项目300万元,某项目500万元"): 其中, then each part named with
# its amount, one after another
# (a name ends on no space and runs of spaces are never given back: a long run of spaces fails in one pass, not
# cubic time; the matches the same)
_PARTS_FROM = re.compile(r"\s*+,?\s*+\(?其中\s*+:?\s*+")
_PART = re.compile(r"(?P<who>[^,;。:、()\d](?:[^,;。:、()\d]{0,29}?(?<!\s))??)\s*+(?:为|:)?\s*+(?:共计|共)?\s*+" + MONEY
                   + r"\s*+[,、;)]?\s*+")
_OWN_SHARE = pattern("own_project_share")
_SUBJECT = pattern("share_subject")
_WHOSE_MONEY = re.compile(r"的?(?:资金|经费|预算|共计|共)+$")
_FOR = re.compile(r"^(?:用于|安排|下达|拨付)给?")


def project_share(norm: str, amount_end: int, name: object) -> tuple[bool, re.Match[str] | None]:
    """The report's own project's share of a total told right before ``amount_end`` ("我局共获得上级资金1200万元,
    其中本项目300万元": the share named 本项目 / 该项目 or by the project's ``name`` is its budget, the total the
    subject's), and whether the total is split among two or more other projects none of them this one ("…,其中甲
    项目300万元,乙项目500万元": neither the total nor a part is the project's budget). Parts named otherwise (a
    level's money, "其中中央资金800万元") leave the total as it was: (False, None)."""
    lead = _PARTS_FROM.match(norm, amount_end)
    if lead is None:
        return False, None
    parts: list[re.Match[str]] = []
    at = lead.end()
    while (part := _PART.match(norm, at)) is not None:
        parts.append(part)
        at = part.end()
    own = _name_core(name)
    projects = 0
    for part in parts:
        who = _FOR.sub("", _WHOSE_MONEY.sub("", part.group("who")))  # "用于本项目资金": 本项目
        core = _name_core(who)
        if _OWN_SHARE.fullmatch(who) or (own and who.endswith("项目") and len(core) >= 2
                                         and (own.endswith(core) or core.endswith(own))):
            return False, part
        projects += who.endswith("项目") and not who.endswith("子项目")
    # (a sentence whose subject is the project itself, "本项目下达资金…,其中甲村项目…,乙村项目…", or that names no
    # subject, "下达某某补助资金…,其中新建项目…,维修项目…", splits it into its own sub-projects or kinds of work, and
    # parts not all projects, "…其中第一批资金A万元,分别支持甲项目…、乙项目…", split it into batches: the total stays
    # the project's)
    start = sentence_start(norm, amount_end)
    return projects >= 2 and projects == len(parts) and not _OWN_SHARE.search(norm, start, amount_end) \
        and _SUBJECT.search(norm, start, amount_end) is not None, None


def share_guessed(share: re.Match[str] | None) -> bool:
    """Whether ``share``, a part :func:`project_share` found, was named by the words the project's name ends on
    ("其中道路改造项目300万元" for "某县农村道路改造项目") rather than 本项目 / 该项目: a guess that it is the
    project's."""
    return share is not None and _OWN_SHARE.search(share.group("who")) is None


def _name_core(name: object) -> str:
    """A project's name without its year and its closing 项目 ("2023年甲县乡村道路养护项目": "甲县乡村道路养护")."""
    if not isinstance(name, str):
        return ""
    return re.sub(r"^(?:19|20)\d{2}\s*年度?|项目$", "", name.strip())


def budget_of(allocated: list[tuple[Decimal, SourceRef]], executed: object, rate: object,
               summed: list[tuple[Decimal, SourceRef]], parts: dict[Decimal, int]) -> tuple[Decimal, SourceRef]:
    """The amount a report's prose allocates to the project: the first one, unless the amount spent and
    the rate stated fit another ("中、省下达资金合计1067.2万元…共投入资金1987.08万元…执行资金1847.85万元，执行率92.9%":
    1987.08, what the rate was worked out on), or a later one is what one sentence's several 下达 add up to (the
    parts handed to their recipients, then the fund's whole; never a whole told before its parts, "共下达A万元,具体为
    下达某工程B万元、…" then "某工程…分别下达第一笔C万元,…第二批D万元": B is a part of A), or the first few add up to a
    stated 合计 (several 下达 of one fund in a year: the 合计 is its budget)."""
    if isinstance(executed, Decimal) and isinstance(rate, Decimal):
        for amount, source in allocated:
            if amount > 0 and abs(executed / amount * 100 - rate) < 1:
                return amount, source
    for at, (amount, source) in enumerate(allocated[1:], 1):  # the parts one sentence handed out, then their whole
        if parts.get(amount, at) < at:
            return amount, source
    totals = {amount: source for amount, source in summed}
    running = allocated[0][0]
    for amount, _source in allocated[1:]:
        running += amount
        if running in totals:
            return running, totals[running]
    return allocated[0]
