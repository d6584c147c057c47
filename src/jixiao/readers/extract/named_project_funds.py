"""A project fund's money found by its own name: the amount written right after the fund's (the project's) name,
what that name spent, and whether an amount's clause names one fund of several (中央资金 …)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.model import SourceRef
from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_figures import FUND_LEVEL, MONEY, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.sentences import sentence_start
from jixiao.readers.textnorm import match_text


def one_funds(norm: str, at: int) -> bool:
    """Whether the clause of the amount at ``at`` names one fund ("中央资金完成300万元": that fund's row)."""
    clause = sentence_start(norm, at, ",;:。")
    return FUND_LEVEL.search(norm, clause, at) is not None



def named_spending(outline: Outline, facts: Facts) -> None:
    """"某年度,某办公厅某某业务经费支出 N 万元" in the report on "某某业务经费项目": what the project's own name
    (its 项目 dropped) spent is what the project spent, a guess."""
    name = facts.get("project.name")
    if not isinstance(name, str):
        return
    core = re.sub(r"\s+", "", match_text(name)).removesuffix("项目")
    if len(core) < 4:
        return
    spent = re.compile(re.escape(core) + r"(?:项目)?\s*支出\s*(?:共计|合计|为|:)?\s*" + MONEY)
    for line in outline.lines:
        if core in line.norm and (found := spent.search(line.norm)) is not None:
            amount, _unit = parse_matched_money(found)
            facts.put("budget.executed", tidy(amount),
                      ref(line.location, line.text[found.start(): found.end()], guessed=True))
            return



_TRANSFER_TAIL = re.compile(r"(?:转移支付|项目)$")


def named_fund(outline: Outline, name: object) -> list[tuple[Decimal, SourceRef]]:
    """"…项目总投资1500万元,其中中央财政某某防治专项资金600万元" in a report titled "某县2020年度中央财政某某防治
    专项资金转移支付绩效自评报告": the amount written right after the fund's own name (the title's, without 转移支付)
    is the fund's budget; so is the amount of a project's own 经费 ("某某租金项目经费11.2万元")."""
    if not isinstance(name, str):
        return []
    whole = re.sub(r"\s+", "", match_text(name))
    core = _TRANSFER_TAIL.sub("", whole)
    key = core
    if len(core) >= 4 and core.endswith(("资金", "经费")):
        named = re.escape(core) + r"(?:项目)?"  # "某某制作经费项目50万元": the fund's name with its 项目
    elif len(core) >= 4 and whole.endswith("项目"):  # "财政安排某某租金项目经费11.2万元": the project's own fund
        # ("某某活动项目" → "某某活动专项经费35万元": its name without 项目, then 专项经费, when four or more are left)
        own = f"|{re.escape(whole[:-2])}专项(?:经费|资金)" if len(whole) >= 6 else ""
        named, core = f"(?:{re.escape(whole)}(?:经费|资金){own})", whole
        key = whole[:-2] if own else whole  # (what a line holding either name holds)
    else:
        return []
    # the name as the title writes it, else its tail as the text writes it ("某某公交老年人免费乘车补贴专项资金" →
    # "老年人免费乘车补贴专项资金280万元"): a tail of _TAIL characters or more, longest first
    # (a tail after a level's word, "省级某某补助资金300万元", is one fund's part); a project's own 经费 by its
    # whole name only
    tails = (core[cut:] for cut in range(1, min(len(core) - _TAIL + 1, 40))) if core.endswith(("资金", "经费")) else ()
    for words in [core, *tails]:
        pattern = re.compile((named if words is core else re.escape(words)) + r"\s*(?:共计|合计|共|为|:)?\s*" + MONEY)
        for line in outline.lines:
            if (key if words is core else words) in line.norm and (match := pattern.search(line.norm)) is not None \
                    and (words is core or not one_funds(line.norm, match.start() + 1)) \
                    and not _PART_OF_SPENDING.search(line.norm, 0, match.start()):
                amount, _unit = parse_matched_money(match)
                return [(tidy(amount), ref(line.location, line.text[match.start(): match.end()]))]
    return []


# "项目累计支付资金合计58.6万元,其中2024年某某资金45万元、村集体自筹…": the fund's part of what was paid, not
# what it was allocated (as "总投资A万元,其中某某资金B万元" is, and "计划使用资金A万元,其中…": a plan's parts)
_PART_OF_SPENDING = re.compile(r"(?<!计划)(?<!预计)(?<!拟)(?:支付|支出|使用)[^,;。]{0,12}?" + MONEY
                               + r"\s*[,:]?\s*其中[^,;。、]{0,30}$")
_TAIL = 8  # the fewest characters of a fund's name that still name it ("乘车补贴专项资金"; "专项资金" alone names none)
