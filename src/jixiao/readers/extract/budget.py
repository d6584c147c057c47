"""Budget facts stated in prose: income/expenditure totals and items, initial/adjusted/executed,
carry-over and the stated execution rate, read line by line (the amounts' patterns in ``budget_amounts``, the rate's
in ``budget_stated_rate``, the totals' in ``budget_prose_totals``). Amounts become 万元; the unit written is
remembered."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.numbers import parse_matched_money, to_decimal
from jixiao.readers.extract.budget_amounts import AMOUNTS, BALANCES, HAS_MONEY, Units, told_by_when
from jixiao.readers.extract.budget_figures import (
    APART_WORDS,
    apart_spending_figure,
    fund_rates,
    list_item_figure,
    named_part,
    nature_part_rate,
    one_fund_figure,
    other_year,
    sub_unit_figure,
    tidy,
)
from jixiao.readers.extract.budget_implied import settled
from jixiao.readers.extract.budget_items import breakdown
from jixiao.readers.extract.budget_kept_aside import Kept, put_or_defer
from jixiao.readers.extract.budget_prose_totals import TOTALS, prose_totals
from jixiao.readers.extract.budget_stated_rate import (
    ARROWED,
    CELL_GAP,
    INDICATOR_ROW,
    RATE,
    RATE_OWNER,
    listed_part_lines,
    own_funds_rates,
    part_rate,
    rates_in_a_row,
    share_of_budget,
    used_rate,
)
from jixiao.readers.extract.data_block_totals import block_total, stacked_row_total
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.label_unit import heading_unit, with_heading_unit, with_label_unit
from jixiao.readers.extract.listed_budgets import listed_budget_lines
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.project_sections import project_part_lines, several_projects_lines
from jixiao.readers.extract.quoted_projects import other_project_led
from jixiao.readers.extract.sentences import sentence_start


def extract_budget(outline: Outline, facts: Facts) -> Kept:
    """This year's figures; another year's ("2023年度年初预算…", "上年执行率…") or a part's are kept aside and
    returned, for :func:`put_kept_aside` once every reader of this year's figures has run."""
    units = Units()
    year = facts.get("year")
    deferred: Kept = []
    projects = project_part_lines(outline, facts)  # a project's figures: the unit's only if it states none
    several = several_projects_lines(outline, facts)  # one of several projects' figures: never the page's
    project = facts.get("kind") == "项目支出"
    heading: str | None = None  # the unit a heading line names for the label lines right below it
    own = own_funds_rates(outline)
    listed = listed_part_lines(outline)
    parts = listed_budget_lines(outline, year)  # a numbered list of parts' budgets: none the whole's
    for line in outline.lines:
        if line.index in several or line.index in parts:
            continue
        norm = line.norm
        if "执行率" in norm or "资金使用率" in norm:
            rates = [m for m in RATE.finditer(norm)
                     if not m.group().startswith("使用率") or used_rate(norm, m.start())]
            funds = fund_rates(norm, rates) | {k for k, m in enumerate(rates) if (line.index, m.start()) in own}
            for k, match in enumerate(rates):
                word = match.start() - 2 if match.group().startswith("使用率") else norm.index("执行率", match.start())
                if word and "\u4e00" <= norm[word - 1] <= "\u9fff" and not RATE_OWNER.search(norm[:word]) \
                        and not (project and norm.endswith("项目", 0, word)):
                    continue  # an indicator's rate (a project report's 项目执行率 is its own)
                if k in funds or part_rate(norm, match.start()) or "年初" in match.group(0) \
                        or other_project_led(norm, match.start(), facts.get("project.name")) \
                        or apart_spending_figure(norm, match.start(), ",;。"):
                    continue  # (a rate "（执行数/年初预算）" is taken on another base than the execution rate's; a
                    # clause's "政府采购预算执行率" that spending's own)
                if match.group(2) and INDICATOR_ROW.match(norm, match.end()) \
                        and (norm[:match.start()].rstrip().endswith("指标")
                             or CELL_GAP.search(norm, 0, match.start())):
                    # "时效指标 预算执行率 100% 100%": an indicator's row (level, name, target, actual); so too
                    # "运行成本    资金管理    预算执行率   100%    95.20%", its cells a wide gap apart
                    continue
                if match.group(2) and ARROWED.match(norm, match.end()):
                    continue  # "预算执行率 100% → 96.94%": an indicator's target leading on to its actual
                rate = to_decimal(match.group(1))
                if match.group(2) is None and rate > 100:
                    continue  # (no % and above 100: no rate)
                # (no % sign: a viewer may have dropped it; a figure right after the rate: cells run together,
                # "预算执行率100%95.06%…" an indicator's name and target; either way a guess)
                fused = norm[match.end():match.end() + 1].isdigit()
                found = ("budget.stated_execution_rate", rate,
                         ref(line.location, line.text[match.start():match.end()],
                             guessed=match.group(2) is None or fused), "预算执行率")
                put_or_defer(facts, found, line.index in projects or line.index in listed
                              or other_year(norm, match.start(), year) or sub_unit_figure(norm, match.start())
                              or nature_part_rate(norm, word) or rates_in_a_row(norm, match.end()), deferred,
                              list_item_figure(norm, match.start()))
        if "预算的" in norm:
            share_of_budget(line, projects, year, (facts, deferred))
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
        if not ("万" in norm or "元" in norm or "亿" in norm) or not HAS_MONEY.search(norm):
            continue  # (the words first: a search for a digit before them costs more on prose)
        apart = any(word in norm for word in APART_WORDS)  # (the cheap test before apart_spending_figure)
        for path, pattern, label in AMOUNTS:
            for match in pattern.finditer(norm):
                amount, unit = parse_matched_money(match)
                cited = line.text if labelled else line.text[match.start(): match.end()]
                units.saw(unit, line.location, cited)
                if path not in BALANCES and named_part(norm, match.start()):
                    continue
                found = (path, tidy(amount), ref(line.location, cited), label)
                elsewhere = line.index in projects or sub_unit_figure(norm, match.start()) or (
                    project and _body_year_budget(norm, match)) or told_by_when(path, match) or (
                    path not in BALANCES and (other_year(norm, match.start(), year)
                                               or one_fund_figure(norm, match.start())
                                               or (apart and apart_spending_figure(norm, match.start()))))
                put_or_defer(facts, found, elsewhere, deferred, list_item_figure(norm, match.start()))
        # ("收入合计(万元):A" or "收入合计:A万元" over its parts' lines)
        block = block_total(outline, line.position) \
            if (labelled is not None and "计(" in line.norm) or "计:" in line.norm else None
        for pattern, total_path, items_path, label in TOTALS:
            prose_totals(replace(line, text=block, norm=block) if block else line, pattern,
                    (total_path, items_path, label), units, facts, (year, deferred, line.index in projects))
        # (其中, "全年支出中，…", "收入合计X万元（A万元、B万元）", "执行数A(含…)", "…资金的来源为:…")
        if "其中" in norm or "出中" in norm or "入中" in norm or "元(" in norm or "(含" in norm or "来源" in norm:
            breakdown(line, facts, deferred)
    settled(outline, facts)
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
