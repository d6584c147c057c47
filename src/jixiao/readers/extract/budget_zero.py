"""An initial budget stated as nothing, when no 年初预算 was read: "该项目年初预算为0，年中追加安排资金48.60万元" /
"年初预算数为零" / "年初未安排预算" — a project funded only during the year has a 年初预算 of 0, in whatever unit its
other figures use (a zero needs none). The addition told in the clause right after it ("…为0,年中追加安排资金48.60万元")
is then the year's whole budget (0 plus it), guessed, when no 全年预算 was read and the sentence tells of no other
change. The lexicon's ``budget_zero``, only where the clause speaks of the report's own money (nothing
before 年初 but a year, 该 / 本 and 项目 / 单位 / 部门): "其中某某专项年初预算为0" in a department's report is one
fund's, not the department's initial budget."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.numbers import parse_matched_money
from jixiao.readers.extract.budget_figures import MONEY, other_year, tidy
from jixiao.readers.extract.budget_items import clause_end
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.project_sections import project_part_lines
from jixiao.readers.extract.sentences import sentence_start

_ZERO = pattern("budget_zero")
_ADDITION = re.compile(pattern("budget_zero_addition").pattern + MONEY)
_CHANGES = pattern("budget_zero_changes")
# what may open the clause before it: the report's own money, no other fund or project named
_OWN = re.compile(r"[\s*]*(?:(?:19|20)\d{2}\s*年度?)?\s*(?:该|本|此)?(?:项目|单位|部门)?的?\s*")


def initial_zero(outline: Outline, facts: Facts) -> None:
    """budget.initial 0 from the first sentence of this year's stating it, when none was read."""
    if facts.has("budget.initial"):
        return
    projects = project_part_lines(outline, facts)  # (a listed project's own money is not the report's)
    for line in outline.lines:
        if "年初" not in line.norm or line.index in projects:
            continue
        match = _ZERO.search(line.norm)
        if match is not None and not other_year(line.norm, match.start(), facts.get("year")) \
                and _OWN.fullmatch(line.norm, sentence_start(line.norm, match.start(), ",;。"), match.start()):
            facts.put("budget.initial", Decimal(0), ref(line.location, line.text[match.start(): match.end()]),
                      "年初预算")
            added = _ADDITION.match(line.norm, match.end())
            if added is not None and not facts.has("budget.adjusted") \
                    and not _CHANGES.search(line.norm, added.end(), clause_end(line.norm, added.end())):
                amount, _unit = parse_matched_money(added)
                facts.put("budget.adjusted", tidy(amount),
                          ref(line.location, line.text[match.start(): added.end()], guessed=True), "全年（调整）预算")
            return
